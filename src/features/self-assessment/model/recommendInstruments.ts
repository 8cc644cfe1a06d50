import type { Instrument } from '../../../lists/instrumentMapping';
import type { MaturityModel, MaturityQuestion } from './MaturityModel';
import type { AssessmentScores } from './scoreAssessment';
import type { ThemeGap } from './computeGaps';

/** The questions a recommendation should help with: a theme's weakest answered questions, or the ones the user picked. */
function focusQuestions(model: MaturityModel, focus: ThemeGap | readonly string[], scores: AssessmentScores): MaturityQuestion[] {
  if (isQuestionIds(focus)) {
    const ids = new Set(focus);
    return model.questions.filter((question) => ids.has(question.id));
  }
  const answered = model.questions.filter((question) => question.theme === focus.theme && scores.byQuestion[question.id] !== undefined);
  const lowest = Math.min(...answered.map((question) => scores.byQuestion[question.id] ?? Infinity));
  return answered.filter((question) => scores.byQuestion[question.id] === lowest);
}

function isQuestionIds(focus: ThemeGap | readonly string[]): focus is readonly string[] {
  return Array.isArray(focus);
}

/**
 * The library's instruments that would help close a gap. Only published instruments on
 * the gap's theme (or the picked questions' themes) qualify; they are ranked by the number
 * of tags they share with the focus questions (a theme's weakest answered questions, or
 * the question ids given), then by a shared process step, then newest first, then title,
 * so the order is stable between renders.
 */
export function recommendInstruments(model: MaturityModel, focus: ThemeGap | readonly string[], scores: AssessmentScores, instruments: readonly Instrument[], limit = 5): Instrument[] {
  const questions = focusQuestions(model, focus, scores);
  const themes = new Set<string>(isQuestionIds(focus) ? questions.map((question) => question.theme) : [focus.theme]);
  const tags = new Set(questions.flatMap((question) => question.instrumentTags.map((tag) => tag.toLowerCase())));
  const steps = new Set(questions.map((question) => question.step));
  return instruments
    .filter((instrument) => instrument.status === 'published' && instrument.themes.some((theme) => themes.has(theme)))
    .map((instrument) => ({
      instrument,
      tagScore: new Set(instrument.tags.map((tag) => tag.toLowerCase()).filter((tag) => tags.has(tag))).size,
      stepScore: instrument.processSteps.some((step) => steps.has(step)) ? 1 : 0,
    }))
    .sort(
      (a, b) =>
        b.tagScore - a.tagScore ||
        b.stepScore - a.stepScore ||
        (b.instrument.publishedOn ?? '').localeCompare(a.instrument.publishedOn ?? '') ||
        a.instrument.title.localeCompare(b.instrument.title),
    )
    .slice(0, Math.max(0, limit))
    .map((entry) => entry.instrument);
}
