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

export const ASSESSMENT_SCOPE_IDS = ['personal', 'team'] as const;
export type AssessmentScopeId = (typeof ASSESSMENT_SCOPE_IDS)[number];
export const ASSESSMENT_STATUS_IDS = ['open', 'finalised'] as const;
export type AssessmentStatusId = (typeof ASSESSMENT_STATUS_IDS)[number];
export const RESPONSE_STATUS_IDS = ['inProgress', 'submitted'] as const;
export type ResponseStatusId = (typeof RESPONSE_STATUS_IDS)[number];

export const INCIDENT_KIND_IDS = ['incident', 'nearMiss', 'unsafeSituation'] as const;
export type IncidentKindId = (typeof INCIDENT_KIND_IDS)[number];
/**
 * A case's state, in the order the case team moves it (issue 16): `open` is "reported"
 * (gemeld), then in progress (in behandeling), decided (besloten), closed (afgerond).
 * `draft` is kept for items of earlier versions. Provisioning adds new states to an
 * existing CaseStatus column.
 */
export const CASE_STATUS_IDS = ['draft', 'open', 'inProgress', 'decided', 'closed'] as const;
export type CaseStatusId = (typeof CASE_STATUS_IDS)[number];

/** AVG (GDPR) breach types: what was lost, changed or made unavailable. */
export const BREACH_TYPE_IDS = ['confidentiality', 'integrity', 'availability'] as const;
export type BreachTypeId = (typeof BREACH_TYPE_IDS)[number];

/** TLP 2.0 labels, in order from least to most restricted. */
export const TLP_IDS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type TlpId = (typeof TLP_IDS)[number];

/** An action's state (issue 16: "actions that close"): done, then its effect checked by the case team. */
export const ACTION_STATUS_IDS = ['open', 'inProgress', 'done', 'effectChecked', 'cancelled'] as const;
export type ActionStatusId = (typeof ACTION_STATUS_IDS)[number];
