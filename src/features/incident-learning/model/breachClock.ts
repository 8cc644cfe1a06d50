/** The AVG (GDPR art. 33) window for notifying the Autoriteit Persoonsgegevens. */
export const BREACH_NOTIFICATION_HOURS = 72;

const HOUR_MS = 3_600_000;

/**
 * The notification deadline: 72 hours of elapsed time after the institution became
 * aware, weekends and holidays included. Elapsed time, not wall-clock time: across a
 * daylight-saving change the deadline's Amsterdam clock time shifts by an hour.
 */
export function breachNotificationDeadline(awareAt: Date): Date {
  return new Date(awareAt.getTime() + BREACH_NOTIFICATION_HOURS * HOUR_MS);
}

/** Where a breach stands against its deadline. */
export interface BreachClock {
  readonly deadline: Date;
  /** Negative once overdue. */
  readonly remainingMs: number;
  readonly overdue: boolean;
  /** What is left (or, when overdue, how long ago it passed), whole minutes. */
  readonly parts: { readonly days: number; readonly hours: number; readonly minutes: number };
}

/** The countdown shown on a breach record. */
export function breachClock(awareAt: Date, now: Date): BreachClock {
  const deadline = breachNotificationDeadline(awareAt);
  const remainingMs = deadline.getTime() - now.getTime();
  const totalMinutes = Math.floor(Math.abs(remainingMs) / 60_000);
  return {
    deadline,
    remainingMs,
    overdue: remainingMs <= 0,
    parts: { days: Math.floor(totalMinutes / 1440), hours: Math.floor((totalMinutes % 1440) / 60), minutes: totalMinutes % 60 },
  };
}
