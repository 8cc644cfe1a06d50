import { toCsv } from '../../../components/export/toCsv';
import type { AssessmentAnswers, AssessmentTargets } from '../../../lists/assessmentAnswer';
import type { MaturityModel } from './MaturityModel';
import { formatScore, type AssessmentScores } from './scoreAssessment';

const HEADERS = {
  nl: ['Onderdeel', 'Thema', 'Processtap', 'Vraag', 'Antwoord', 'Score', 'Doel', 'Verschil', 'Toelichting'],
  en: ['Part', 'Theme', 'Process step', 'Question', 'Answer', 'Score', 'Target', 'Gap', 'Comment'],
} as const;
const PARTS = {
  nl: { overall: 'Totaal', theme: 'Thema', step: 'Processtap', question: 'Vraag', notApplicable: 'n.v.t.', unknown: 'onbekend' },
  en: { overall: 'Overall', theme: 'Theme', step: 'Process step', question: 'Question', notApplicable: 'n/a', unknown: 'unknown' },
} as const;

/**
 * The results as CSV for a spreadsheet: overall, each theme (score, target, gap), each
 * process step, then every question with its answer and comment. Scores are formatted
 * by `formatScore`, exactly as the screen shows them.
 */
export function assessmentResultsCsv(model: MaturityModel, scores: AssessmentScores, targets: AssessmentTargets, answers: AssessmentAnswers, language: 'nl' | 'en'): string {
  const part = PARTS[language];
  const label = (item: { label: { nl: string; en: string } } | undefined) => item?.label[language] ?? '';
  const rows: Array<Array<string | number | undefined>> = [[...HEADERS[language]]];
  rows.push([part.overall, '', '', '', '', formatScore(scores.overall, language), '', '', '']);
  for (const theme of model.themes) {
    const score = scores.byTheme[theme.id] ?? null;
    const target = targets[theme.id];
    const gap = score === null || target === undefined ? '' : formatScore(Math.max(0, target - score), language);
    rows.push([part.theme, label(theme), '', '', '', formatScore(score, language), target ?? '', gap, '']);
  }
  for (const step of model.steps) rows.push([part.step, '', label(step), '', '', formatScore(scores.byStep[step.id] ?? null, language), '', '', '']);
  for (const question of model.questions) {
    const answer = answers[question.id];
    const shown = answer === undefined ? '' : answer.kind === 'level' ? answer.level : answer.kind === 'notApplicable' ? `${part.notApplicable}: ${answer.justification}` : part.unknown;
    rows.push([
      part.question,
      label(model.themes.find((theme) => theme.id === question.theme)),
      label(model.steps.find((step) => step.id === question.step)),
      question.text[language],
      shown,
      '',
      '',
      '',
      answer?.note,
    ]);
  }
  return toCsv(rows, language);
}
