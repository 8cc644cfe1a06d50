import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CliError, EXIT_CODES } from '../CliError';
import type { CatalogEntry, RejectedEntry } from './CatalogEntry';
import { csvRecordsToCatalogEntries } from './csvRecordsToCatalogEntries';
import { parseCsv } from './parseCsv';

/** What a catalog file holds: entries to validate, and rows already rejected while reading. */
export interface CatalogFile {
  readonly entries: readonly CatalogEntry[];
  readonly rejected: readonly RejectedEntry[];
}

/**
 * Reads a catalog: `.json` as `{ "instruments": [ {Graph field values} ] }` (the format
 * of config/catalog/instruments.json) or a bare array; `.csv` as Excel saves it. A file
 * that cannot be read at all is a usage error (exit 2) naming the file and the reason.
 */
export function readCatalogFile(file: string): CatalogFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error: unknown) {
    throw new CliError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, EXIT_CODES.usage);
  }
  const extension = extname(file).toLowerCase();
  try {
    if (extension === '.json') return readJsonCatalog(text);
    if (extension === '.csv' || extension === '.txt') return csvRecordsToCatalogEntries(parseCsv(text));
  } catch (error: unknown) {
    throw new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`, EXIT_CODES.usage);
  }
  throw new CliError(`${file}: a catalog is a .csv or .json file`, EXIT_CODES.usage);
}

function readJsonCatalog(text: string): CatalogFile {
  const parsed = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown;
  const list = Array.isArray(parsed) ? (parsed as unknown[]) : (parsed as { instruments?: unknown } | null)?.instruments;
  if (!Array.isArray(list)) throw new Error('the JSON holds neither an array nor an "instruments" array');
  const entries: CatalogEntry[] = [];
  const rejected: RejectedEntry[] = [];
  (list as unknown[]).forEach((item, index) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) entries.push({ row: index + 1, fields: withTextLink(item as Record<string, unknown>) });
    else rejected.push({ row: index + 1, key: undefined, reason: 'is not an object of field values' });
  });
  return { entries, rejected };
}

/**
 * Catalog files made before links became text columns hold `DocumentUrl` as a hyperlink
 * value `{Url, Description}`; it fills `DocumentLink` and `DocumentLabel` now, so an old
 * file imports with its links instead of silently without them.
 */
function withTextLink(fields: Record<string, unknown>): Record<string, unknown> {
  const legacy = fields['DocumentUrl'];
  if (typeof legacy !== 'object' || legacy === null || fields['DocumentLink'] !== undefined) return fields;
  const { DocumentUrl: _legacy, ...rest } = fields;
  const { Url: url, Description: description } = legacy as { Url?: unknown; Description?: unknown };
  return { ...rest, DocumentLink: url, ...(typeof description === 'string' && description.trim() !== '' ? { DocumentLabel: description } : {}) };
}
