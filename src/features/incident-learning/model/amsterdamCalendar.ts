import { APP_TIME_ZONE } from '../../../i18n';

/** The wall-clock parts of an instant in Europe/Amsterdam. */
function amsterdamParts(instant: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: APP_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Amsterdam's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function amsterdamOffsetMs(instant: Date): number {
  const wall = amsterdamParts(instant);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The same Amsterdam wall-clock time some calendar months and days later, as the law
 * counts "within seven days" or "within three months": a month ending on the 31st lands on
 * the last day of a shorter month, and across a daylight-saving change the clock time
 * stays while the elapsed hours differ by one.
 */
export function addInAmsterdam(instant: Date, add: { readonly months?: number; readonly days?: number }): Date {
  const wall = amsterdamParts(instant);
  const monthIndex = wall.month - 1 + (add.months ?? 0);
  const lastDay = new Date(Date.UTC(wall.year, monthIndex + 1, 0)).getUTCDate();
  const wallUtc = Date.UTC(wall.year, monthIndex, Math.min(wall.day, lastDay) + (add.days ?? 0), wall.hour, wall.minute, wall.second, instant.getUTCMilliseconds());
  // Guess with the offset of the wall time, then correct once: the offset may differ at the target.
  const first = wallUtc - amsterdamOffsetMs(new Date(wallUtc));
  return new Date(wallUtc - amsterdamOffsetMs(new Date(first)));
}
