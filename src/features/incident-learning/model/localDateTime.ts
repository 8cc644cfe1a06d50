/**
 * Moments as the forms hold them: `datetime-local` values (`YYYY-MM-DDTHH:MM`) in the
 * device's time zone, and ISO instants as SharePoint stores them.
 */

const pad = (value: number): string => String(value).padStart(2, '0');

/** An ISO instant as a `datetime-local` value in the device's time zone; undefined or unreadable is empty. */
export function isoToLocal(iso: string | undefined): string {
  if (iso === undefined) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A `datetime-local` value as an ISO instant; blank is `''`, and what cannot be read stays itself, so a check names it. */
export function localToIso(value: string): string {
  if (value.trim() === '') return '';
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}
