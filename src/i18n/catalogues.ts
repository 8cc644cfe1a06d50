import { en, type MessageCatalogue, type MessageKey } from './messages.en';
import { nl } from './messages.nl';

/** The UI languages. */
export type UiLanguage = 'nl' | 'en';

/** Every catalogue by language. */
export const CATALOGUES: Readonly<Record<UiLanguage, MessageCatalogue>> = { nl, en };

/** Dutch for any `nl-*` locale (and `nl`), English otherwise. */
export function pickLanguage(locale: string | undefined): UiLanguage {
  return locale !== undefined && /^nl(?:[-_]|$)/i.test(locale) ? 'nl' : 'en';
}

/** Values for `{placeholders}`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The message for `key`, with `{name}` placeholders filled in. */
export function formatMessage(catalogue: MessageCatalogue, key: MessageKey, values?: MessageValues): string {
  const template = catalogue[key];
  if (values === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

export type { MessageCatalogue, MessageKey };
