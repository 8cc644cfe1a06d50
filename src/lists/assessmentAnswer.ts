import { z } from 'zod';

/**
 * The JSON stored in the assessment columns (AnswersJson, ConsensusJson, TargetsJson,
 * ScoreSummaryJson). The shapes are checked on every read, so a hand-edited or
 * truncated value in SharePoint is reported instead of breaking the scoring.
 */

/**
 * A level on a maturity scale: 1 (ad hoc) to 5 (improving) in the default model; a model
 * may declare its own scale, so the stored value is any small whole number and the model
 * check (`validateAnswer`) enforces the actual levels.
 */
export const maturityLevelSchema = z.number().int().min(0).max(10);
export type MaturityLevel = z.infer<typeof maturityLevelSchema>;

/** Longest comment per answer; longer is refused, never cut. */
export const MAX_NOTE_LENGTH = 10_000;

const note = z.string().max(MAX_NOTE_LENGTH, `A comment can hold at most ${MAX_NOTE_LENGTH} characters.`).optional();
/** Links to evidence (policy documents, reports): web addresses only. */
const evidence = z.array(z.url({ protocol: /^https?$/ })).optional();
/** Short hash of the question as answered, so a later model version can say the question changed. */
const questionFingerprint = z.string().optional();
const common = { note, evidence, questionFingerprint };

/**
 * One answer to one question: a level; "not applicable" with a required justification
 * (excluded from scores); or "unknown" (counts as unanswered).
 */
export const assessmentAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('level'), level: maturityLevelSchema, ...common }),
  z.object({ kind: z.literal('notApplicable'), justification: z.string().trim().min(1), ...common }),
  z.object({ kind: z.literal('unknown'), ...common }),
]);
export type AssessmentAnswer = z.infer<typeof assessmentAnswerSchema>;

/** Answers keyed by question id. */
export const assessmentAnswersSchema = z.record(z.string(), assessmentAnswerSchema);
export type AssessmentAnswers = z.infer<typeof assessmentAnswersSchema>;

/** Target levels keyed by theme id (or question id, as the model decides). */
export const assessmentTargetsSchema = z.record(z.string(), maturityLevelSchema);
export type AssessmentTargets = z.infer<typeof assessmentTargetsSchema>;

const meanScore = z.number().min(0).max(10).nullable();

/**
 * Scores saved with a finalised assessment so trends need no recomputation. `null`
 * means nothing was answered. Extra keys are kept for later versions of the scoring.
 */
export const scoreSummarySchema = z.looseObject({
  overall: meanScore,
  byTheme: z.record(z.string(), meanScore),
  byStep: z.record(z.string(), meanScore),
  answered: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type ScoreSummary = z.infer<typeof scoreSummarySchema>;
