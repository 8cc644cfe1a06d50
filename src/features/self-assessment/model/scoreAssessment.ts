import type { AssessmentAnswers, ScoreSummary } from '../../../lists/assessmentAnswer';
import type { MaturityModel } from './MaturityModel';

/** Scores of one set of answers; `null` where nothing was answered. */
export interface AssessmentScores {
  readonly overall: number | null;
  readonly byTheme: Readonly<Record<string, number | null>>;
  readonly byStep: Readonly<Record<string, number | null>>;
  /** Level per answered question (N/A, unknown and unanswered questions absent). */
  readonly byQuestion: Readonly<Record<string, number>>;
  readonly counts: { readonly answered: number; readonly notApplicable: number; readonly unknown: number; readonly unanswered: number; readonly total: number };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Scores as DOMAIN.md defines them: per theme and per step the mean level of the answered
 * questions (N/A excluded, unknown counts as unanswered); overall the mean of the theme
 * scores (themes without answers left out, so one theme is not dragged down by another's
 * blanks). Levels outside the model's scale and answers to questions the model does not
 * have are ignored here; `validateAnswer` reports them.
 */
export function scoreAssessment(model: MaturityModel, answers: AssessmentAnswers): AssessmentScores {
  const levels = new Set(model.scale.map((level) => level.level));
  const byQuestion: Record<string, number> = {};
  const themeLevels = new Map<string, number[]>(model.themes.map((theme) => [theme.id, []]));
  const stepLevels = new Map<string, number[]>(model.steps.map((step) => [step.id, []]));
  let notApplicable = 0;
  let unknown = 0;
  let unanswered = 0;
  for (const question of model.questions) {
    const answer = answers[question.id];
    if (answer === undefined) unanswered += 1;
    else if (answer.kind === 'notApplicable') notApplicable += 1;
    else if (answer.kind === 'unknown') unknown += 1;
    else if (!levels.has(answer.level)) unanswered += 1;
    else {
      byQuestion[question.id] = answer.level;
      themeLevels.get(question.theme)?.push(answer.level);
      stepLevels.get(question.step)?.push(answer.level);
    }
  }
  const byTheme = Object.fromEntries([...themeLevels].map(([id, values]) => [id, mean(values)]));
  const byStep = Object.fromEntries([...stepLevels].map(([id, values]) => [id, mean(values)]));
  const themeScores = Object.values(byTheme).filter((value): value is number => value !== null);
  return {
    overall: mean(themeScores),
    byTheme,
    byStep,
    byQuestion,
    counts: { answered: Object.keys(byQuestion).length, notApplicable, unknown, unanswered, total: model.questions.length },
  };
}

/** The summary stored with a finalised assessment (ScoreSummaryJson), for trends without recomputation. */
export function toScoreSummary(scores: AssessmentScores): ScoreSummary {
  return { overall: scores.overall, byTheme: { ...scores.byTheme }, byStep: { ...scores.byStep }, answered: scores.counts.answered, total: scores.counts.total };
}

/**
 * A score as the screen and the CSV both show it: one decimal, decimal comma in Dutch,
 * `–` for nothing answered. One function for both, so the export matches the screen.
 */
export function formatScore(value: number | null | undefined, language: 'nl' | 'en'): string {
  if (value === null || value === undefined) return '–';
  const rounded = Math.round(value * 10) / 10;
  return language === 'nl' ? rounded.toFixed(1).replace('.', ',') : rounded.toFixed(1);
}
