/**
 * The fixed vocabularies of ../shared/DOMAIN.md as identifiers. Display text in Dutch
 * and English lives in i18n; these ids are what SharePoint choice columns store.
 */

export const THEME_IDS = [
  'cybersecurity',
  'privacy',
  'kennisveiligheid',
  'sociale-veiligheid',
  'zorgwekkend-gedrag',
  'integriteit',
  'fysieke-veiligheid',
  'crisismanagement',
  'internationalisering',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const PROCESS_STEP_IDS = ['risicomanagement', 'beleid', 'organisatie', 'bewustzijn', 'continuiteit'] as const;
export type ProcessStepId = (typeof PROCESS_STEP_IDS)[number];

export const INSTRUMENT_TYPE_IDS = [
  'normenkader',
  'stappenplan',
  'handreiking',
  'voorbeeld',
  'inzicht',
  'aanpak',
  'tool',
  'verwijzing',
] as const;
export type InstrumentTypeId = (typeof INSTRUMENT_TYPE_IDS)[number];

export const AUDIENCE_IDS = ['bestuur', 'management', 'coordinator', 'medewerker', 'student'] as const;
export type AudienceId = (typeof AUDIENCE_IDS)[number];

export const LANGUAGE_IDS = ['nl', 'en'] as const;
export type LanguageId = (typeof LANGUAGE_IDS)[number];

export const INSTRUMENT_STATUS_IDS = ['published', 'retired'] as const;
export type InstrumentStatusId = (typeof INSTRUMENT_STATUS_IDS)[number];

