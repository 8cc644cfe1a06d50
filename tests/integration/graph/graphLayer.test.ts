/**
 * src/graph against the real emulator over loopback HTTP: the same code path the tab
 * uses against a tenant, with throttling, dropped connections and hidden Retry-After.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../../emulator/server';
import { and, createGraphClient, createListClient, field, isGraphError, or, startsWith } from '../../../src/graph';
import type { FetchLike, GraphClient, ListClient, TokenSource } from '../../../src/graph';
import { emulatorTokenSource } from './emulatorTokenSource';

const COORDINATOR = 'coordinator@contoso.example';
const READER = 'reader@contoso.example';
const SITE = { siteHostname: 'contoso.sharepoint.com', sitePath: '/sites/ivho' };

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ivho-graph-it-'));
  emulator = await startEmulator({ port: 0, dataDir, reset: true, tab: { mode: 'none' }, quiet: true });
});

afterAll(async () => {
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

afterEach(async () => {
  await fetch(`${emulator.url}/emulator/faults`, { method: 'DELETE' });
});

/** Counts what actually went over the wire. */
function countingFetch(): { fetch: FetchLike; urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    fetch: (input, init) => {
      urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return fetch(input, init);
    },
  };
}

function connect(user = COORDINATOR, tokenSource?: TokenSource) {
  const wire = countingFetch();
  const graph: GraphClient = createGraphClient({
    baseUrl: `${emulator.url}/graph/v1.0`,
    tokenSource: tokenSource ?? emulatorTokenSource(emulator.url, user),
    fetch: wire.fetch,
    // Real waits, kept short: the emulator's Retry-After is honoured when visible.
    retry: { baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 12, maxTotalDelayMs: 20_000 },
  });
  const lists: ListClient = createListClient(graph, SITE);
  return { graph, lists, urls: wire.urls };
}

async function setFaults(settings: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${emulator.url}/emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(settings),
  });
  expect(response.ok).toBe(true);
}

let submissions = 0;
function newAction(extra: Record<string, unknown> = {}): Record<string, unknown> {
  submissions += 1;
  return {
    Title: `Action ${submissions}`,
    SubmissionId: `it-graph-${Date.now()}-${submissions}`,
    CaseId: 'case-it-1',
    ActionStatus: 'open',
    ...extra,
  };
}

describe('src/graph against the emulator', () => {
  it('resolves the demo site and its lists by display name', async () => {
    const { lists } = connect();
    const siteId = await lists.siteId();
    expect(siteId.split(',')).toHaveLength(3);
    const ids = await Promise.all(['Instruments', 'Assessments', 'AssessmentResponses', 'IncidentCases', 'Lessons', 'Actions'].map((name) => lists.listId(name)));
    expect(new Set(ids).size).toBe(6);
    await expect(lists.listId('NoSuchList')).rejects.toMatchObject({ kind: 'notFound', status: 404 });
  });

  it('lists the published instruments in one page with selected fields only', async () => {
    const { lists, urls } = connect();
    const items = await lists.listItems('Instruments', { select: ['Title', 'Status', 'Language'], filter: field('Status').eq('published') });
    expect(items.length).toBeGreaterThanOrEqual(40);
    for (const item of items) {
      expect(item.fields['Status']).toBe('published');
      expect(typeof item.fields['Title']).toBe('string');
      expect(item.fields['Summary']).toBeUndefined();
      expect(item.eTag).toEqual(expect.any(String));
    }
    // The list is addressed by site path and display name: one round trip, no lookups.
    expect(urls).toHaveLength(1);
    expect(urls[0]).toContain('/sites/contoso.sharepoint.com:/sites/ivho:/lists/Instruments/items?');
  });

  it('follows every nextLink to the last page', async () => {
    const { lists, urls } = connect();
    const all = await lists.listItems('Instruments', { select: ['Title'] });
    urls.length = 0;
    const paged = await lists.listItems('Instruments', { select: ['Title'], top: 7 });
    expect(paged.map((item) => item.id).sort()).toEqual(all.map((item) => item.id).sort());
    expect(all.length).toBeGreaterThan(14);
    expect(urls).toHaveLength(Math.ceil(all.length / 7));
  });

  it('combines filters with and/or and startsWith', async () => {
    const { lists } = connect();
    const all = await lists.listItems('Instruments', { select: ['Title', 'Status', 'Language'] });
    const expected = all.filter((item) => item.fields['Status'] === 'published' && (item.fields['Language'] === 'nl' || item.fields['Language'] === 'en'));
    const found = await lists.listItems('Instruments', {
      select: ['Title'],
      filter: and(field('Status').eq('published'), or(field('Language').eq('nl'), field('Language').eq('en'))),
    });
    expect(found.map((item) => item.id).sort()).toEqual(expected.map((item) => item.id).sort());
    const prefix = String(all[0]?.fields['Title']).slice(0, 3);
    const byPrefix = await lists.listItems('Instruments', { select: ['Title'], filter: startsWith('Title', prefix), allowNonIndexedFilter: true });
    expect(byPrefix.length).toBeGreaterThanOrEqual(1);
    for (const item of byPrefix) expect(String(item.fields['Title']).startsWith(prefix)).toBe(true);
  });

  it('round-trips hostile literals through the filter: quotes, &, #, %, unicode, long strings', async () => {
    const { lists } = connect();
    const hostile = ["O'Brien & Zonen #1 100% ''", "x' or fields/Status eq 'published", 'Brandveiligheid — café 🚒 中文', `long ${"'&#%".repeat(62)}`];
    for (const title of hostile) {
      const created = await lists.createItem('Actions', newAction({ Title: title }), { idempotent: true });
      const found = await lists.listItems('Actions', { select: ['Title', 'SubmissionId'], filter: field('Title').eq(title), allowNonIndexedFilter: true });
      expect(found.map((item) => item.id)).toEqual([created.id]);
      expect(found[0]?.fields['Title']).toBe(title);
    }
  });

  it('filters on dates and choice columns with the literals the builder writes', async () => {
    const { lists } = connect();
    const due = new Date(Date.UTC(2031, 4, 17, 9, 30));
    const created = await lists.createItem('Actions', newAction({ DueOn: due.toISOString(), ActionStatus: 'done' }), { idempotent: true });
    const submissionId = String(created.fields['SubmissionId']);
    const inRange = await lists.listItems('Actions', {
      select: ['DueOn'],
      filter: and(field('SubmissionId').eq(submissionId), field('DueOn').ge(new Date(Date.UTC(2031, 4, 17))), field('DueOn').lt(new Date(Date.UTC(2031, 4, 18)))),
    });
    expect(inRange.map((item) => item.id)).toEqual([created.id]);
    const outOfRange = await lists.listItems('Actions', {
      select: ['DueOn'],
      filter: and(field('SubmissionId').eq(submissionId), field('DueOn').gt(due)),
    });
    expect(outOfRange).toEqual([]);
    const byStatus = await lists.listItems('Actions', { select: ['ActionStatus'], filter: and(field('ActionStatus').ne('open'), field('SubmissionId').eq(submissionId)) });
    expect(byStatus.map((item) => item.fields['ActionStatus'])).toEqual(['done']);
  });

  it('refuses a filter on a non-indexed column unless the Prefer header is sent', async () => {
    const { lists } = connect();
    // OwnerName is a plain text column of Actions without an index.
    const filter = field('OwnerName').eq('nobody at all');
    await expect(lists.listItems('Actions', { select: ['Title'], filter })).rejects.toMatchObject({ kind: 'validation', status: 400 });
    await expect(lists.listItems('Actions', { select: ['Title'], filter, allowNonIndexedFilter: true })).resolves.toEqual([]);
  });

  it('creates, reads, updates with If-Match (412 when stale) and deletes an item', async () => {
    const { lists } = connect();
    const created = await lists.createItem('Actions', newAction(), { idempotent: true });
    expect(created.eTag).toEqual(expect.any(String));
    const read = await lists.getItem('Actions', created.id, { select: ['Title', 'ActionStatus'] });
    expect(read.fields['ActionStatus']).toBe('open');
    const updated = await lists.updateItemFields('Actions', created.id, { ActionStatus: 'inProgress' }, { ifMatch: read.eTag ?? '' });
    expect(updated.fields['ActionStatus']).toBe('inProgress');
    const stale = lists.updateItemFields('Actions', created.id, { ActionStatus: 'done' }, { ifMatch: read.eTag ?? '' });
    await expect(stale).rejects.toMatchObject({ kind: 'preconditionFailed', status: 412 });
    expect((await lists.getItem('Actions', created.id)).fields['ActionStatus']).toBe('inProgress');
    await lists.deleteItem('Actions', created.id);
    await expect(lists.getItem('Actions', created.id)).rejects.toMatchObject({ kind: 'notFound', status: 404 });
  });

  it('treats a stale If-Match answered 409 resourceModified as SharePoint may, like 412: someone else saved first', async () => {
    await setFaults({ staleETagStatus: 409 });
    const { lists } = connect();
    const created = await lists.createItem('Actions', newAction(), { idempotent: true });
    await lists.updateItemFields('Actions', created.id, { ActionStatus: 'inProgress' }, { ifMatch: created.eTag ?? '' });
    const stale = lists.updateItemFields('Actions', created.id, { ActionStatus: 'done' }, { ifMatch: created.eTag ?? '' });
    await expect(stale).rejects.toMatchObject({ kind: 'preconditionFailed', status: 409, code: 'resourceModified' });
    await expect(lists.deleteItem('Actions', created.id, { ifMatch: created.eTag ?? '' })).rejects.toMatchObject({ kind: 'preconditionFailed', status: 409 });
    expect((await lists.getItem('Actions', created.id)).fields['ActionStatus']).toBe('inProgress');
    await fetch(`${emulator.url}/emulator/faults`, { method: 'DELETE' });
  });

  it('answers a repeated SubmissionId with kind conflict where it is unique, and a missing required field with kind validation', async () => {
    const { lists } = connect();
    // Lessons keep SubmissionId unique; Actions cannot (items with their own permissions, decision 2).
    const lesson = { Title: 'Lesson', SubmissionId: `it-graph-lesson-${Date.now()}`, Theme: 'privacy', RedactedText: 'x', Tlp: 'GREEN' };
    await lists.createItem('Lessons', lesson, { idempotent: true });
    await expect(lists.createItem('Lessons', lesson, { idempotent: true })).rejects.toMatchObject({ kind: 'conflict', status: 409 });
    const fields = newAction();
    await lists.createItem('Actions', fields);
    await lists.createItem('Actions', fields);
    expect((await lists.listItems('Actions', { select: ['SubmissionId'], filter: field('SubmissionId').eq(String(fields['SubmissionId'])) })).length).toBe(2);
    const { CaseId: _dropped, ...withoutCase } = newAction();
    await expect(lists.createItem('Actions', withoutCase)).rejects.toMatchObject({ kind: 'validation', status: 400 });
  });

  it('gives a reader kind forbidden on writes and on lists without a role', async () => {
    const { lists } = connect(READER);
    await expect(lists.listItems('Instruments', { select: ['Title'], top: 1 })).resolves.toEqual(expect.any(Array));
    await expect(lists.createItem('Instruments', { Title: 'x' })).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
    const failure: unknown = await lists.listItems('Actions', { select: ['Title'] }).catch((error: unknown) => error);
    expect(isGraphError(failure) && (failure.kind === 'forbidden' || failure.kind === 'notFound')).toBe(true);
  });

  it('refreshes a rejected token once and carries on', async () => {
    const real = emulatorTokenSource(emulator.url, COORDINATOR);
    let invalidated = 0;
    const stale: TokenSource = {
      getAccessToken: () => (invalidated === 0 ? Promise.resolve('not-a-valid-token') : real.getAccessToken()),
      invalidate: () => {
        invalidated += 1;
      },
    };
    const { lists } = connect(COORDINATOR, stale);
    await expect(lists.siteId()).resolves.toEqual(expect.any(String));
    expect(invalidated).toBe(1);
    const { lists: noRefresh } = connect(COORDINATOR, { getAccessToken: () => Promise.resolve('not-a-valid-token') });
    await expect(noRefresh.siteId()).rejects.toMatchObject({ kind: 'auth', status: 401 });
  });

  it('syncs with delta: full sync, then only changes and deletions, via the kept deltaLink', async () => {
    const { lists } = connect();
    const first = await lists.deltaItems('Actions', { select: ['Title', 'ActionStatus'] });
    expect(first.resynced).toBe(false);
    const created = await lists.createItem('Actions', newAction(), { idempotent: true });
    const doomed = first.items[0];
    if (doomed !== undefined) await lists.deleteItem('Actions', doomed.id);
    const second = await lists.deltaItems('Actions', { select: ['Title', 'ActionStatus'], deltaLink: first.deltaLink });
    expect(second.items.map((item) => item.id)).toEqual([created.id]);
    expect(second.deleted).toEqual(doomed === undefined ? [] : [doomed.id]);
    expect(second.resynced).toBe(false);
    const third = await lists.deltaItems('Actions', { select: ['Title'], deltaLink: second.deltaLink });
    expect(third).toMatchObject({ items: [], deleted: [], resynced: false });
  });

  it('leaves out the item properties not asked for ($select), in a list read, a latest deltaLink and the deltas it leads to', async () => {
    const { lists } = connect();
    const properties = ['id', 'eTag', 'lastModifiedDateTime'] as const;
    const read = await lists.listItems('Actions', { select: ['Title'], properties, top: 5 });
    expect(read.length).toBeGreaterThan(0);
    for (const item of read) {
      expect(item.createdBy).toBeUndefined();
      expect(item.lastModifiedBy).toBeUndefined();
      expect(item.webUrl).toBeUndefined();
      expect(item.eTag).toBeDefined();
      expect(item.lastModifiedDateTime).toBeDefined();
      expect(item.fields['Title']).toBeDefined();
    }
    // Without properties every one comes back, as before.
    expect((await lists.listItems('Actions', { select: ['Title'], top: 1 }))[0]?.createdBy).toBeDefined();
    const link = await lists.latestDeltaLink('Actions', { select: ['Title'], properties });
    const created = await lists.createItem('Actions', newAction());
    const changes = await lists.deltaItems('Actions', { select: ['Title'], deltaLink: link });
    expect(changes.items.map((item) => item.id)).toEqual([created.id]);
    expect(changes.items[0]?.createdBy).toBeUndefined();
    expect(changes.items[0]?.fields['Title']).toBeDefined();
  });

  it('resyncs in full when the deltaLink has expired (410)', async () => {
    const { lists, urls } = connect();
    const first = await lists.deltaItems('Actions', { select: ['Title'] });
    emulator.store.expireDeltaTokens();
    urls.length = 0;
    const again = await lists.deltaItems('Actions', { select: ['Title'], deltaLink: first.deltaLink });
    expect(again.resynced).toBe(true);
    expect(again.deleted).toEqual([]);
    expect(again.items.map((item) => item.id).sort()).toEqual(first.items.map((item) => item.id).sort());
    expect(again.deltaLink).not.toBe(first.deltaLink);
    // The expired link was tried once (410), then a fresh full delta ran.
    expect(urls.length).toBeGreaterThanOrEqual(2);
    expect(urls.every((url) => url.includes('/items/delta'))).toBe(true);
    const next = await lists.deltaItems('Actions', { select: ['Title'], deltaLink: again.deltaLink });
    expect(next).toMatchObject({ items: [], deleted: [], resynced: false });
  });

  it('batches 45 reads as three $batch calls with results in request order', async () => {
    const { lists, urls } = connect();
    const items = await lists.listItems('Instruments', { select: ['Title'] });
    const ids = Array.from({ length: 45 }, (_, index) => items[index % items.length]?.id ?? '1');
    urls.length = 0;
    const results = await lists.batch(ids.map((id) => ({ kind: 'get', list: 'Instruments', id, select: ['Title'] })));
    expect(urls.filter((url) => url.endsWith('/$batch'))).toHaveLength(3);
    results.forEach((result, index) => {
      expect(result.status).toBe(200);
      expect((result.body as { id?: string }).id).toBe(ids[index]);
    });
  });

  it('batches 25 creates and survives per-sub-request throttling', async () => {
    const { lists } = connect();
    await lists.listId('Actions');
    // Sub-responses carry Retry-After in their JSON headers (as Graph's do); 0 keeps the test fast.
    await setFaults({ throttleRate: 0.4, throttleStatuses: [429, 503], retryAfterSeconds: 0, seed: 7 });
    const operations = Array.from({ length: 25 }, () => ({ kind: 'create' as const, list: 'Actions', fields: newAction(), idempotent: true }));
    const results = await lists.batch(operations);
    // A repeat after a lost answer may meet its own first write: 409 means "already there".
    expect(results.every((result) => result.status === 201 || result.status === 409)).toBe(true);
    await fetch(`${emulator.url}/emulator/faults`, { method: 'DELETE' });
    const stored = await lists.listItems('Actions', { select: ['SubmissionId'] });
    const storedIds = new Set(stored.map((item) => item.fields['SubmissionId']));
    for (const operation of operations) expect(storedIds.has(operation.fields['SubmissionId'])).toBe(true);
  }, 20_000);

  it('reads everything through throttling, latency and dropped connections', async () => {
    const { lists } = connect();
    const clean = await lists.listItems('Instruments', { select: ['Title'] });
    await setFaults({ throttleRate: 0.3, throttleStatuses: [429, 503], exposeRetryAfter: false, dropRate: 0.2, latencyMs: 5, seed: 3 });
    const noisy = await lists.listItems('Instruments', { select: ['Title'], top: 10 });
    expect(noisy.map((item) => item.id).sort()).toEqual(clean.map((item) => item.id).sort());
  });

  it('writes exactly once through dropped connections thanks to idempotent retries', async () => {
    const { lists } = connect();
    await lists.listId('Actions');
    await setFaults({ dropRate: 0.3, throttleRate: 0.2, exposeRetryAfter: true, retryAfterSeconds: 0, seed: 11 });
    const fields = newAction();
    let outcome: 'created' | 'alreadyThere';
    try {
      await lists.createItem('Actions', fields, { idempotent: true });
      outcome = 'created';
    } catch (error: unknown) {
      if (!isGraphError(error) || error.kind !== 'conflict') throw error;
      outcome = 'alreadyThere';
    }
    expect(['created', 'alreadyThere']).toContain(outcome);
    await fetch(`${emulator.url}/emulator/faults`, { method: 'DELETE' });
    const found = await lists.listItems('Actions', { select: ['SubmissionId'], filter: field('SubmissionId').eq(String(fields['SubmissionId'])) });
    expect(found).toHaveLength(1);
  });
});
