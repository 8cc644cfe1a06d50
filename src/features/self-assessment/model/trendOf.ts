import type { ScoreSummary } from '../../../lists/assessmentAnswer';

/** One finalised assessment on the trend line. */
export interface TrendPoint {
  /** ISO 8601 date-time the assessment was finalised. */
  readonly submittedOn: string;
  readonly summary: ScoreSummary;
}

/**
 * Earlier assessments of the same scope, oldest first, for the trend view. Entries whose
 * date cannot be read are left out rather than placed at a guessed position; equal dates
 * keep their input order so the line does not jump between renders.
 */
export function trendOf(summaries: ReadonlyArray<TrendPoint>): TrendPoint[] {
  return summaries
    .map((point, order) => ({ point, order, time: Date.parse(point.submittedOn) }))
    .filter((entry) => !Number.isNaN(entry.time))
    .sort((a, b) => a.time - b.time || a.order - b.order)
    .map((entry) => entry.point);
}
