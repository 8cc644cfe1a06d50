import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { CATALOGUES, formatMessage, pickLanguage, type MessageCatalogue, type MessageKey, type MessageValues, type SectionCatalogues, type UiLanguage } from './catalogues';

/** What components get from {@link useI18n}. */
export interface I18n {
  readonly language: UiLanguage;
  /** The host locale (e.g. `nl-NL`), for number and date formatting. */
  readonly locale: string;
  /** The message for `key` in the UI language. */
  readonly t: (key: MessageKey, values?: MessageValues) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/** Props of {@link I18nProvider}. */
export interface I18nProviderProps {
  /** The host locale; Dutch for `nl-*`, English otherwise. */
  readonly locale: string;
  readonly children: ReactNode;
}

/** Builds the {@link I18n} for a locale (also usable outside React), with the messages of any sections. */
export function createI18n(locale: string, sections: readonly SectionCatalogues[] = []): I18n {
  const language = pickLanguage(locale);
  const catalogue: MessageCatalogue = sections.reduce<MessageCatalogue>((merged, section) => ({ ...merged, ...section[language] }), CATALOGUES[language]);
  return { language, locale, t: (key, values) => formatMessage(catalogue, key, values) };
}

/** Provides the UI language chosen from the host locale. */
export function I18nProvider({ locale, children }: I18nProviderProps): ReactNode {
  const i18n = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/** Props of {@link SectionMessages}. */
export interface SectionMessagesProps {
  readonly messages: SectionCatalogues;
  readonly children: ReactNode;
}

/**
 * Adds a lazily loaded section's messages (src/i18n/areas) to the language above it. The
 * section imports its messages itself, so they arrive in the section's chunk, together
 * with the section: no screen ever shows before its text.
 */
export function SectionMessages({ messages, children }: SectionMessagesProps): ReactNode {
  const parent = useI18n();
  const i18n = useMemo(() => createI18n(parent.locale, [messages]), [parent.locale, messages]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/** The UI language and its messages; needs an {@link I18nProvider} above. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === undefined) throw new Error('useI18n needs an <I18nProvider> above it');
  return i18n;
}
