import { GraphError } from '../../graph';
import { createMemoryKeyValueStore, type KeyValueStore } from '../KeyValueStore';
import { createOutbox, type Connectivity } from './createOutbox';
import type { OutboxSender, OutboxStatus, OutboxSubmission, SentItem } from './OutboxSubmission';

/** Retries run when the test says so, not on a real timer. */
function manualSchedule(): { schedule: (run: () => void, ms: number) => () => void; runAll: () => void; delays: number[] } {
  const waiting = new Set<() => void>();
  const delays: number[] = [];
  return {
    delays,
    schedule: (run, ms) => {
      delays.push(ms);
      waiting.add(run);
      return () => waiting.delete(run);
    },
    runAll: () => {
      const runs = [...waiting];
      waiting.clear();
      for (const run of runs) run();
    },
  };
}

function switchableConnectivity(): Connectivity & { goOnline: () => void; online: boolean } {
  const listeners = new Set<() => void>();
  const connectivity = {
    online: true,
    isOnline: () => connectivity.online,
    onOnline: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    goOnline: () => {
      connectivity.online = true;
      for (const listener of listeners) listener();
    },
  };
  return connectivity;
}

/** A fake SharePoint list keyed by SubmissionId, with scripted failures. */
function fakeList(failures: Array<GraphError | undefined> = []) {
  const items = new Map<string, { id: string; fields: Readonly<Record<string, unknown>> }>();
  const calls: Array<{ submission: OutboxSubmission; known: SentItem | undefined }> = [];
  const send: OutboxSender = (submission, known) => {
    calls.push({ submission, known });
    const failure = failures.shift();
    if (failure !== undefined) return Promise.reject(failure);
    const existing = items.get(submission.submissionId);
    const id = existing?.id ?? String(items.size + 1);
    items.set(submission.submissionId, { id, fields: submission.fields });
    return Promise.resolve({ id, eTag: `"${id},${calls.length}"` });
  };
  return { items, calls, send };
}

const throttled = () => new GraphError({ kind: 'throttled', status: 429, code: 'TooManyRequests', message: 'slow down' });
const refused = () => new GraphError({ kind: 'validation', status: 400, code: 'invalidRequest', message: 'Field X is required' });

async function settle(outbox: { flush: () => Promise<void> }): Promise<void> {
  // Let the start-up drain and any queued sends finish.
  for (let round = 0; round < 5; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  await outbox.flush();
}

const submission = (id: string, title = `Item ${id}`): OutboxSubmission => ({ list: 'Actions', submissionId: id, fields: { Title: title, SubmissionId: id } });

describe('createOutbox', () => {
  it('stores a submission before sending it and removes it once sent', async () => {
    const store = createMemoryKeyValueStore();
    const list = fakeList();
    const outbox = createOutbox({ store, send: list.send, connectivity: switchableConnectivity(), schedule: manualSchedule().schedule });
    await outbox.submit(submission('a'));
    await settle(outbox);
    expect(list.items.get('a')?.fields).toEqual({ Title: 'Item a', SubmissionId: 'a' });
    expect(await outbox.pending()).toEqual([]);
    expect(outbox.sentItem('Actions', 'a')).toEqual({ id: '1', eTag: expect.any(String) as string });
    expect(outbox.status()).toMatchObject({ state: 'idle', pending: 0, durable: false });
    outbox.close();
  });

  it('keeps a throttled submission, backs off and sends it exactly once later', async () => {
    const timer = manualSchedule();
    const list = fakeList([throttled(), throttled()]);
    const statuses: OutboxStatus[] = [];
    const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: list.send, connectivity: switchableConnectivity(), schedule: timer.schedule, retryBaseMs: 100 });
    outbox.subscribe((status) => statuses.push(status));
    await outbox.submit(submission('a'));
    await settle({ flush: () => Promise.resolve() });
    expect(outbox.status()).toMatchObject({ state: 'waiting', pending: 1, lastError: { kind: 'throttled' } });
    timer.runAll();
    await settle({ flush: () => Promise.resolve() });
    timer.runAll();
    await settle({ flush: () => Promise.resolve() });
    expect(list.items.size).toBe(1);
    expect(outbox.status()).toMatchObject({ state: 'idle', pending: 0 });
    // Backoff doubles (with at most 25% jitter either way).
    expect(timer.delays[0]).toBeGreaterThanOrEqual(75);
    expect(timer.delays[0]).toBeLessThanOrEqual(125);
    expect(timer.delays[1]).toBeGreaterThanOrEqual(150);
    expect(statuses.map((status) => status.state)).toContain('sending');
    outbox.close();
  });

  it('coalesces changes to the same SubmissionId: the latest fields win, one item results', async () => {
    const list = fakeList();
    const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: list.send, connectivity: switchableConnectivity(), schedule: manualSchedule().schedule });
    await Promise.all([outbox.submit(submission('a', 'first')), outbox.submit(submission('a', 'second')), outbox.submit(submission('a', 'third'))]);
    await settle(outbox);
    expect(list.items.size).toBe(1);
    expect(list.items.get('a')?.fields['Title']).toBe('third');
    expect(list.calls.length).toBeLessThanOrEqual(3);
    // A later change knows where the item landed and updates it.
    await outbox.submit(submission('a', 'fourth'));
    await settle(outbox);
    expect(list.calls.at(-1)?.known).toEqual({ id: '1', eTag: expect.any(String) as string });
    expect(list.items.size).toBe(1);
    expect(list.items.get('a')?.fields['Title']).toBe('fourth');
    outbox.close();
  });

  it('waits while offline and sends when the browser comes back', async () => {
    const connectivity = switchableConnectivity();
    connectivity.online = false;
    const list = fakeList();
    const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: list.send, connectivity, schedule: manualSchedule().schedule });
    await outbox.submit(submission('a'));
    await settle({ flush: () => Promise.resolve() });
    expect(outbox.status()).toMatchObject({ state: 'offline', pending: 1 });
    expect(list.calls).toHaveLength(0);
    connectivity.goOnline();
    await settle(outbox);
    expect(list.items.size).toBe(1);
    outbox.close();
  });

  it('keeps a refused submission, reports it, and sends it when flushed after the cause is fixed', async () => {
    const list = fakeList([refused()]);
    const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: list.send, connectivity: switchableConnectivity(), schedule: manualSchedule().schedule });
    await outbox.submit(submission('a'));
    await outbox.submit(submission('b'));
    await settle({ flush: () => Promise.resolve() });
    expect(outbox.status()).toMatchObject({ state: 'blocked', pending: 1, refused: 1, lastError: { kind: 'validation', message: 'Field X is required' } });
    expect([...list.items.keys()]).toEqual(['b']);
    await outbox.flush();
    expect(list.items.size).toBe(2);
    expect(outbox.status()).toMatchObject({ state: 'idle', pending: 0, refused: 0 });
    outbox.close();
  });

  it('lets the user read and discard a refused submission, and nothing else', async () => {
    const forbidden = () => new GraphError({ kind: 'forbidden', status: 403, code: 'accessDenied', message: 'Access denied' });
    const list = fakeList([forbidden()]);
    const store = createMemoryKeyValueStore();
    const outbox = createOutbox({ store, send: list.send, connectivity: switchableConnectivity(), schedule: manualSchedule().schedule });
    await outbox.submit(submission('a'));
    await settle({ flush: () => Promise.resolve() });
    expect(await outbox.refused()).toEqual([expect.objectContaining({ submissionId: 'a', fields: submission('a').fields, refusedWith: { kind: 'forbidden', message: 'Access denied' } })]);
    // A submission that was not refused is never discarded.
    const offline = switchableConnectivity();
    offline.online = false;
    const waiting = createOutbox({ store: createMemoryKeyValueStore(), send: list.send, connectivity: offline, schedule: manualSchedule().schedule });
    await waiting.submit(submission('b'));
    await waiting.discard(submission('b').list, 'b');
    expect(await waiting.pending()).toHaveLength(1);
    waiting.close();

    await outbox.discard(submission('a').list, 'a');
    expect(await outbox.refused()).toEqual([]);
    expect((await store.entries()).filter(([key]) => key.startsWith('pending:'))).toEqual([]);
    expect(outbox.status()).toMatchObject({ state: 'idle', pending: 0, refused: 0 });
    outbox.close();
  });

  it('resumes after a reload: what was stored is sent by the next page, and sent items are remembered', async () => {
    const store: KeyValueStore = { ...createMemoryKeyValueStore(), durable: true };
    const offline = switchableConnectivity();
    offline.online = false;
    const first = createOutbox({ store, send: fakeList().send, connectivity: offline, schedule: manualSchedule().schedule });
    await first.submit(submission('a'));
    first.close();

    const list = fakeList();
    const second = createOutbox({ store, send: list.send, connectivity: switchableConnectivity(), schedule: manualSchedule().schedule });
    await settle(second);
    expect([...list.items.keys()]).toEqual(['a']);

    const third = createOutbox({ store, send: list.send, connectivity: switchableConnectivity(), schedule: manualSchedule().schedule });
    await settle(third);
    expect(third.sentItem('Actions', 'a')?.id).toBe('1');
    expect(third.status()).toMatchObject({ durable: true });
    second.close();
    third.close();
  });
});
