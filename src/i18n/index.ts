/** Dutch and English UI text, chosen from the host locale. */
export { I18nProvider, SectionMessages, useI18n, createI18n } from './I18nProvider';
export type { I18n, I18nProviderProps, SectionMessagesProps } from './I18nProvider';
export { CATALOGUES, formatMessage, pickLanguage } from './catalogues';
export type { CoreCatalogue, MessageCatalogue, MessageKey, MessageValues, SectionCatalogues, UiLanguage } from './catalogues';
export { APP_TIME_ZONE, amsterdamDay, formatDate, formatDateTime } from './formatDateTime';
