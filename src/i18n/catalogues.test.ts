import { CATALOGUES, formatMessage, pickLanguage } from './catalogues';
import { en } from './messages.en';
import { nl } from './messages.nl';
import { THEME_IDS, INSTRUMENT_TYPE_IDS } from '../lists/vocabulary';
import { incidentMessages } from './areas/incidentMessages';
import { selfAssessmentMessages } from './areas/selfAssessmentMessages';
import { accountMessages } from './areas/accountMessages';
import { consentMessages } from './areas/consentMessages';

/** The core catalogue and each section's own, both languages. */
const CATALOGUE_PAIRS = [
  ['core', { en, nl }],
  ['incident learning', incidentMessages],
  ['self-assessment', selfAssessmentMessages],
  ['account', accountMessages],
  ['consent', consentMessages],
] as const;

describe('message catalogues', () => {
  it.each(CATALOGUE_PAIRS)('%s: the same keys in Dutch and English', (_, pair) => {
    const dutch = Object.keys(pair.nl).sort();
    const english = Object.keys(pair.en).sort();
    expect(dutch.filter((key) => !english.includes(key))).toEqual([]);
    expect(english.filter((key) => !dutch.includes(key))).toEqual([]);
  });

  it.each(CATALOGUE_PAIRS)('%s: no empty messages and the same placeholders in both languages', (_, pair) => {
    const english: Readonly<Record<string, string>> = pair.en;
    const dutch: Readonly<Record<string, string>> = pair.nl;
    for (const key of Object.keys(english)) {
      expect(english[key]?.trim()).not.toBe('');
      expect(dutch[key]?.trim()).not.toBe('');
      const placeholders = (text: string | undefined): string[] => (text?.match(/\{\w+\}/g) ?? []).sort();
      expect([key, placeholders(dutch[key])]).toEqual([key, placeholders(english[key])]);
    }
  });

  it('never gives one key to two catalogues (a section would hide a core message)', () => {
    const keys = CATALOGUE_PAIRS.flatMap(([, pair]) => Object.keys(pair.en));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('name every theme and instrument type of the vocabulary', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      const keys = Object.keys(catalogue);
      for (const theme of THEME_IDS) expect(keys).toContain(`theme.${theme}`);
      for (const type of INSTRUMENT_TYPE_IDS) expect(keys).toContain(`instrumentType.${type}`);
    }
  });
});

describe('pickLanguage', () => {
  it.each([
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['nl', 'nl'],
    ['NL-nl', 'nl'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['nn-NO', 'en'],
    [undefined, 'en'],
  ])('%s -> %s', (locale, language) => {
    expect(pickLanguage(locale)).toBe(language);
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage(CATALOGUES.nl, 'instruments.count', { count: 42 })).toBe('42 instrumenten');
    expect(formatMessage(CATALOGUES.en, 'instruments.count')).toBe('{count} instruments');
  });
});
