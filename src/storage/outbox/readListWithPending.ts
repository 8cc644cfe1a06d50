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

/** Options of {@link readListWithPending}. */
export interface ReadListWithPendingOptions<T> {
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
export async function readListWithPending<T>(options: ReadListWithPendingOptions<T>): Promise<ListWithPending<T>> {
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
  const items = [...pending, ...stored.items.filter((item) => !pendingIds.has(options.submissionIdOf(item)))];
  return { items, pendingIds, skipped: stored.skipped.length };
}
