const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * An ISO 8601 date(-time) in the form SharePoint returns through Graph:
 * UTC, whole seconds, `2024-05-01T09:30:00Z`. `undefined` when it is not a date.
 */
export function normalizeDateTime(value: string): string | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  return `${new Date(time).toISOString().slice(0, 19)}Z`;
}
