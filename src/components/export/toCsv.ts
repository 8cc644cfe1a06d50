/** CSV dialects: Dutch Excel expects `;` between fields (the comma is the decimal sign). */
export type CsvLanguage = 'nl' | 'en';

/** The field separator Excel expects for the language's locale. */
export function csvSeparator(language: CsvLanguage): string {
  return language === 'nl' ? ';' : ',';
}

/**
 * A text cell a spreadsheet could run as a formula (OWASP "CSV Injection"; ASVS 5.0
 * 1.2.10): one that starts with `= + - @`, also behind leading blanks (spaces, tabs, line
 * breaks, no-break spaces: `\s` covers U+00A0 and the other Unicode spaces) that
 * spreadsheets skip, or with their full-width forms `＝ ＋ － ＠` (U+FF1D, U+FF0B, U+FF0D,
 * U+FF20) that East Asian input methods type and Excel accepts; and any cell that starts with
 * a tab, carriage return, line feed or NUL, which OWASP and ASVS list on their own.
 */
const FORMULA_START = /^(?:[\s\0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n\0])/;

function field(value: string | number | boolean | null | undefined, separator: string): string {
  // A finite number is written as the number it is (`-3` stays a negative number a
  // spreadsheet can sum): it comes from our own code, never from a user. Everything
  // else is text, and text that could start a formula is prefixed with `'`.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180 CSV: fields quoted when they hold the separator, a quote or a line break;
 * CRLF line ends; a UTF-8 byte-order mark so Excel reads diacritics correctly. Text cells
 * that could start a formula are prefixed with `'` (CSV injection), numbers are written as
 * numbers: pass a numeric column as `number`, not as formatted text, to keep it numeric.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>, language: CsvLanguage): string {
  const separator = csvSeparator(language);
  return `\uFEFF${rows.map((row) => row.map((value) => field(value, separator)).join(separator)).join('\r\n')}\r\n`;
}
