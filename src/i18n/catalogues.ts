import { en, type CoreCatalogue, type MessageCatalogue, type MessageKey } from './messages.en';
import { nl } from './messages.nl';

/** The UI languages. */
export type UiLanguage = 'nl' | 'en';

/** The core catalogue by language (the sections that load later add theirs). */
export const CATALOGUES: Readonly<Record<UiLanguage, CoreCatalogue>> = { nl, en };

/** A section's own messages in both languages (src/i18n/areas), added by `SectionMessages`. */
export type SectionCatalogues = Readonly<Record<UiLanguage, Readonly<Record<string, string>>>>;

/** Dutch for any `nl-*` locale (and `nl`), English otherwise. */
export function pickLanguage(locale: string | undefined): UiLanguage {
  return locale !== undefined && /^nl(?:[-_]|$)/i.test(locale) ? 'nl' : 'en';
}

/** Values for `{placeholders}`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The message for `key`, with `{name}` placeholders filled in. */
export function formatMessage(catalogue: MessageCatalogue, key: MessageKey, values?: MessageValues): string {
  // A key of a section outside that section's SectionMessages shows as itself (a test catches it).
  const template = catalogue[key] ?? key;
  if (values === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

export type { CoreCatalogue, MessageCatalogue, MessageKey };
