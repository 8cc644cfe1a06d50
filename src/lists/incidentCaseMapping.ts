import { z } from 'zod';
import { jsonField, optionalField, type FieldWriteMode, type GraphFields } from './graphFields';
import {
  booleanField,
  jsonTextField,
  optionalChoiceField,
  optionalDateTimeField,
  optionalTextField,
  requiredChoiceField,
  requiredTextField,
} from './graphFieldSchemas';
import { parseListItem, readListItems, type ItemParseResult, type ListReadResult } from './listReadResult';
import { optionalEntry } from './optionalEntry';
import { PROCESS_STEP_IDS, THEME_IDS, type ProcessStepId, type ThemeId } from './vocabulary';
import { BREACH_TYPE_IDS, CASE_STATUS_IDS, INCIDENT_KIND_IDS, type CaseStatusId, type IncidentKindId } from './incidentVocabulary';
import { BREACH_DECISION_IDS, BREACH_RISK_IDS, NOT_INFORMED_GROUND_IDS, NOTIFICATION_PHASE_IDS, SENSITIVE_DATA_IDS } from './incidentVocabulary';

const dateOrDateTime = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/** One moment in the incident's timeline. */
export const timelineEntrySchema = z.object({ at: dateOrDateTime, text: z.string().trim().min(1) });
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** Why it happened: a "5 whys" chain and/or a list of contributing factors. */
export const contributingFactorsSchema = z.object({
  whys: z.array(z.string()).default([]),
  factors: z.array(z.string()).default([]),
});
export type ContributingFactors = z.infer<typeof contributingFactorsSchema>;

/**
 * The AVG (GDPR) breach record of a case with personal data: art. 33(5) asks for facts,
 * effects and remedial action of every breach, notified or not.
 */
export const breachRecordSchema = z.object({
  /** The case team's verdict; absent on records of earlier versions, which were breaches by report. */
  decision: z.enum(BREACH_DECISION_IDS).optional(),
  /** When the verdict "breach" (or "no breach") was saved. */
  decidedOn: z.iso.datetime({ offset: true }).optional(),
  /** The facts of the breach as the case team records them for the register (art. 33(5)); never the reporter's free text. */
  facts: z.string().optional(),
  types: z.array(z.enum(BREACH_TYPE_IDS)).default([]),
  dataCategories: z.array(z.string()).optional(),
  sensitiveData: z.array(z.enum(SENSITIVE_DATA_IDS)).optional(),
  risk: z.enum(BREACH_RISK_IDS).optional(),
  /** Why the risk is what it is: the documentation art. 33(5) asks for, above all for "no risk". */
  riskReasoning: z.string().optional(),
  /** The processor (verwerker) involved, and when it told the institution (art. 33(2)). */
  processor: z.string().optional(),
  processorToldOn: z.iso.datetime({ offset: true }).optional(),
  notificationPhase: z.enum(NOTIFICATION_PHASE_IDS).optional(),
  /** Why the AP was notified later than 72 hours after awareness (art. 33(1)). */
  delayReason: z.string().optional(),
  subjectsNotInformedGround: z.enum(NOT_INFORMED_GROUND_IDS).optional(),
  /** Approximate number of people whose data is involved. */
  subjectCount: z.number().int().min(0).optional(),
  /** Approximate number of records involved. */
  recordCount: z.number().int().min(0).optional(),
  /** High risk to data subjects: they must be informed (art. 34). */
  highRiskToSubjects: z.boolean().optional(),
  notifiedAuthorityOn: z.iso.datetime({ offset: true }).optional(),
  authorityReference: z.string().optional(),
  /** Why the breach was not notified, when it was not. */
  notNotifiedReason: z.string().optional(),
  subjectsInformedOn: z.iso.datetime({ offset: true }).optional(),
  /** Why the data subjects were not informed (art. 34(3)), when they were not. */
  subjectsNotInformedReason: z.string().optional(),
  effects: z.string().optional(),
  remedialAction: z.string().optional(),
});
export type BreachRecord = z.infer<typeof breachRecordSchema>;

/**
 * A significant incident under the Cyberbeveiligingswet (NIS2 art. 23): when the institution
 * became aware, and when each step was done (early warning, incident notification, final
 * report to the CSIRT). The case team marks it; the app computes the deadlines.
 */
export const cyberIncidentRecordSchema = z.object({
  significant: z.boolean(),
  awareOn: z.iso.datetime({ offset: true }).optional(),
  earlyWarningOn: z.iso.datetime({ offset: true }).optional(),
  notificationOn: z.iso.datetime({ offset: true }).optional(),
  finalReportOn: z.iso.datetime({ offset: true }).optional(),
});
export type CyberIncidentRecord = z.infer<typeof cyberIncidentRecordSchema>;

/** Impact / severity of an incident, 1 (minor) to 4 (severe). */
export const impactLevelSchema = z.literal([1, 2, 3, 4]);
export type ImpactLevel = z.infer<typeof impactLevelSchema>;

/** A confidential incident case (may hold personal data; restricted list). */
export interface IncidentCase {
  readonly id: string;
  readonly eTag: string;
  readonly submissionId: string;
  readonly title: string;
  readonly kind: IncidentKindId;
  readonly occurredOn?: string;
  readonly discoveredOn?: string;
  readonly theme?: ThemeId;
  readonly processStep?: ProcessStepId;
  readonly impact?: ImpactLevel;
  readonly whatHappened: string;
  readonly timeline: readonly TimelineEntry[];
  readonly contributingFactors: ContributingFactors;
  readonly wentWell?: string;
  readonly wentWrong?: string;
  readonly lucky?: string;
  readonly lessonsText?: string;
  readonly status: CaseStatusId;
  readonly personalDataInvolved: boolean;
  /** When the institution became aware of a personal data breach: the 72-hour clock starts here. */
  readonly breachAwareOn?: string;
  readonly breach?: BreachRecord;
  readonly cyberIncident?: CyberIncidentRecord;
  readonly reporterUpn?: string;
  readonly lastModified: string;
  /** Who reported it, as SharePoint recorded it (`createdBy.user.id`); undefined while only in the outbox. */
  readonly authorId?: string;
}

/** What the app writes for a case. */
export type IncidentCaseDraft = Omit<IncidentCase, 'id' | 'eTag' | 'lastModified' | 'authorId'>;

/** Fields the app reads from the IncidentCases list. */
export const INCIDENT_CASE_SELECT = [
  'Title',
  'SubmissionId',
  'Kind',
  'OccurredOn',
  'DiscoveredOn',
  'Theme',
  'ProcessStep',
  'Impact',
  'WhatHappened',
  'TimelineJson',
  'ContributingFactorsJson',
  'WentWell',
  'WentWrong',
  'Lucky',
  'LessonsText',
  'CaseStatus',
  'PersonalDataInvolved',
  'BreachAwareOn',
  'BreachJson',
  'CyberIncidentJson',
  'ReporterUpn',
] as const;

const incidentCaseFieldsSchema = z.object({
  Title: optionalTextField,
  SubmissionId: requiredTextField,
  Kind: requiredChoiceField(INCIDENT_KIND_IDS),
  OccurredOn: optionalDateTimeField,
  DiscoveredOn: optionalDateTimeField,
  Theme: optionalChoiceField(THEME_IDS),
  ProcessStep: optionalChoiceField(PROCESS_STEP_IDS),
  Impact: impactLevelSchema.nullish().transform((value) => value ?? undefined),
  WhatHappened: requiredTextField,
  TimelineJson: jsonTextField(z.array(timelineEntrySchema), []),
  ContributingFactorsJson: jsonTextField(contributingFactorsSchema, { whys: [], factors: [] }),
  WentWell: optionalTextField,
  WentWrong: optionalTextField,
  Lucky: optionalTextField,
  LessonsText: optionalTextField,
  CaseStatus: requiredChoiceField(CASE_STATUS_IDS),
  PersonalDataInvolved: booleanField,
  BreachAwareOn: optionalDateTimeField,
  BreachJson: jsonTextField(breachRecordSchema.optional(), undefined),
  CyberIncidentJson: jsonTextField(cyberIncidentRecordSchema.optional(), undefined),
  ReporterUpn: optionalTextField,
});

/** Maps one raw Graph item of the IncidentCases list. */
export function parseIncidentCaseItem(raw: unknown): ItemParseResult<IncidentCase> {
  return parseListItem(raw, incidentCaseFieldsSchema, (meta, fields) => ({
    id: meta.id,
    eTag: meta.eTag,
    lastModified: meta.lastModified,
    ...optionalEntry('authorId', meta.authorId),
    submissionId: fields.SubmissionId,
    title: fields.Title ?? '',
    kind: fields.Kind,
    ...optionalEntry('occurredOn', fields.OccurredOn),
    ...optionalEntry('discoveredOn', fields.DiscoveredOn),
    ...optionalEntry('theme', fields.Theme),
    ...optionalEntry('processStep', fields.ProcessStep),
    ...optionalEntry('impact', fields.Impact),
    whatHappened: fields.WhatHappened,
    timeline: fields.TimelineJson,
    contributingFactors: fields.ContributingFactorsJson,
    ...optionalEntry('wentWell', fields.WentWell),
    ...optionalEntry('wentWrong', fields.WentWrong),
    ...optionalEntry('lucky', fields.Lucky),
    ...optionalEntry('lessonsText', fields.LessonsText),
    status: fields.CaseStatus,
    personalDataInvolved: fields.PersonalDataInvolved,
    ...optionalEntry('breachAwareOn', fields.BreachAwareOn),
    ...optionalEntry('breach', fields.BreachJson),
    ...optionalEntry('cyberIncident', fields.CyberIncidentJson),
    ...optionalEntry('reporterUpn', fields.ReporterUpn),
  }));
}

/** Maps raw Graph items of the IncidentCases list; malformed items are skipped with a reason. */
export function readIncidentCases(rawItems: readonly unknown[]): ListReadResult<IncidentCase> {
  return readListItems(rawItems, parseIncidentCaseItem);
}

/** The Graph `fields` object for creating or updating a case. */
export function toIncidentCaseFields(draft: IncidentCaseDraft, mode: FieldWriteMode = 'create'): GraphFields {
  return {
    Title: draft.title,
    SubmissionId: draft.submissionId,
    Kind: draft.kind,
    ...optionalField('OccurredOn', draft.occurredOn, mode),
    ...optionalField('DiscoveredOn', draft.discoveredOn, mode),
    ...optionalField('Theme', draft.theme, mode),
    ...optionalField('ProcessStep', draft.processStep, mode),
    ...optionalField('Impact', draft.impact, mode),
    WhatHappened: draft.whatHappened,
    TimelineJson: jsonField(draft.timeline),
    ContributingFactorsJson: jsonField(draft.contributingFactors),
    ...optionalField('WentWell', draft.wentWell, mode),
    ...optionalField('WentWrong', draft.wentWrong, mode),
    ...optionalField('Lucky', draft.lucky, mode),
    ...optionalField('LessonsText', draft.lessonsText, mode),
    CaseStatus: draft.status,
    PersonalDataInvolved: draft.personalDataInvolved,
    ...optionalField('BreachAwareOn', draft.breachAwareOn, mode),
    ...optionalField('BreachJson', draft.breach === undefined ? undefined : jsonField(draft.breach), mode),
    ...optionalField('CyberIncidentJson', draft.cyberIncident === undefined ? undefined : jsonField(draft.cyberIncident), mode),
    ...optionalField('ReporterUpn', draft.reporterUpn, mode),
  };
}
