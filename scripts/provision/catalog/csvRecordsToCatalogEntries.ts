import { INSTRUMENT_SELECT } from '../../../src/lists/instrumentMapping';
import type { CatalogEntry, RejectedEntry } from './CatalogEntry';
import type { CsvTable } from './parseCsv';

/**
 * Columns a catalog CSV may have: the Instruments list's internal names, plus the names
 * of catalog files made before links became text columns (`DocumentUrl` and
 * `DocumentDescription`, read as `DocumentLink` and `DocumentLabel`).
 */
export const CSV_COLUMNS = [...INSTRUMENT_SELECT, 'DocumentUrl', 'DocumentDescription'] as const;

/** Headers of older catalog files and the column they fill now. */
const RENAMED_COLUMNS: Readonly<Record<string, string>> = { DocumentUrl: 'DocumentLink', DocumentDescription: 'DocumentLabel' };

const MULTI_VALUE_COLUMNS = new Set(['Themes', 'ProcessSteps', 'Audience']);
/** Inside one cell, several values are separated by `|` or `;` (ids never contain either). */
const VALUE_SEPARATOR = /[|;]/;

/** The entries of a CSV catalog, or the rows that could not even be read as an entry. */
export interface CsvCatalog {
  readonly entries: readonly CatalogEntry[];
  readonly rejected: readonly RejectedEntry[];
}

/**
 * Maps CSV records to Graph field values: headers name columns case-insensitively
 * (unknown headers are an error: a typo must not drop a column silently); multi-choice
 * cells and Tags split on `|` or `;`; `PublishedOn` accepts `2024-03-14`, `14-03-2024` or ISO date-time;
 * empty `Status` means `published`. Empty cells are left out.
 */
export function csvRecordsToCatalogEntries(table: CsvTable): CsvCatalog {
  const columns = table.header.map((name) => CSV_COLUMNS.find((known) => known.toLowerCase() === name.toLowerCase()));
  const unknown = table.header.filter((_, index) => columns[index] === undefined && table.header[index] !== '');
  if (unknown.length > 0) {
    throw new Error(`unknown column${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')} in the header; known columns: ${CSV_COLUMNS.join(', ')}`);
  }
  if (!columns.includes('InstrumentKey')) throw new Error('the header has no InstrumentKey column');
  const entries: CatalogEntry[] = [];
  const rejected: RejectedEntry[] = [];
  for (const record of table.records) {
    const cells = new Map<string, string>();
    record.cells.forEach((cell, index) => {
      const column = columns[index];
      if (column !== undefined && cell.trim() !== '') cells.set(column, cell.trim());
    });
    if (record.cells.length > table.header.length && record.cells.slice(table.header.length).some((cell) => cell.trim() !== '')) {
      rejected.push({ row: record.row, key: cells.get('InstrumentKey'), reason: `has ${record.cells.length} cells but the header has ${table.header.length} (a separator inside an unquoted value?)` });
      continue;
    }
    const published = cells.has('PublishedOn') ? normaliseDate(cells.get('PublishedOn') ?? '') : undefined;
    if (published === null) {
      rejected.push({ row: record.row, key: cells.get('InstrumentKey'), reason: `PublishedOn: "${cells.get('PublishedOn') ?? ''}" is not a date (use 2024-03-14)` });
      continue;
    }
    entries.push({ row: record.row, fields: toFields(cells, published) });
  }
  return { entries, rejected };
}

function toFields(cells: ReadonlyMap<string, string>, published: string | undefined): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [column, value] of cells) {
    if (column === 'PublishedOn') continue;
    if (MULTI_VALUE_COLUMNS.has(column)) fields[column] = splitValues(value);
    else if (column === 'Tags') fields[column] = splitValues(value).join(';');
    else fields[RENAMED_COLUMNS[column] ?? column] = value;
  }
  if (published !== undefined) fields['PublishedOn'] = published;
  fields['Status'] ??= 'published';
  return fields;
}

function splitValues(value: string): string[] {
  return value
    .split(VALUE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** ISO date-time in UTC, or null when the text is no date. */
function normaliseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  let candidate: string;
  if (iso !== null) candidate = `${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z`;
  else if (dutch !== null) candidate = `${dutch[3]}-${(dutch[2] ?? '').padStart(2, '0')}-${(dutch[1] ?? '').padStart(2, '0')}T00:00:00Z`;
  else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return Number.isNaN(Date.parse(text)) ? null : text;
  else return null;
  const parsed = new Date(candidate);
  // Reject 31-02-2024 and the like, which Date would roll over into March.
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== candidate.slice(0, 10) ? null : candidate;
}
