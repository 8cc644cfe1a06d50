import type { ScoreSummary } from '../../../lists/assessmentAnswer';
import { trendOf } from './trendOf';

function summary(overall: number | null): ScoreSummary {
  return { overall, byTheme: { privacy: overall }, byStep: {}, answered: overall === null ? 0 : 1, total: 1 };
}

describe('trendOf', () => {
  it('orders by date oldest first, across time zones, keeping input order for equal dates', () => {
    const points = [
      { submittedOn: '2026-03-01T10:00:00Z', summary: summary(3) },
      { submittedOn: '2025-03-01T10:00:00+01:00', summary: summary(2) },
      { submittedOn: '2025-03-01T09:00:00Z', summary: summary(2.5) },
      { submittedOn: '2025-03-01T08:00:00-01:00', summary: summary(null) },
    ];
    expect(trendOf(points).map((point) => point.summary.overall)).toEqual([2, 2.5, null, 3]);
  });

  it('leaves out entries without a readable date and does not change its input', () => {
    const points = [
      { submittedOn: 'not a date', summary: summary(1) },
      { submittedOn: '2025-01-01T00:00:00Z', summary: summary(4) },
    ];
    expect(trendOf(points).map((point) => point.summary.overall)).toEqual([4]);
    expect(points).toHaveLength(2);
  });
});
