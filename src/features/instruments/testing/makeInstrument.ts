import type { Instrument } from '../../../lists/instrumentMapping';
import { AUDIENCE_IDS, INSTRUMENT_TYPE_IDS, PROCESS_STEP_IDS, THEME_IDS } from '../../../lists/vocabulary';

/** A valid published instrument for tests; override what the test is about. */
export function makeInstrument(id: string, title: string, overrides: Partial<Instrument> = {}): Instrument {
  return {
    id,
    eTag: `"${id},1"`,
    key: `key-${id}`,
    title,
    summary: 'Samenvatting',
    bodyHtml: '',
    themes: ['privacy'],
    processSteps: ['beleid'],
    type: 'handreiking',
    audience: ['coordinator'],
    language: 'nl',
    tags: [],
    status: 'published',
    lastModified: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

const WORDS = ['veiligheid', 'privacy', 'incident', 'bestuur', 'beleid', 'risico', 'melding', 'training', 'crisis', 'student', 'onderzoek', 'kennis', 'toegang', 'wachtwoord', 'phishing', 'gedrag'];

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sto', 'ver', 'bel', 'gra', 'tie', 'den', 'schap', 'ing', 'mo', 'pa'];
/** A few thousand filler words, so term frequencies look like real text rather than 16 words repeated. */
const FILLER = Array.from({ length: 3000 }, (_, n) => SYLLABLES[n % 15] + (SYLLABLES[Math.floor(n / 15) % 15] ?? '') + (SYLLABLES[Math.floor(n / 225) % 15] ?? ''));

/**
 * `count` varied instruments from a seeded generator (same seed, same library): about
 * 3 % of the words are domain words such as "veiligheid", the rest filler.
 */
export function generateInstruments(count: number, seed = 42): Instrument[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const sentence = (length: number): string => Array.from({ length }, () => (next() < 0.03 ? pick(WORDS) : pick(FILLER))).join(' ');
  return Array.from({ length: count }, (_, i) =>
    makeInstrument(String(i + 1), `${sentence(3)} ${i + 1}`, {
      summary: sentence(20),
      bodyHtml: `<h3>${sentence(2)}</h3><p>${sentence(60)}</p>`,
      themes: [pick(THEME_IDS), pick(THEME_IDS)].filter((theme, index, all) => all.indexOf(theme) === index),
      processSteps: [pick(PROCESS_STEP_IDS)],
      type: pick(INSTRUMENT_TYPE_IDS),
      audience: [pick(AUDIENCE_IDS)],
      language: next() < 0.7 ? 'nl' : 'en',
      tags: [pick(WORDS)],
      publishedOn: new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 2000) * 86_400_000).toISOString(),
    }),
  );
}
