import { parseMaturityModel, type MaturityModel } from '../MaturityModel';

/** The same text in both languages, for test models. */
export const bothLanguages = (value: string): { nl: string; en: string } => ({ nl: value, en: value });

/**
 * The JSON of a small test model: themes privacy and cybersecurity, steps beleid and
 * bewustzijn, a custom 0..3 scale and one question per cell (p1, p2, c1, c2). Tests that
 * need a broken model start from this and spoil one thing.
 */
export function smallMaturityModelJson(): Record<string, unknown> & Pick<MaturityModel, 'scale' | 'themes' | 'steps' | 'questions'> {
  const scale = [0, 1, 2, 3].map((level) => ({ level, label: bothLanguages(`L${level}`), description: bothLanguages(`level ${level}`) }));
  const question = (id: string, theme: string, step: string, instrumentTags: string[] = []) => ({
    id,
    theme,
    step,
    text: bothLanguages(`${id}?`),
    descriptors: scale.map((level) => bothLanguages(`${id} at ${level.level}`)),
    instrumentTags,
  });
  return {
    id: 'small',
    version: '1',
    title: bothLanguages('Small'),
    scale,
    themes: [
      { id: 'privacy', label: bothLanguages('Privacy') },
      { id: 'cybersecurity', label: bothLanguages('Cyber') },
    ],
    steps: [
      { id: 'beleid', label: bothLanguages('Beleid') },
      { id: 'bewustzijn', label: bothLanguages('Bewustzijn') },
    ],
    questions: [
      question('p1', 'privacy', 'beleid', ['dpia']),
      question('p2', 'privacy', 'bewustzijn', ['datalek']),
      question('c1', 'cybersecurity', 'beleid'),
      question('c2', 'cybersecurity', 'bewustzijn'),
    ],
  };
}

/** The small test model, parsed; `overrides` replace top-level keys before parsing. */
export function smallMaturityModel(overrides: Record<string, unknown> = {}): MaturityModel {
  const parsed = parseMaturityModel({ ...smallMaturityModelJson(), ...overrides });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.model;
}
