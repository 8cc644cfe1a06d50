/**
 * The outbox against the real emulator with the fault mix of issue 9 (30% 429/503 with
 * Retry-After hidden, 5% dropped connections, latency): every submission lands exactly
 * once, and a change after landing updates the same item. Actions has no unique
 * SubmissionId (its items get their own permissions, decision 2), so exactly once rests on
 * the outbox looking its item up before it creates one, not on a 409.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../../emulator/server';
import { createGraphClient, createListClient, field } from '../../../src/graph';
import type { FetchLike, ListClient } from '../../../src/graph';
import { createMemoryKeyValueStore } from '../../../src/storage/KeyValueStore';
import { createOutbox, upsertBySubmissionId } from '../../../src/storage/outbox';
import { emulatorTokenSource } from '../graph/emulatorTokenSource';

/** Submissions per run: 60 in `npm test`, 600 in the long form (`npm run test:soak`). */
const BURST = process.env['IVHO_SOAK'] === '1' ? 600 : 60;
const SITE = { siteHostname: 'contoso.sharepoint.com', sitePath: '/sites/ivho' };
const LIST = 'Actions';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ivho-outbox-it-'));
  emulator = await startEmulator({ port: 0, dataDir, reset: true, tab: { mode: 'none' }, quiet: true });
});

afterAll(async () => {
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function listClient(): ListClient {
  const graph = createGraphClient({
    baseUrl: `${emulator.url}/graph/v1.0`,
    tokenSource: emulatorTokenSource(emulator.url, 'coordinator@contoso.example'),
    // Few inner retries: the outbox's own retries must carry the rest.
    retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 3, maxTotalDelayMs: 500 },
  });
  return createListClient(graph, SITE);
}

async function setFaults(settings: Record<string, unknown> | undefined): Promise<void> {
  const response = await fetch(`${emulator.url}/emulator/faults`, {
    method: settings === undefined ? 'DELETE' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(settings === undefined ? {} : { body: JSON.stringify(settings) }),
  });
  expect(response.ok).toBe(true);
}

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

async function itemsOfRun(lists: ListClient, prefix: string) {
  const items = await lists.listItems(LIST, { select: ['SubmissionId', 'Title'], filter: field('CaseId').eq(prefix), top: 5000, allowNonIndexedFilter: true });
  return items;
}

describe('outbox under faults', () => {
  it(`lands ${BURST} submissions exactly once with 30% throttling and 5% dropped connections`, async () => {
    const runId = `outbox-it-${Date.now()}`;
    const lists = listClient();
    const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: upsertBySubmissionId(lists), retryBaseMs: 20, retryMaxMs: 200 });
    await setFaults({ throttleRate: 0.3, throttleStatuses: [429, 503], exposeRetryAfter: false, dropRate: 0.05, latencyMs: 2, seed: 21 });
    try {
      const ids = Array.from({ length: BURST }, (_, index) => `${runId}-${index}`);
      for (const id of ids) await outbox.submit({ list: LIST, submissionId: id, fields: { Title: `first ${id}`, SubmissionId: id, CaseId: runId, ActionStatus: 'open' } });
      // Half of them change again after (or while) being sent: still one item each.
      for (const id of ids.slice(0, BURST / 2)) await outbox.submit({ list: LIST, submissionId: id, fields: { Title: `second ${id}`, SubmissionId: id, CaseId: runId, ActionStatus: 'open' } });
      const deadline = Date.now() + BURST * 1_000;
      while ((await outbox.pending()).length > 0 && Date.now() < deadline) await outbox.flush();
      expect(await outbox.pending()).toEqual([]);
      const faults = (await (await fetch(`${emulator.url}/emulator/faults`)).json()) as { injected: { decided: number; throttled: number; dropped: number } };
      // The run must really have been faulted, or it proves nothing.
      expect(faults.injected.throttled).toBeGreaterThan(10);
      expect(faults.injected.dropped).toBeGreaterThan(0);
      // The figures README's "Reliability and security" quotes.
      console.log(`outbox under faults: ${faults.injected.decided} requests, ${faults.injected.throttled} throttled, ${faults.injected.dropped} dropped; ${BURST} submitted`);
    } finally {
      await setFaults(undefined);
      outbox.close();
    }
    const stored = await itemsOfRun(lists, runId);
    const bySubmission = new Map<string, number>();
    for (const item of stored) bySubmission.set(String(item.fields['SubmissionId']), (bySubmission.get(String(item.fields['SubmissionId'])) ?? 0) + 1);
    expect(stored).toHaveLength(BURST);
    expect([...bySubmission.values()].every((count) => count === 1)).toBe(true);
    const changed = stored.filter((item) => String(item.fields['Title']).startsWith('second '));
    expect(changed).toHaveLength(BURST / 2);
  }, BURST * 1_500);

  it('carries on when every sign-in token expires mid-run', async () => {
    const runId = `outbox-expiry-${Date.now()}`;
    const lists = listClient();
    const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: upsertBySubmissionId(lists), retryBaseMs: 20, retryMaxMs: 200 });
    try {
      for (let index = 0; index < 20; index += 1) {
        if (index === 10) {
          const expired = await fetch(`${emulator.url}/emulator/tokens/expire`, { method: 'POST' });
          expect(expired.status).toBe(204);
        }
        const id = `${runId}-${index}`;
        await outbox.submit({ list: LIST, submissionId: id, fields: { Title: id, SubmissionId: id, CaseId: runId, ActionStatus: 'open' } });
      }
      const deadline = Date.now() + 30_000;
      while ((await outbox.pending()).length > 0 && Date.now() < deadline) await outbox.flush();
      expect(outbox.status().state).toBe('idle');
    } finally {
      outbox.close();
    }
    expect(await itemsOfRun(lists, runId)).toHaveLength(20);
  }, 60_000);

  it('leaves one report when the answer to its create is lost, though IncidentCases cannot keep SubmissionId unique', async () => {
    const runId = `outbox-lost-answer-${Date.now()}`;
    let lostAnswers = 0;
    // The POST reaches SharePoint and creates the item; its answer never comes back (as a proxy dropping it would).
    const losingFetch: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && urlOf(input).endsWith('/lists/IncidentCases/items') && lostAnswers === 0) {
        lostAnswers += 1;
        throw new TypeError('fetch failed: connection reset after the request was sent');
      }
      return response;
    };
    const graph = createGraphClient({ baseUrl: `${emulator.url}/graph/v1.0`, tokenSource: emulatorTokenSource(emulator.url, 'staff@contoso.example'), fetch: losingFetch, retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 3, maxTotalDelayMs: 500 } });
    const lists = createListClient(graph, SITE);
    const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: upsertBySubmissionId(lists), retryBaseMs: 20, retryMaxMs: 200 });
    const fields = { Title: runId, SubmissionId: runId, Kind: 'nearMiss', WhatHappened: 'x', CaseStatus: 'open' };
    try {
      await outbox.submit({ list: 'IncidentCases', submissionId: runId, fields });
      const deadline = Date.now() + 30_000;
      while ((await outbox.pending()).length > 0 && Date.now() < deadline) await outbox.flush();
      expect(await outbox.pending()).toEqual([]);
    } finally {
      outbox.close();
    }
    expect(lostAnswers).toBe(1);
    const stored = await lists.listItems('IncidentCases', { select: ['SubmissionId'], filter: field('SubmissionId').eq(runId) });
    expect(stored).toHaveLength(1);
  }, 60_000);
});
