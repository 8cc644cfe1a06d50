import { parseInstrumentItem } from '../../../src/lists/instrumentMapping';
import type { InstrumentDraft } from '../../../src/lists/instrumentMapping';
import { instrumentDraftOf } from './instrumentDraftOf';
import type { CatalogEntry, RejectedEntry } from './CatalogEntry';

/** An entry that passed validation, ready to write. */
export interface ValidEntry {
  readonly row: number;
  readonly draft: InstrumentDraft;
}

/** The outcome of validating a catalog. */
export interface CatalogValidation {
  readonly valid: readonly ValidEntry[];
  readonly rejected: readonly RejectedEntry[];
}

/**
 * Validates entries with the same zod schema the app reads the Instruments list with
 * (src/lists/instrumentMapping), so nothing goes in that the app would skip. A key
 * used twice (compared case-insensitively, as SharePoint's unique check does) rejects
 * the later rows.
 */
export function validateCatalogEntries(entries: readonly CatalogEntry[]): CatalogValidation {
  const valid: ValidEntry[] = [];
  const rejected: RejectedEntry[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (const entry of entries) {
    const rawKey = entry.fields['InstrumentKey'];
    const key = typeof rawKey === 'string' && rawKey.trim() !== '' ? rawKey.trim() : undefined;
    const parsed = parseInstrumentItem({ id: `row-${entry.row}`, eTag: 'catalog', lastModifiedDateTime: '1970-01-01T00:00:00Z', fields: entry.fields });
    if (!parsed.ok) {
      rejected.push({ row: entry.row, key, reason: parsed.reason });
      continue;
    }
    const normalisedKey = parsed.value.key.trim().toLowerCase();
    const earlier = firstRowOfKey.get(normalisedKey);
    if (earlier !== undefined) {
      rejected.push({ row: entry.row, key, reason: `InstrumentKey: "${parsed.value.key}" is already used in row ${earlier}` });
      continue;
    }
    firstRowOfKey.set(normalisedKey, entry.row);
    const draft = instrumentDraftOf(parsed.value);
    valid.push({ row: entry.row, draft: { ...draft, key: draft.key.trim() } });
  }
  return { valid, rejected };
}
