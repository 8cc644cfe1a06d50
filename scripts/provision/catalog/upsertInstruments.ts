import type { ListBatchOperation, ListClient, ListItem } from '../../../src/graph';
import { INSTRUMENT_SELECT, parseInstrumentItem, toInstrumentFields } from '../../../src/lists/instrumentMapping';
import type { InstrumentDraft } from '../../../src/lists/instrumentMapping';
import { sameRichText } from '../../../src/lists/sharePointRichText';
import { instrumentDraftOf } from './instrumentDraftOf';
import { instrumentsList } from '../../../src/lists/schemas';
import type { ValidEntry } from './validateCatalogEntries';

/** What an upsert did (or, in a dry run, would do). */
export interface UpsertOutcome {
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Writes Graph refused, by key; a rerun tries them again. */
  readonly failed: readonly { readonly key: string; readonly row: number; readonly reason: string }[];
}

interface ExistingInstrument {
  readonly id: string;
  readonly eTag: string | undefined;
  /** The instrument as read, or undefined when the item cannot be read as an instrument (then it is repaired). */
  readonly draft: InstrumentDraft | undefined;
}

/**
 * Upserts instruments by InstrumentKey: reads the list once (selected fields only),
 * creates missing keys, updates changed ones (`If-Match` on the eTag read, so a
 * concurrent edit is reported, not overwritten), leaves equal ones alone. Writes go as
 * `$batch` requests through src/graph, which repeats throttled sub-requests; a create
 * repeated after a lost answer meets the unique key and counts as created.
 */
export async function upsertInstruments(lists: ListClient, entries: readonly ValidEntry[], options: { readonly dryRun: boolean }): Promise<UpsertOutcome> {
  const existing = await readExisting(lists);
  const created: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const failed: { key: string; row: number; reason: string }[] = [];
  const operations: ListBatchOperation[] = [];
  const pending: { entry: ValidEntry; kind: 'create' | 'update' }[] = [];
  for (const entry of entries) {
    const found = existing.get(entry.draft.key.toLowerCase());
    if (found === undefined) {
      pending.push({ entry, kind: 'create' });
      operations.push({ kind: 'create', list: instrumentsList.displayName, fields: toInstrumentFields(entry.draft, 'create'), idempotent: true });
    } else if (found.draft !== undefined && sameInstrument(found.draft, entry.draft)) {
      unchanged.push(entry.draft.key);
    } else {
      pending.push({ entry, kind: 'update' });
      operations.push({
        kind: 'update',
        list: instrumentsList.displayName,
        id: found.id,
        fields: toInstrumentFields(entry.draft, 'update'),
        ...(found.eTag === undefined ? {} : { ifMatch: found.eTag }),
      });
    }
  }
  if (options.dryRun) {
    for (const { entry, kind } of pending) (kind === 'create' ? created : updated).push(entry.draft.key);
    return { created, updated, unchanged, failed };
  }
  const results = operations.length === 0 ? [] : await lists.batch(operations);
  pending.forEach(({ entry, kind }, index) => {
    const result = results[index];
    const key = entry.draft.key;
    if (result === undefined) failed.push({ key, row: entry.row, reason: 'no answer from Graph' });
    else if (result.error === undefined || (kind === 'create' && result.status === 409)) (kind === 'create' ? created : updated).push(key);
    else if (result.status === 412 || (result.status === 409 && result.error.code === 'resourceModified')) failed.push({ key, row: entry.row, reason: 'changed by someone else while importing; run the import again' });
    else failed.push({ key, row: entry.row, reason: `${result.status} ${result.error.code}: ${result.error.message}` });
  });
  return { created, updated, unchanged, failed };
}

async function readExisting(lists: ListClient): Promise<Map<string, ExistingInstrument>> {
  const items = await lists.listItems(instrumentsList.displayName, { select: [...INSTRUMENT_SELECT] });
  const byKey = new Map<string, ExistingInstrument>();
  for (const item of items) {
    const rawKey = item.fields['InstrumentKey'];
    if (typeof rawKey !== 'string' || rawKey.trim() === '') continue;
    const parsed = parseInstrumentItem(toRawItem(item));
    byKey.set(rawKey.trim().toLowerCase(), { id: item.id, eTag: item.eTag, draft: parsed.ok ? instrumentDraftOf(parsed.value) : undefined });
  }
  return byKey;
}

function toRawItem(item: ListItem): Record<string, unknown> {
  return {
    id: item.id,
    fields: item.fields,
    ...(item.eTag === undefined ? {} : { eTag: item.eTag }),
    ...(item.lastModifiedDateTime === undefined ? {} : { lastModifiedDateTime: item.lastModifiedDateTime }),
  };
}

/**
 * Nothing to change: the fields an update would write are equal, the body compared as
 * SharePoint stores rich text (wrapped and re-serialised on save), so a second import of
 * the same file rewrites nothing.
 */
function sameInstrument(stored: InstrumentDraft, wanted: InstrumentDraft): boolean {
  const comparable = (draft: InstrumentDraft) => JSON.stringify(toInstrumentFields({ ...draft, bodyHtml: '' }, 'update'));
  return comparable(stored) === comparable(wanted) && sameRichText(stored.bodyHtml, wanted.bodyHtml);
}
