/** CSV dialects: Dutch Excel expects `;` between fields (the comma is the decimal sign). */
export type CsvLanguage = 'nl' | 'en';

/** The field separator Excel expects for the language's locale. */
export function csvSeparator(language: CsvLanguage): string {
  return language === 'nl' ? ';' : ',';
}

function field(value: string | number | boolean | null | undefined, separator: string): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Formula injection: a cell starting with = + - @ is run by spreadsheets; prefix it.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * RFC 4180 CSV: fields quoted when they hold the separator, a quote or a line break;
 * CRLF line ends; a UTF-8 byte-order mark so Excel reads diacritics correctly. Cells that
 * would start a formula are prefixed with `'` (CSV injection).
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>, language: CsvLanguage): string {
  const separator = csvSeparator(language);
  return `\uFEFF${rows.map((row) => row.map((value) => field(value, separator)).join(separator)).join('\r\n')}\r\n`;
}
