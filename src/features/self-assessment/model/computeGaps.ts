import type { AssessmentTargets } from '../../../lists/assessmentAnswer';
import type { MaturityModel } from './MaturityModel';
import type { AssessmentScores } from './scoreAssessment';

/** How far a theme is below its target. */
export interface ThemeGap {
  readonly theme: string;
  readonly current: number;
  readonly target: number;
  /** target - current, > 0. */
  readonly gap: number;
}

/** Themes below their target, largest gap first (ties in the model's theme order). Themes without a score or target have no gap. */
export function computeGaps(model: MaturityModel, scores: AssessmentScores, targets: AssessmentTargets): ThemeGap[] {
  return model.themes
    .flatMap((theme, order) => {
      const current = scores.byTheme[theme.id];
      const target = targets[theme.id];
      if (current === null || current === undefined || target === undefined || target <= current) return [];
      return [{ theme: theme.id, current, target, gap: target - current, order }];
    })
    .sort((a, b) => b.gap - a.gap || a.order - b.order)
    .map(({ theme, current, target, gap }) => ({ theme, current, target, gap }));
}

// ResultsView imports both from here; the ranking lives in its own module.
export { recommendInstruments } from './recommendInstruments';
