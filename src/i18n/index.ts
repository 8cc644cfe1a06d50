/** Dutch and English UI text, chosen from the host locale. */
export { I18nProvider, useI18n, createI18n } from './I18nProvider';
export type { I18n, I18nProviderProps } from './I18nProvider';
export { CATALOGUES, formatMessage, pickLanguage } from './catalogues';
export type { MessageCatalogue, MessageKey, MessageValues, UiLanguage } from './catalogues';
export { APP_TIME_ZONE, amsterdamDay, formatDate, formatDateTime } from './formatDateTime';
