import type { BenchFigure, Budget } from './benchFigure';

/** The budget as people read it, e.g. `<= 250 KB`, `= yes`, `-`. */
export function formatBudget(budget: Budget | null, unit: string): string {
  if (budget === null) return '-';
  if ('max' in budget) return `<= ${formatNumber(budget.max)}${unitSuffix(unit)}`;
  return `= ${budget.equals ? 'yes' : 'no'}`;
}

/** The value with its unit, or `n/a`. */
export function formatValue(figure: BenchFigure): string {
  if (figure.value === null) return 'n/a';
  if (typeof figure.value === 'boolean') return figure.value ? 'yes' : 'no';
  return `${formatNumber(figure.value)}${unitSuffix(figure.unit)}`;
}

const RESULT_TEXT: Readonly<Record<BenchFigure['status'], string>> = { pass: 'pass', over: '**over**', info: 'info', 'n/a': 'n/a' };

/** A Markdown table of every figure: value, budget, pass/over and how it was made. */
export function formatResultsTable(figures: readonly BenchFigure[]): string {
  const rows = figures.map((figure) => {
    const notes = [runsText(figure.runs), figure.note ?? '']
      .filter((part) => part !== '')
      .join('; ');
    const value = figure.status === 'n/a' ? `n/a: ${figure.note ?? 'not measured'}` : formatValue(figure);
    return [figure.name, value, formatBudget(figure.budget, figure.unit), RESULT_TEXT[figure.status], figure.status === 'n/a' ? '' : notes];
  });
  const header = ['figure', 'value', 'budget', 'result', 'runs / notes'];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.map(escapeCell).join(' | ')} |`).join('\n');
}

/** Up to ten runs are listed; more (e.g. keystrokes) are summarised as a count and range. */
function runsText(runs: BenchFigure['runs']): string {
  if (runs.length <= 1) return '';
  const numbers = runs.filter((run): run is number => typeof run === 'number');
  if (runs.length > 10 && numbers.length === runs.length) return `${runs.length} samples, ${formatNumber(Math.min(...numbers))}-${formatNumber(Math.max(...numbers))}`;
  return `runs: ${runs.map((run) => (typeof run === 'boolean' ? (run ? 'yes' : 'no') : formatNumber(run))).join(', ')}`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function unitSuffix(unit: string): string {
  if (unit === '' || unit === 'count' || unit === 'yes/no') return '';
  if (unit === '×' || unit === '%') return unit;
  return ` ${unit}`;
}

/** English number format: thousands separated by commas, at most two decimals. */
function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
