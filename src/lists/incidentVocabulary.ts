/**
 * The vocabulary of incident learning: kinds, case and action states, breach types and the
 * breach assessment, TLP labels. Apart from vocabulary.ts on purpose: that module is shared
 * with the first screen, so whatever it holds is in the initial bundle; only the lazily
 * loaded sections import this one.
 */
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

/**
 * The case team's verdict on a case with personal data (issue 16): the reporter's "personal
 * data involved?" is a question, not a verdict; only `breach` starts the 72-hour clock and
 * puts the case in the art. 33(5) register.
 */
export const BREACH_DECISION_IDS = ['undecided', 'breach', 'noBreach'] as const;
export type BreachDecisionId = (typeof BREACH_DECISION_IDS)[number];

/**
 * The risk to data subjects (AVG art. 33(1), 34(1)): `none` ("unlikely to result in a
 * risk") needs no notification; `risk` is notified to the Autoriteit Persoonsgegevens;
 * `high` also to the data subjects.
 */
export const BREACH_RISK_IDS = ['none', 'risk', 'high'] as const;
export type BreachRiskId = (typeof BREACH_RISK_IDS)[number];

/** Data that weighs in the risk assessment (AP guidance): special categories (art. 9), criminal data (art. 10), BSN, minors. */
export const SENSITIVE_DATA_IDS = ['specialCategories', 'criminalData', 'bsn', 'minors'] as const;
export type SensitiveDataId = (typeof SENSITIVE_DATA_IDS)[number];

/** Where a notification to the AP stands (art. 33(4): information may be provided in phases). */
export const NOTIFICATION_PHASE_IDS = ['initial', 'supplemented', 'withdrawn'] as const;
export type NotificationPhaseId = (typeof NOTIFICATION_PHASE_IDS)[number];

/** The grounds of art. 34(3) for not informing data subjects of a high-risk breach: (a) data unintelligible, (b) risk no longer likely, (c) disproportionate effort (then a public communication). */
export const NOT_INFORMED_GROUND_IDS = ['unintelligible', 'riskRemoved', 'publicCommunication'] as const;
export type NotInformedGroundId = (typeof NOT_INFORMED_GROUND_IDS)[number];
