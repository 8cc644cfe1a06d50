import type { AssessmentAnswer, AssessmentAnswers } from '../../../lists/assessmentAnswer';
import type { MaturityModel } from './MaturityModel';

/** One question across the team: everyone's answer and whether they agree. */
export interface QuestionSpread {
  readonly questionId: string;
  readonly answers: ReadonlyArray<{ readonly assessorUpn: string; readonly answer: AssessmentAnswer | undefined }>;
  readonly min: number | null;
  readonly max: number | null;
  /** max - min over the levels given; 0 with one level or none. */
  readonly spread: number;
  /** Levels two or more apart, or "not applicable" next to levels: the coordinator should look. */
  readonly disagreement: boolean;
  /** The median level (the lower one of two middles), as the starting point for the consensus. */
  readonly suggested: number | null;
}

/** Per question, the team's answers side by side (coordinator view). Linear in assessors x questions. */
export function summariseResponses(model: MaturityModel, responses: ReadonlyArray<{ readonly assessorUpn: string; readonly answers: AssessmentAnswers }>): QuestionSpread[] {
  return model.questions.map((question) => {
    const answers = responses.map((response) => ({ assessorUpn: response.assessorUpn, answer: response.answers[question.id] }));
    const levels = answers.flatMap(({ answer }) => (answer?.kind === 'level' ? [answer.level] : [])).sort((a, b) => a - b);
    const notApplicable = answers.some(({ answer }) => answer?.kind === 'notApplicable');
    const min = levels[0] ?? null;
    const max = levels.at(-1) ?? null;
    const spread = min === null || max === null ? 0 : max - min;
    return {
      questionId: question.id,
      answers,
      min,
      max,
      spread,
      disagreement: spread >= 2 || (notApplicable && levels.length > 0),
      suggested: levels.length === 0 ? null : (levels[Math.floor((levels.length - 1) / 2)] ?? null),
    };
  });
}
