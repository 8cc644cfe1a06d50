import type { AssessmentAnswer, AssessmentAnswers } from '../../../lists/assessmentAnswer';
import type { MaturityModel, MaturityQuestion } from './MaturityModel';

/**
 * A short, stable hash (FNV-1a, base 36) of what a question asks: its text and level
 * descriptors in both languages. Saved with each answer, so opening the assessment under
 * a newer model shows which questions changed since they were answered.
 */
export function questionFingerprint(question: MaturityQuestion): string {
  const text = JSON.stringify([question.text, question.descriptors]);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Answers checked against the model they are opened with. */
export interface ReconciledAnswers {
  /** Answers to questions the model has. */
  readonly current: AssessmentAnswers;
  /** Questions whose text or descriptors changed since they were answered. */
  readonly changed: readonly string[];
  /** Answers to questions the model no longer has: kept and shown, never dropped. */
  readonly orphaned: ReadonlyArray<{ readonly questionId: string; readonly answer: AssessmentAnswer }>;
}

/** Sorts saved answers into current, changed and orphaned for `model`. */
export function reconcileAnswers(model: MaturityModel, answers: AssessmentAnswers): ReconciledAnswers {
  const questions = new Map(model.questions.map((question) => [question.id, question]));
  const current: Record<string, AssessmentAnswer> = {};
  const changed: string[] = [];
  const orphaned: Array<{ questionId: string; answer: AssessmentAnswer }> = [];
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = questions.get(questionId);
    if (question === undefined) {
      orphaned.push({ questionId, answer });
      continue;
    }
    current[questionId] = answer;
    if (answer.questionFingerprint !== undefined && answer.questionFingerprint !== questionFingerprint(question)) changed.push(questionId);
  }
  return { current, changed, orphaned };
}
