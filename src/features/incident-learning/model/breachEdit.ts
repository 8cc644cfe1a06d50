import { z } from 'zod';
import type { BreachRecord, IncidentCase } from '../../../lists/incidentCaseMapping';
import { BREACH_TYPE_IDS, type BreachTypeId } from '../../../lists/incidentVocabulary';
import { BREACH_DECISION_IDS, BREACH_RISK_IDS, NOT_INFORMED_GROUND_IDS, NOTIFICATION_PHASE_IDS, SENSITIVE_DATA_IDS, type BreachDecisionId, type BreachRiskId, type NotInformedGroundId, type NotificationPhaseId, type SensitiveDataId } from '../../../lists/incidentVocabulary';
import { breachDecisionOf, breachRiskOf } from './breachAssessment';
import { linesOf } from './caseEdit';
import { isoToLocal, localToIso } from './localDateTime';
import { MAX_TEXT_LENGTH, type FormCheck, type FormProblem } from './incidentFormRules';
import { optionalEntry } from '../../../lists/optionalEntry';

/**
 * The breach assessment as the case team's form holds it (issue 16, item 2): strings as the
 * inputs hold them, moments as `datetime-local` values in the device's time zone.
 */
export interface BreachEdit {
  readonly decision: BreachDecisionId;
  readonly awareOn: string;
  readonly facts: string;
  readonly types: readonly BreachTypeId[];
  readonly sensitiveData: readonly SensitiveDataId[];
  /** One category of personal data per line (names, grades, health, …). */
  readonly dataCategories: string;
  readonly subjectCount: string;
  readonly recordCount: string;
  readonly risk: BreachRiskId | '';
  readonly riskReasoning: string;
  readonly processor: string;
  readonly processorToldOn: string;
  readonly notifiedAuthorityOn: string;
  readonly authorityReference: string;
  readonly notificationPhase: NotificationPhaseId | '';
  readonly delayReason: string;
  readonly subjectsInformedOn: string;
  readonly subjectsNotInformedGround: NotInformedGroundId | '';
  readonly subjectsNotInformedReason: string;
  readonly effects: string;
  readonly remedialAction: string;
}

/** The form's starting values for a case. */
export function breachEditOf(incident: Pick<IncidentCase, 'personalDataInvolved' | 'breachAwareOn' | 'breach'>): BreachEdit {
  const breach = incident.breach;
  return {
    decision: breachDecisionOf(incident) ?? 'undecided',
    awareOn: isoToLocal(incident.breachAwareOn),
    facts: breach?.facts ?? '',
    types: breach?.types ?? [],
    sensitiveData: breach?.sensitiveData ?? [],
    dataCategories: (breach?.dataCategories ?? []).join('\n'),
    subjectCount: breach?.subjectCount === undefined ? '' : String(breach.subjectCount),
    recordCount: breach?.recordCount === undefined ? '' : String(breach.recordCount),
    risk: breachRiskOf(breach) ?? '',
    // Earlier versions asked the reporter why a breach was not notified: that is the reasoning of a "no risk".
    riskReasoning: breach?.riskReasoning ?? breach?.notNotifiedReason ?? '',
    processor: breach?.processor ?? '',
    processorToldOn: isoToLocal(breach?.processorToldOn),
    notifiedAuthorityOn: isoToLocal(breach?.notifiedAuthorityOn),
    authorityReference: breach?.authorityReference ?? '',
    notificationPhase: breach?.notificationPhase ?? '',
    delayReason: breach?.delayReason ?? '',
    subjectsInformedOn: isoToLocal(breach?.subjectsInformedOn),
    subjectsNotInformedGround: breach?.subjectsNotInformedGround ?? '',
    subjectsNotInformedReason: breach?.subjectsNotInformedReason ?? '',
    effects: breach?.effects ?? '',
    remedialAction: breach?.remedialAction ?? '',
  };
}

/** Whether two form states hold the same assessment. */
export function sameBreachEdit(a: BreachEdit, b: BreachEdit): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const text = z.string().trim().max(MAX_TEXT_LENGTH);
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const instant = z.iso.datetime({ offset: true });
const count = z.coerce.number().int().min(0);

const breachEditSchema = z.object({
  decision: z.enum(BREACH_DECISION_IDS),
  awareOn: optional(instant),
  facts: optional(text),
  types: z.array(z.enum(BREACH_TYPE_IDS)),
  sensitiveData: z.array(z.enum(SENSITIVE_DATA_IDS)),
  dataCategories: z.array(text),
  subjectCount: optional(count),
  recordCount: optional(count),
  risk: optional(z.enum(BREACH_RISK_IDS)),
  riskReasoning: optional(text),
  processor: optional(text),
  processorToldOn: optional(instant),
  notifiedAuthorityOn: optional(instant),
  authorityReference: optional(text),
  notificationPhase: optional(z.enum(NOTIFICATION_PHASE_IDS)),
  delayReason: optional(text),
  subjectsInformedOn: optional(instant),
  subjectsNotInformedGround: optional(z.enum(NOT_INFORMED_GROUND_IDS)),
  subjectsNotInformedReason: optional(text),
  effects: optional(text),
  remedialAction: optional(text),
});

/** The checked assessment: what BreachAwareOn and BreachJson get. */
export interface CheckedBreach {
  readonly awareOn: string | undefined;
  readonly record: BreachRecord;
}

const MOMENTS = ['awareOn', 'processorToldOn', 'notifiedAuthorityOn', 'subjectsInformedOn'] as const;

/**
 * Checks the case team's assessment: a breach needs the moment of awareness (the 72-hour
 * clock runs from there) and at least one breach type; no moment may lie in the future;
 * counts are whole numbers. The verdict's moment (`decidedOn`) is set when the verdict
 * changes, kept otherwise. Nothing here is required to save: an assessment is completed in
 * steps; what closing a case needs is {@link closingProblems}.
 */
export function checkBreachEdit(edit: BreachEdit, previous: Pick<IncidentCase, 'personalDataInvolved' | 'breachAwareOn' | 'breach'>, now: Date): FormCheck<CheckedBreach> {
  const input = {
    ...edit,
    dataCategories: linesOf(edit.dataCategories),
    ...Object.fromEntries(MOMENTS.map((name) => [name, localToIso(edit[name])])),
  };
  const parsed = breachEditSchema.safeParse(input);
  if (!parsed.success) {
    const problems: FormProblem[] = parsed.error.issues.map((issue) => ({ path: `breach.${String(issue.path[0])}`, code: issue.code === 'too_big' ? 'tooLong' : 'invalid' }));
    return { ok: false, problems };
  }
  const value = parsed.data;
  const problems: FormProblem[] = [];
  for (const name of MOMENTS) {
    const moment = value[name];
    if (moment !== undefined && Date.parse(moment) > now.getTime()) problems.push({ path: `breach.${name}`, code: 'inFuture' });
  }
  if (value.decision === 'breach') {
    if (value.awareOn === undefined) problems.push({ path: 'breach.awareOn', code: 'awarenessRequired' });
    if (value.types.length === 0) problems.push({ path: 'breach.types', code: 'breachTypeRequired' });
  }
  if (problems.length > 0) return { ok: false, problems };
  // A verdict of an earlier version (a breach by report) stands as it was: its moment is unknown, never "now".
  const decisionChanged = value.decision !== (breachDecisionOf(previous) ?? 'undecided');
  const stored = previous.breach?.decidedOn;
  const decidedOn = value.decision === 'undecided' ? undefined : decisionChanged ? now.toISOString() : stored;
  const { awareOn, decision, ...rest } = value;
  const record: BreachRecord = {
    ...Object.fromEntries(Object.entries(rest).filter(([, part]) => part !== undefined && !(Array.isArray(part) && part.length === 0))),
    types: value.types,
    decision,
    ...optionalEntry('decidedOn', decidedOn),
  };
  return { ok: true, value: { awareOn, record } };
}
