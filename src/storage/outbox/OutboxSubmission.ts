/** One item to write to a SharePoint list, identified by its client-generated SubmissionId. */
export interface OutboxSubmission {
  /** Display name of the list. */
  readonly list: string;
  /** The item's SubmissionId (also inside `fields`): the outbox upserts by it, so a retry never duplicates. */
  readonly submissionId: string;
  /** The Graph `fields` object to write (as the `toXFields` mappers of src/lists produce it). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Where an item landed in SharePoint. */
export interface SentItem {
  readonly id: string;
  readonly eTag: string | undefined;
}

/**
 * Writes one submission to Graph and says where it landed. `known` is where an earlier
 * submission with the same SubmissionId landed, when the outbox remembers it.
 */
export type OutboxSender = (submission: OutboxSubmission, known: SentItem | undefined) => Promise<SentItem>;

/**
 * - `idle`: nothing waiting;
 * - `sending`: writing to SharePoint now;
 * - `waiting`: the last try failed (throttled, dropped connection, signed out); trying again soon;
 * - `offline`: the browser is offline; sends when it is back;
 * - `blocked`: SharePoint refused an item (no permission, invalid data); it is kept, not lost.
 */
export type OutboxState = 'idle' | 'sending' | 'waiting' | 'offline' | 'blocked';

/** What the UI shows about unsent work. */
export interface OutboxStatus {
  readonly state: OutboxState;
  /** Submissions not yet in SharePoint (refused ones included). */
  readonly pending: number;
  /** Submissions SharePoint refused; they stay until retried. */
  readonly refused: number;
  /** The last failure, for the user-facing message (by kind) and for developers. */
  readonly lastError?: { readonly kind: string; readonly message: string };
  /** False when the outbox lives in memory only (no IndexedDB): a reload would lose unsent work. */
  readonly durable: boolean;
}
