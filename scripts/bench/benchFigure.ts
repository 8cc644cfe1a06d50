/**
 * A budget: an upper limit on the figure, or a yes/no the figure must equal.
 * Budgets come from DESIGN.md "Budgets"; figures without one are reported for information.
 */
export type Budget = { readonly max: number } | { readonly equals: boolean };

/** pass/over against the budget; `info` has no budget; `n/a` could not be measured. */
export type FigureStatus = 'pass' | 'over' | 'info' | 'n/a';

/** One measured figure as written to bench/results.json. */
export interface BenchFigure {
  readonly id: string;
  readonly name: string;
  /** The median of `runs` (or the single measurement); null when not measured. */
  readonly value: number | boolean | null;
  readonly unit: string;
  readonly budget: Budget | null;
  readonly status: FigureStatus;
  /** Every measured run after the warm-up, in order. */
  readonly runs: readonly (number | boolean)[];
  /** Why it is n/a, or what the figure is made of. */
  readonly note?: string;
}

/** What a measurement module knows about a figure before its value is in. */
export interface FigureSpec {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly budget: Budget | null;
}

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (`p` in 0..100); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 50 && sorted.length % 2 === 0) {
    const upper = sorted.length / 2;
    return ((sorted[upper - 1] ?? 0) + (sorted[upper] ?? 0)) / 2;
  }
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Rounds to `decimals` places so results.json stays readable. */
export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function statusOf(value: number | boolean, budget: Budget | null): FigureStatus {
  if (budget === null) return 'info';
  if ('max' in budget) return typeof value === 'number' && value <= budget.max ? 'pass' : 'over';
  return value === budget.equals ? 'pass' : 'over';
}

/**
 * A measured figure: `value` defaults to the median of numeric runs; a yes/no figure is
 * yes only if every run said yes.
 */
export function measuredFigure(spec: FigureSpec, runs: readonly number[] | readonly boolean[], options: { value?: number | boolean; note?: string } = {}): BenchFigure {
  const value = options.value ?? summarise(runs);
  return {
    ...spec,
    value: typeof value === 'number' ? round(value, 2) : value,
    status: statusOf(value, spec.budget),
    runs: runs.map((run) => (typeof run === 'number' ? round(run, 2) : run)),
    ...(options.note === undefined ? {} : { note: options.note }),
  };
}

function summarise(runs: readonly number[] | readonly boolean[]): number | boolean {
  if (runs.length === 0) throw new Error('A measured figure needs at least one run.');
  // Yes/no figures are phrased so that yes is good: one "no" run makes the figure "no".
  if (typeof runs[0] === 'boolean') return (runs as readonly boolean[]).every(Boolean);
  return median(runs as readonly number[]);
}

/** A figure that could not be measured, with the reason ("n/a: <reason>"). */
export function notMeasured(spec: FigureSpec, reason: string): BenchFigure {
  return { ...spec, value: null, status: 'n/a', runs: [], note: reason };
}
