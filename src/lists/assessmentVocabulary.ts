/**
 * The vocabulary of the self-assessment's lists. Apart from vocabulary.ts on purpose: that
 * module is shared with the first screen, so whatever it holds is in the initial bundle;
 * only the lazily loaded self-assessment imports this one.
 */
export const ASSESSMENT_SCOPE_IDS = ['personal', 'team'] as const;
export type AssessmentScopeId = (typeof ASSESSMENT_SCOPE_IDS)[number];
export const ASSESSMENT_STATUS_IDS = ['open', 'finalised'] as const;
export type AssessmentStatusId = (typeof ASSESSMENT_STATUS_IDS)[number];
export const RESPONSE_STATUS_IDS = ['inProgress', 'submitted'] as const;
export type ResponseStatusId = (typeof RESPONSE_STATUS_IDS)[number];
