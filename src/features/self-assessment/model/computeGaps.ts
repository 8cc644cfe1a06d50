import type { AssessmentTargets } from '../../../lists/assessmentAnswer';
import type { Instrument } from '../../../lists/instrumentMapping';
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

/**
 * The library's instruments that would help close a gap: published, on the gap's theme,
 * ranked by how many tags they share with the weakest questions of that theme (lowest
 * level first), then by a matching process step, then newest.
 */
export function recommendInstruments(model: MaturityModel, gap: ThemeGap, scores: AssessmentScores, instruments: readonly Instrument[], limit = 5): Instrument[] {
  const questions = model.questions.filter((question) => question.theme === gap.theme && scores.byQuestion[question.id] !== undefined);
  const lowest = Math.min(...questions.map((question) => scores.byQuestion[question.id] ?? Infinity));
  const weakest = questions.filter((question) => scores.byQuestion[question.id] === lowest);
  const tags = new Set(weakest.flatMap((question) => question.instrumentTags.map((tag) => tag.toLowerCase())));
  const steps = new Set(weakest.map((question) => question.step));
  return instruments
    .filter((instrument) => instrument.status === 'published' && (instrument.themes as readonly string[]).includes(gap.theme))
    .map((instrument) => ({
      instrument,
      tagScore: instrument.tags.filter((tag) => tags.has(tag.toLowerCase())).length,
      stepScore: (instrument.processSteps as readonly string[]).some((step) => steps.has(step)) ? 1 : 0,
    }))
    .sort((a, b) => b.tagScore - a.tagScore || b.stepScore - a.stepScore || (b.instrument.publishedOn ?? '').localeCompare(a.instrument.publishedOn ?? ''))
    .slice(0, limit)
    .map((entry) => entry.instrument);
}
