import { isGraphError } from '../../graph';
import type { KeyValueStore } from '../KeyValueStore';
import type { OutboxSender, OutboxState, OutboxStatus, OutboxSubmission, SentItem } from './OutboxSubmission';
import { optionalEntry } from '../../lists/optionalEntry';

/** The durable queue of writes to SharePoint; see {@link createOutbox}. */
export interface Outbox {
  /**
   * Stores the submission durably at once, then sends it. A pending submission with the
   * same list and SubmissionId is replaced (the latest fields win). Resolves when stored
   * locally, not when sent: nothing the user typed waits on the network.
   */
  submit(submission: OutboxSubmission): Promise<void>;
  /** Tries to send everything now (refused items too); resolves when the queue is empty or has to wait. */
  flush(): Promise<void>;
  /** Submissions not yet in SharePoint. */
  pending(): Promise<readonly OutboxSubmission[]>;
  /** The submissions SharePoint refused, with why: the user can read, copy and discard them. */
  refused(): Promise<readonly RefusedSubmission[]>;
  /**
   * Removes a refused submission from this device, at the user's request: the only way
   * anything leaves the outbox unsent. A submission that was not refused stays.
   */
  discard(list: string, submissionId: string): Promise<void>;
  /** Where a sent submission landed, when this browser sent it. */
  sentItem(list: string, submissionId: string): SentItem | undefined;
  status(): OutboxStatus;
  /** Calls `listener` on every status change; returns the unsubscribe function. */
  subscribe(listener: (status: OutboxStatus) => void): () => void;
  /** Stops timers and listeners (tests, unmount). */
  close(): void;
}

/** A submission SharePoint refused, and its refusal. */
export interface RefusedSubmission extends OutboxSubmission {
  readonly refusedWith: { readonly kind: string; readonly message: string };
  readonly queuedAt: string;
}

/** How the outbox learns about connectivity; the browser's by default. */
export interface Connectivity {
  isOnline(): boolean;
  /** Calls `listener` when the connection comes back; returns the unsubscribe function. */
  onOnline(listener: () => void): () => void;
}

/** Options of {@link createOutbox}. */
export interface OutboxOptions {
  readonly store: Promise<KeyValueStore> | KeyValueStore;
  readonly send: OutboxSender;
  /** @default navigator.onLine and the window's `online` event */
  readonly connectivity?: Connectivity;
  /** First wait after a failed try; doubles per failure. @default 1000 */
  readonly retryBaseMs?: number;
  /** @default 30000 */
  readonly retryMaxMs?: number;
  /** @default setTimeout */
  readonly schedule?: (run: () => void, ms: number) => () => void;
}

interface PendingRecord extends OutboxSubmission {
  readonly revision: number;
  readonly queuedAt: string;
  readonly attempts: number;
  /** Set when SharePoint refused the item; it waits for {@link Outbox.flush}. */
  readonly refusedWith?: { readonly kind: string; readonly message: string };
}

const PENDING = 'pending:';
const SENT = 'sent:';
const keyOf = (list: string, submissionId: string): string => `${list}|${submissionId}`;

/** Refusals that another try cannot fix: the item waits for the user (or an admin) instead. */
const REFUSED_KINDS: ReadonlySet<string> = new Set(['validation', 'forbidden']);

function browserConnectivity(): Connectivity {
  const nav = (globalThis as { navigator?: { onLine?: boolean } }).navigator;
  const target = globalThis as { addEventListener?: (type: string, listener: () => void) => void; removeEventListener?: (type: string, listener: () => void) => void };
  return {
    isOnline: () => nav?.onLine !== false,
    onOnline: (listener) => {
      target.addEventListener?.('online', listener);
      return () => target.removeEventListener?.('online', listener);
    },
  };
}

function describeError(error: unknown): { kind: string; message: string } {
  if (isGraphError(error)) return { kind: error.kind, message: error.message };
  return { kind: 'unknown', message: error instanceof Error ? error.message : String(error) };
}

function isPendingRecord(value: unknown): value is PendingRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['list'] === 'string' && typeof record['submissionId'] === 'string' && typeof record['fields'] === 'object' && typeof record['revision'] === 'number';
}

function isSentItem(value: unknown): value is SentItem {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/**
 * A durable outbox for writes to SharePoint (DESIGN.md "Reliability"): every submission
 * is stored in IndexedDB before anything else happens and leaves only once Graph has
 * it. Sending is an upsert by SubmissionId (see `upsertBySubmissionId`), so the retries
 * after throttling, dropped connections, expired sign-ins or a reload never duplicate.
 * Transient failures back off (1 s doubling to 30 s, and at once when the browser comes
 * back online); refusals (400, 403) are kept and reported, never dropped.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const connectivity = options.connectivity ?? browserConnectivity();
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const retryMaxMs = options.retryMaxMs ?? 30_000;
  const schedule = options.schedule ?? ((run: () => void, ms: number) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  });

  const revisions = new Map<string, number>();
  const sent = new Map<string, SentItem>();
  const listeners = new Set<(status: OutboxStatus) => void>();
  let current: OutboxStatus = { state: 'idle', pending: 0, refused: 0, durable: true };
  let running: Promise<void> | undefined;
  let runAgain = false;
  let cancelRetry: (() => void) | undefined;
  let closed = false;

  const ready = (async () => {
    const store = await options.store;
    for (const [key, value] of await store.entries()) {
      if (key.startsWith(PENDING) && isPendingRecord(value)) revisions.set(key.slice(PENDING.length), value.revision);
      if (key.startsWith(SENT) && isSentItem(value)) sent.set(key.slice(SENT.length), { id: value.id, eTag: value.eTag });
    }
    return store;
  })();

  async function records(): Promise<PendingRecord[]> {
    const store = await ready;
    return (await store.entries())
      .filter(([key]) => key.startsWith(PENDING))
      .map(([, value]) => value)
      .filter(isPendingRecord)
      .sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0));
  }

  async function publish(state: OutboxState, lastError?: { kind: string; message: string }): Promise<void> {
    const store = await ready;
    const all = await records();
    current = {
      state,
      pending: all.length,
      refused: all.filter((record) => record.refusedWith !== undefined).length,
      durable: store.durable,
      ...optionalEntry('lastError', lastError),
    };
    for (const listener of listeners) listener(current);
  }

  function retryLater(attempts: number): void {
    cancelRetry?.();
    const delay = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.max(0, attempts - 1));
    // Jitter keeps many tabs from retrying in lockstep against a throttled tenant.
    cancelRetry = schedule(() => void drain(), delay * (0.75 + Math.random() * 0.5));
  }

  async function sendOne(store: KeyValueStore, record: PendingRecord): Promise<'sent' | 'refused' | 'retry'> {
    const key = keyOf(record.list, record.submissionId);
    try {
      const landed = await options.send({ list: record.list, submissionId: record.submissionId, fields: record.fields }, sent.get(key));
      sent.set(key, landed);
      await store.put(SENT + key, landed);
      // A newer revision submitted while this one was on its way must still go.
      if (revisions.get(key) === record.revision) {
        revisions.delete(key);
        await store.delete(PENDING + key);
      }
      return 'sent';
    } catch (error: unknown) {
      const failure = describeError(error);
      const refused = REFUSED_KINDS.has(failure.kind);
      if (revisions.get(key) === record.revision) {
        await store.put(PENDING + key, { ...record, attempts: record.attempts + 1, ...(refused ? { refusedWith: failure } : {}) });
      }
      await publish(refused ? 'blocked' : 'waiting', failure);
      if (!refused) retryLater(record.attempts + 1);
      return refused ? 'refused' : 'retry';
    }
  }

  async function run(includeRefused: boolean): Promise<void> {
    const store = await ready;
    const tried = new Set<string>();
    for (;;) {
      if (closed) return;
      if (!connectivity.isOnline()) {
        await publish('offline');
        return;
      }
      const next = (await records()).find((record) => (includeRefused || record.refusedWith === undefined) && !tried.has(`${keyOf(record.list, record.submissionId)}#${record.revision}`));
      if (next === undefined) {
        const left = await records();
        await publish(left.some((record) => record.refusedWith !== undefined) ? 'blocked' : 'idle', left.find((record) => record.refusedWith !== undefined)?.refusedWith);
        return;
      }
      tried.add(`${keyOf(next.list, next.submissionId)}#${next.revision}`);
      await publish('sending');
      if ((await sendOne(store, next)) === 'retry') return;
    }
  }

  function drain(includeRefused = false): Promise<void> {
    if (running !== undefined) {
      // The run in flight may already have decided to stop: go round once more after it.
      runAgain = true;
      return running;
    }
    cancelRetry?.();
    cancelRetry = undefined;
    running = run(includeRefused).finally(() => {
      running = undefined;
      if (runAgain && !closed) {
        runAgain = false;
        void drain();
      }
    });
    return running;
  }

  const stopListening = connectivity.onOnline(() => void drain());
  void ready.then(() => drain());

  return {
    async submit(submission) {
      const store = await ready;
      const key = keyOf(submission.list, submission.submissionId);
      const revision = (revisions.get(key) ?? 0) + 1;
      revisions.set(key, revision);
      const record: PendingRecord = { ...submission, revision, queuedAt: new Date().toISOString(), attempts: 0 };
      await store.put(PENDING + key, record);
      void drain();
    },
    async flush() {
      while (running !== undefined) await running;
      await drain(true);
    },
    async pending() {
      return (await records()).map(({ list, submissionId, fields }) => ({ list, submissionId, fields }));
    },
    async refused() {
      return (await records()).flatMap(({ list, submissionId, fields, refusedWith, queuedAt }) => (refusedWith === undefined ? [] : [{ list, submissionId, fields, refusedWith, queuedAt }]));
    },
    async discard(list, submissionId) {
      const store = await ready;
      const key = keyOf(list, submissionId);
      const record = (await records()).find((candidate) => keyOf(candidate.list, candidate.submissionId) === key);
      if (record?.refusedWith === undefined) return;
      revisions.delete(key);
      await store.delete(PENDING + key);
      const left = await records();
      const stillRefused = left.find((candidate) => candidate.refusedWith !== undefined);
      await publish(stillRefused !== undefined ? 'blocked' : left.length > 0 ? 'waiting' : 'idle', stillRefused?.refusedWith);
      if (stillRefused === undefined && left.length > 0) void drain();
    },
    sentItem: (list, submissionId) => sent.get(keyOf(list, submissionId)),
    status: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      cancelRetry?.();
      stopListening();
      listeners.clear();
    },
  };
}
