import { z } from 'zod';

/**
 * The JSON stored in the assessment columns (AnswersJson, ConsensusJson, TargetsJson,
 * ScoreSummaryJson). The shapes are checked on every read, so a hand-edited or
 * truncated value in SharePoint is reported instead of breaking the scoring.
 */

/** A level on the maturity scale (1 ad hoc ... 5 improving). */
export const maturityLevelSchema = z.literal([1, 2, 3, 4, 5]);
export type MaturityLevel = z.infer<typeof maturityLevelSchema>;

const note = z.string().optional();

/**
 * One answer to one question: a level; "not applicable" with a required justification
 * (excluded from scores); or "unknown" (counts as unanswered).
 */
export const assessmentAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('level'), level: maturityLevelSchema, note }),
  z.object({ kind: z.literal('notApplicable'), justification: z.string().trim().min(1), note }),
  z.object({ kind: z.literal('unknown'), note }),
]);
export type AssessmentAnswer = z.infer<typeof assessmentAnswerSchema>;

/** Answers keyed by question id. */
export const assessmentAnswersSchema = z.record(z.string(), assessmentAnswerSchema);
export type AssessmentAnswers = z.infer<typeof assessmentAnswersSchema>;

/** Target levels keyed by theme id (or question id, as the model decides). */
export const assessmentTargetsSchema = z.record(z.string(), maturityLevelSchema);
export type AssessmentTargets = z.infer<typeof assessmentTargetsSchema>;

const meanScore = z.number().min(1).max(5).nullable();

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
