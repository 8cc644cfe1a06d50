import { isoToLocal } from './localDateTime';
import { addInAmsterdam } from './amsterdamCalendar';
import { cyberIncidentClocks } from './cyberIncidentClocks';
import { checkCyberIncidentEdit, cyberIncidentEditOf, type CyberIncidentEdit } from './cyberIncidentEdit';

/** Amsterdam wall-clock time of an instant, as `YYYY-MM-DD HH:mm`. */
function amsterdam(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const deadlines = (awareOn: string, more: { notificationOn?: string } = {}) =>
  (cyberIncidentClocks({ awareOn, ...more }, new Date(awareOn)) ?? []).map((clock) => `${clock.step} ${amsterdam(clock.deadline)}`);

describe('the Cyberbeveiligingswet clocks', () => {
  it('give 24 hours for the early warning, 72 for the notification, and a month after the notification for the final report', () => {
    // Aware Monday 2026-11-02 09:00 CET (08:00 UTC); notified Wednesday 14:00.
    expect(deadlines('2026-11-02T08:00:00Z', { notificationOn: '2026-11-04T13:00:00Z' })).toEqual(['earlyWarning 2026-11-03 09:00', 'notification 2026-11-05 09:00', 'finalReport 2026-12-04 14:00']);
    // Not notified yet: the month counts from the latest moment the notification may come.
    expect(deadlines('2026-11-02T08:00:00Z')).toEqual(['earlyWarning 2026-11-03 09:00', 'notification 2026-11-05 09:00', 'finalReport 2026-12-05 09:00']);
  });

  it('count elapsed hours across the spring DST change, and a calendar month in Amsterdam time', () => {
    // Aware Saturday 2026-03-28 10:00 CET; the clocks go forward that night.
    expect(deadlines('2026-03-28T09:00:00Z')).toEqual(['earlyWarning 2026-03-29 11:00', 'notification 2026-03-31 11:00', 'finalReport 2026-04-30 11:00']);
    // Notified 2026-03-10 10:00 CET: the final report is due 2026-04-10 10:00 CEST, 743 elapsed hours later, not 744.
    const notified = new Date('2026-03-10T09:00:00Z');
    const due = addInAmsterdam(notified, { months: 1 });
    expect(amsterdam(due)).toBe('2026-04-10 10:00');
    expect((due.getTime() - notified.getTime()) / 3_600_000).toBe(31 * 24 - 1);
  });

  it('end a month on the last day of a shorter month, across the year end and the autumn DST change', () => {
    expect(amsterdam(addInAmsterdam(new Date('2026-01-31T11:00:00Z'), { months: 1 }))).toBe('2026-02-28 12:00');
    expect(amsterdam(addInAmsterdam(new Date('2026-12-15T08:00:00Z'), { months: 1 }))).toBe('2027-01-15 09:00');
    expect(amsterdam(addInAmsterdam(new Date('2026-10-10T08:00:00Z'), { months: 1 }))).toBe('2026-11-10 10:00');
  });

  it('mark a step overdue from the first moment after its deadline, until it is done', () => {
    const aware = '2026-11-02T08:00:00Z';
    const at = (now: string, done: { earlyWarningOn?: string } = {}) => cyberIncidentClocks({ awareOn: aware, ...done }, new Date(now))?.find((clock) => clock.step === 'earlyWarning')?.overdue;
    expect(at('2026-11-03T08:00:00Z')).toBe(false);
    expect(at('2026-11-03T08:00:01Z')).toBe(true);
    expect(at('2026-11-04T08:00:00Z', { earlyWarningOn: '2026-11-03T09:00:00Z' })).toBe(false);
  });

  it('run only once the moment of awareness is known', () => {
    expect(cyberIncidentClocks({}, new Date())).toBeUndefined();
    expect(cyberIncidentClocks({ awareOn: 'gisteren' }, new Date())).toBeUndefined();
  });
});

describe('the Cbw part of the case editor', () => {
  const now = new Date('2026-11-06T10:00:00Z');
  const blank = cyberIncidentEditOf({});

  it('asks a significant incident for the moment of awareness, and refuses a moment in the future', () => {
    const problems = (edit: CyberIncidentEdit) => {
      const check = checkCyberIncidentEdit(edit, now);
      return check.ok ? [] : check.problems.map((problem) => `${problem.path}:${problem.code}`);
    };
    expect(problems({ ...blank, significant: true })).toEqual(['cyber.awareOn:cyberAwarenessRequired']);
    expect(problems({ ...blank, significant: true, awareOn: isoToLocal('2026-11-05T08:00:00Z'), earlyWarningOn: isoToLocal('2026-11-07T08:00:00Z') })).toEqual(['cyber.earlyWarningOn:inFuture']);
  });

  it('stores the moments as instants and reads them back', () => {
    const check = checkCyberIncidentEdit({ ...blank, significant: true, awareOn: isoToLocal('2026-11-05T08:00:00Z'), notificationOn: isoToLocal('2026-11-06T09:00:00Z') }, now);
    expect(check).toEqual({ ok: true, value: { significant: true, awareOn: '2026-11-05T08:00:00.000Z', notificationOn: '2026-11-06T09:00:00.000Z' } });
    if (!check.ok) throw new Error('unreachable');
    expect(cyberIncidentEditOf({ cyberIncident: check.value })).toEqual({ ...blank, significant: true, awareOn: isoToLocal('2026-11-05T08:00:00Z'), notificationOn: isoToLocal('2026-11-06T09:00:00Z') });
  });
});
