import { whistleblowerClocks } from './whistleblowerClocks';

function amsterdam(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const deadlines = (report: { receivedOn?: string; acknowledgedOn?: string; feedbackOn?: string }, now = '2026-01-01T00:00:00Z') =>
  (whistleblowerClocks(report, new Date(now)) ?? []).map((clock) => `${clock.step} ${amsterdam(clock.deadline)}${clock.overdue ? ' overdue' : ''}`);

describe('the Wet bescherming klokkenluiders clocks', () => {
  it('give seven days for the acknowledgement and three months from it for feedback', () => {
    expect(deadlines({ receivedOn: '2026-11-02T08:00:00Z', acknowledgedOn: '2026-11-04T10:00:00Z' })).toEqual(['acknowledgement 2026-11-09 09:00', 'feedback 2027-02-04 11:00']);
  });

  it('count the three months from the end of the seven days when no acknowledgement was sent', () => {
    expect(deadlines({ receivedOn: '2026-11-02T08:00:00Z' }, '2026-11-09T08:00:01Z')).toEqual(['acknowledgement 2026-11-09 09:00 overdue', 'feedback 2027-02-09 09:00']);
  });

  it('count calendar days in Amsterdam across the autumn DST change, and months to the last day of a shorter month', () => {
    // Received Friday 2026-10-23 10:00 CEST; the clocks go back on Sunday: still 10:00 a week later.
    expect(deadlines({ receivedOn: '2026-10-23T08:00:00Z' })[0]).toBe('acknowledgement 2026-10-30 10:00');
    // Acknowledged 30 November: feedback is due on the last day of February.
    expect(deadlines({ receivedOn: '2026-11-25T08:00:00Z', acknowledgedOn: '2026-11-30T12:00:00Z' })[1]).toBe('feedback 2027-02-28 13:00');
  });

  it('mark a step overdue from the first moment after its deadline until it is done, and wait for a receipt time', () => {
    const at = (now: string, acknowledgedOn?: string) =>
      whistleblowerClocks({ receivedOn: '2026-11-02T08:00:00Z', ...(acknowledgedOn === undefined ? {} : { acknowledgedOn }) }, new Date(now))?.[0]?.overdue;
    expect(at('2026-11-09T08:00:00Z')).toBe(false);
    expect(at('2026-11-09T08:00:01Z')).toBe(true);
    expect(at('2026-11-10T08:00:00Z', '2026-11-08T08:00:00Z')).toBe(false);
    expect(whistleblowerClocks({}, new Date())).toBeUndefined();
  });
});
