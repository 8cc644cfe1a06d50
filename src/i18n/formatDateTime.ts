/** The app shows every date and time in the Netherlands' time zone, whatever the device says. */
export const APP_TIME_ZONE = 'Europe/Amsterdam';

function toDate(value: Date | string): Date | undefined {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Date and time in Europe/Amsterdam for the host locale, e.g. `30 mrt 2026 11:00`; `''` for an invalid value. */
export function formatDateTime(value: Date | string, locale: string): string {
  const date = toDate(value);
  return date === undefined ? '' : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: APP_TIME_ZONE }).format(date);
}

/** The date alone, in Europe/Amsterdam. */
export function formatDate(value: Date | string, locale: string): string {
  const date = toDate(value);
  return date === undefined ? '' : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: APP_TIME_ZONE }).format(date);
}

/** The calendar day of `value` in Europe/Amsterdam as `YYYY-MM-DD` (for comparisons such as "overdue"). */
export function amsterdamDay(value: Date | string): string {
  const date = toDate(value);
  if (date === undefined) return '';
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: APP_TIME_ZONE }).format(date);
}
