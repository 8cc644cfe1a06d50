import { field, type ListClient } from '../../graph';
import type { ListReadResult } from '../../lists/listReadResult';
import type { Outbox } from './createOutbox';

/** The eTag of an item that is only in the outbox: never valid for If-Match, so a write against it fails loudly. */
export const PENDING_ETAG = '"pending"';

/** Items of a list as the user should see them: what SharePoint has, plus what is still on its way. */
export interface ListWithPending<T> {
  readonly items: readonly T[];
  /** SubmissionIds of items that are only in the outbox so far. */
  readonly pendingIds: ReadonlySet<string>;
  /** Items SharePoint holds that could not be read (malformed): their number, for editors. */
  readonly skipped: number;
}

/** What every item of the app's lists carries (src/lists mappings). */
interface StoredItem {
  readonly lastModified: string;
}

/**
 * One item per SubmissionId, the most recently changed. Lists where each user reads only
 * their own items (and Actions) cannot enforce unique values in SharePoint (decision 2), so
 * two devices of one user creating the same item at once can leave two; the newest wins,
 * as a second write to one item would have.
 */
function newestPerSubmissionId<T extends StoredItem>(items: readonly T[], submissionIdOf: (item: T) => string): readonly T[] {
  const newest = new Map<string, T>();
  for (const item of items) {
    const key = submissionIdOf(item);
    const seen = newest.get(key);
    if (seen === undefined || item.lastModified > seen.lastModified) newest.set(key, item);
  }
  return newest.size === items.length ? items : [...newest.values()];
}

/** Options of {@link readListWithPending}. */
export interface ReadListWithPendingOptions<T extends StoredItem> {
  readonly lists: ListClient;
  readonly outbox: Outbox;
  readonly list: string;
  readonly select: readonly string[];
  readonly read: (rawItems: readonly unknown[]) => ListReadResult<T>;
  readonly submissionIdOf: (item: T) => string;
  /** Only items whose (indexed) column equals the value, stored and pending alike. */
  readonly where?: { readonly column: string; readonly equals: string };
}

/**
 * Reads a list and lays the outbox's pending submissions for it over the result, so a
 * case reported a second ago (or offline) shows at once; a pending change wins over the
 * stored item with the same SubmissionId because it is newer. When SharePoint cannot be
 * reached the pending items still show, and the error is rethrown only when there is
 * nothing at all to show.
 */
export async function readListWithPending<T extends StoredItem>(options: ReadListWithPendingOptions<T>): Promise<ListWithPending<T>> {
  const { where } = options;
  const pendingSubmissions = (await options.outbox.pending()).filter(
    (submission) => submission.list === options.list && (where === undefined || submission.fields[where.column] === where.equals),
  );
  const now = new Date().toISOString();
  const pending = options.read(
    pendingSubmissions.map((submission) => ({ id: `pending-${submission.submissionId}`, eTag: PENDING_ETAG, lastModifiedDateTime: now, fields: submission.fields })),
  ).items;
  const pendingIds = new Set(pending.map(options.submissionIdOf));
  let stored: ListReadResult<T>;
  try {
    const filter = where === undefined ? {} : { filter: field(where.column).eq(where.equals) };
    stored = options.read(await options.lists.listItems(options.list, { select: options.select, top: 5000, ...filter }));
  } catch (error: unknown) {
    if (pending.length === 0) throw error;
    return { items: pending, pendingIds, skipped: 0 };
  }
  const items = [...pending, ...newestPerSubmissionId(stored.items, options.submissionIdOf).filter((item) => !pendingIds.has(options.submissionIdOf(item)))];
  return { items, pendingIds, skipped: stored.skipped.length };
}
