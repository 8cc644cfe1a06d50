import { z } from 'zod';
import { PROCESS_STEP_IDS, THEME_IDS } from '../../../lists/vocabulary';
import { ACTION_STATUS_IDS, INCIDENT_KIND_IDS, TLP_IDS } from '../../../lists/incidentVocabulary';
import { amsterdamDay } from '../../../i18n';
import type { ClosingProblemCode } from './breachAssessment';
import { detectPersonalData, type PersonalDataOptions } from './detectPersonalData';

/** Longest free text a field takes; more is refused with `tooLong`, never cut silently. */
export const MAX_TEXT_LENGTH = 20_000;
/** Longest title. */
export const MAX_TITLE_LENGTH = 255;

/** Why a form cannot be saved; the UI translates each code. */
export type FormProblemCode =
  | 'required'
  | 'tooLong'
  | 'invalid'
  | 'discoveredBeforeOccurred'
  | 'inFuture'
  | 'dueDateInPast'
  | 'breachTypeRequired'
  | 'tlpRequired'
  | 'personalDataUnresolved'
  /** At the status: closing waits for what the other problems name. */
  | 'closingBlocked'
  | 'cyberAwarenessRequired'
  | ClosingProblemCode;

/** One problem, at a field path such as `breach.awareOn` or `timeline.2.text`. */
export interface FormProblem {
  readonly path: string;
  readonly code: FormProblemCode;
}

/** A checked form: the value to write, or what is wrong. */
export type FormCheck<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly FormProblem[] };

const text = z.string().trim().max(MAX_TEXT_LENGTH);
const requiredText = text.min(1);
const title = z.string().trim().min(1).max(MAX_TITLE_LENGTH);
/** An instant as the form's datetime fields give it (ISO 8601); parsed with Date. */
const instant = z.string().refine((value) => !Number.isNaN(Date.parse(value)));
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** The short report: a near miss (or any kind) in under two minutes; the rest can follow. */
export const quickReportSchema = z.object({
  kind: z.enum(INCIDENT_KIND_IDS),
  title,
  whatHappened: requiredText,
  occurredOn: optional(instant),
  theme: optional(z.enum(THEME_IDS)),
});
export type QuickReport = z.infer<typeof quickReportSchema>;

/** The full report of issue 6: every field, all but the quick ones optional. */
export const incidentReportSchema = quickReportSchema
  .extend({
    discoveredOn: optional(instant),
    processStep: optional(z.enum(PROCESS_STEP_IDS)),
    impact: optional(z.coerce.number().int().min(1).max(4)),
    timeline: z.array(z.object({ at: instant, text: requiredText })).default([]),
    factors: z.array(requiredText).default([]),
    wentWell: optional(text),
    wentWrong: optional(text),
    lucky: optional(text),
    lessonsText: optional(text),
    /** A question to the case team, not a verdict: it starts no clock (issue 16). */
    personalDataInvolved: z.boolean().default(false),
  });
export type IncidentReport = z.infer<typeof incidentReportSchema>;

/** An improvement action on a case. */
export const improvementActionSchema = z.object({
  title,
  ownerUpn: optional(z.string().trim().min(1)),
  ownerName: optional(z.string().trim()),
  /** `YYYY-MM-DD`. */
  dueOn: optional(z.iso.date()),
  status: z.enum(ACTION_STATUS_IDS).default('open'),
  effectivenessCheck: optional(text),
});
export type ImprovementActionInput = z.infer<typeof improvementActionSchema>;

/** A lesson derived from a case: redacted, labelled, shareable. */
export const lessonSchema = z.object({
  title,
  redactedText: requiredText,
  theme: z.enum(THEME_IDS),
  processStep: optional(z.enum(PROCESS_STEP_IDS)),
  tlp: z.enum(TLP_IDS),
});
export type LessonInput = z.infer<typeof lessonSchema>;

function codeOf(issue: z.core.$ZodIssue): FormProblemCode {
  // Length limits are about text; a number out of range is simply invalid.
  if (issue.code === 'too_big') return issue.origin === 'string' ? 'tooLong' : 'invalid';
  if (issue.code === 'too_small') return issue.origin === 'string' || issue.origin === 'array' ? 'required' : 'invalid';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  return 'invalid';
}

function fromZod<T>(schema: z.ZodType<T>, input: unknown): { value?: T; problems: FormProblem[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { value: parsed.data, problems: [] };
  return { problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: codeOf(issue) })) };
}

function finish<T>(value: T | undefined, problems: FormProblem[]): FormCheck<T> {
  return problems.length === 0 && value !== undefined ? { ok: true, value } : { ok: false, problems };
}

/** Checks the short report. */
export function checkQuickReport(input: unknown, now: Date): FormCheck<QuickReport> {
  const { value, problems } = fromZod(quickReportSchema, input);
  if (value?.occurredOn !== undefined && Date.parse(value.occurredOn) > now.getTime()) problems.push({ path: 'occurredOn', code: 'inFuture' });
  return finish(value, problems);
}

/**
 * Checks the full report: field rules, discovery not before occurrence, nothing in the
 * future. Whether personal data make it a breach is the case team's verdict, later.
 */
export function checkIncidentReport(input: unknown, now: Date): FormCheck<IncidentReport> {
  const { value, problems } = fromZod(incidentReportSchema, input);
  if (value !== undefined) {
    const occurred = value.occurredOn === undefined ? undefined : Date.parse(value.occurredOn);
    const discovered = value.discoveredOn === undefined ? undefined : Date.parse(value.discoveredOn);
    if (occurred !== undefined && discovered !== undefined && discovered < occurred) problems.push({ path: 'discoveredOn', code: 'discoveredBeforeOccurred' });
    if (occurred !== undefined && occurred > now.getTime()) problems.push({ path: 'occurredOn', code: 'inFuture' });
    if (discovered !== undefined && discovered > now.getTime()) problems.push({ path: 'discoveredOn', code: 'inFuture' });
  }
  return finish(value, problems);
}

/** Checks an action; a new action may not be due in the past (Europe/Amsterdam days). */
export function checkImprovementAction(input: unknown, options: { readonly isNew: boolean; readonly now: Date }): FormCheck<ImprovementActionInput> {
  const { value, problems } = fromZod(improvementActionSchema, input);
  if (value?.dueOn !== undefined && options.isNew && value.dueOn < amsterdamDay(options.now)) problems.push({ path: 'dueOn', code: 'dueDateInPast' });
  return finish(value, problems);
}

/** Checks a lesson: a TLP label is required, and no personal data may remain in its title or text. */
export function checkLesson(input: unknown, detector: PersonalDataOptions): FormCheck<LessonInput> {
  const { value, problems } = fromZod(lessonSchema, input);
  const tlp = (input as { tlp?: unknown } | null)?.tlp;
  const withoutTlpRequired = problems.filter((problem) => problem.path !== 'tlp');
  if (tlp === undefined || tlp === null || tlp === '') withoutTlpRequired.push({ path: 'tlp', code: 'tlpRequired' });
  else if (problems.some((problem) => problem.path === 'tlp')) withoutTlpRequired.push({ path: 'tlp', code: 'invalid' });
  const raw = input as { title?: unknown; redactedText?: unknown } | null;
  for (const field of ['title', 'redactedText'] as const) {
    const fieldText = raw?.[field];
    if (typeof fieldText === 'string' && detectPersonalData(fieldText, detector).length > 0) withoutTlpRequired.push({ path: field, code: 'personalDataUnresolved' });
  }
  return finish(value, withoutTlpRequired);
}
