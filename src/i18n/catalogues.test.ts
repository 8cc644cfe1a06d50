import { CATALOGUES, formatMessage, pickLanguage } from './catalogues';
import { en } from './messages.en';
import { nl } from './messages.nl';
import { THEME_IDS, INSTRUMENT_TYPE_IDS } from '../lists/vocabulary';

describe('message catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    const dutch = Object.keys(nl).sort();
    const english = Object.keys(en).sort();
    expect(dutch.filter((key) => !english.includes(key))).toEqual([]);
    expect(english.filter((key) => !dutch.includes(key))).toEqual([]);
  });

  it('have no empty messages and the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim()).not.toBe('');
      expect(nl[key].trim()).not.toBe('');
      const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
      expect([key, placeholders(nl[key])]).toEqual([key, placeholders(en[key])]);
    }
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
