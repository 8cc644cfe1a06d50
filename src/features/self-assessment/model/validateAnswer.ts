import { MAX_NOTE_LENGTH, type AssessmentAnswer } from '../../../lists/assessmentAnswer';
import type { MaturityModel } from './MaturityModel';

/** Why an answer cannot be saved; the UI translates the code. */
export type AnswerProblem = 'unknownQuestion' | 'levelOutOfScale' | 'justificationRequired' | 'evidenceNotUrl' | 'commentTooLong';

/** An http(s) address: the only evidence links stored. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Checks one answer against the model (its scale, its questions) and the answer rules. */
export function validateAnswer(model: MaturityModel, questionId: string, answer: AssessmentAnswer): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  if (!model.questions.some((question) => question.id === questionId)) problems.push('unknownQuestion');
  if (answer.kind === 'level' && !model.scale.some((level) => level.level === answer.level)) problems.push('levelOutOfScale');
  if (answer.kind === 'notApplicable' && answer.justification.trim() === '') problems.push('justificationRequired');
  if ((answer.evidence ?? []).some((link) => !isWebUrl(link))) problems.push('evidenceNotUrl');
  if ((answer.note ?? '').length > MAX_NOTE_LENGTH) problems.push('commentTooLong');
  return problems;
}
