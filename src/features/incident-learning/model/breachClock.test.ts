import { formatDateTime } from '../../../i18n';
import { breachClock, breachNotificationDeadline } from './breachClock';

/** Amsterdam wall-clock time of an instant, as `YYYY-MM-DD HH:mm`. */
function amsterdam(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

describe('breachNotificationDeadline', () => {
  it('counts 72 elapsed hours across the spring DST change (clock +1 h)', () => {
    // 2026-03-27 10:00 CET = 09:00 UTC; DST starts 2026-03-29 02:00.
    const deadline = breachNotificationDeadline(new Date('2026-03-27T09:00:00Z'));
    expect(amsterdam(deadline)).toBe('2026-03-30 11:00');
  });

  it('counts 72 elapsed hours across the autumn DST change (clock -1 h)', () => {
    // 2026-10-23 10:00 CEST = 08:00 UTC; DST ends 2026-10-25 03:00.
    const deadline = breachNotificationDeadline(new Date('2026-10-23T08:00:00Z'));
    expect(amsterdam(deadline)).toBe('2026-10-26 09:00');
  });

  it('runs through the weekend: aware Friday evening, deadline Monday evening', () => {
    const deadline = breachNotificationDeadline(new Date('2026-11-27T17:30:00Z')); // Friday 18:30 CET
    expect(amsterdam(deadline)).toBe('2026-11-30 18:30');
    expect(formatDateTime(deadline, 'nl-NL')).toContain('18:30');
  });
});

describe('breachClock', () => {
  const aware = new Date('2026-11-27T17:30:00Z');
  it('counts down in days, hours and minutes', () => {
    const clock = breachClock(aware, new Date('2026-11-28T20:00:00Z'));
    expect(clock.overdue).toBe(false);
    expect(clock.parts).toEqual({ days: 1, hours: 21, minutes: 30 });
  });

  it('says overdue once the deadline has passed, and by how much', () => {
    const clock = breachClock(aware, new Date('2026-11-30T19:45:00Z'));
    expect(clock.overdue).toBe(true);
    expect(clock.remainingMs).toBeLessThan(0);
    expect(clock.parts).toEqual({ days: 0, hours: 2, minutes: 15 });
  });
});
