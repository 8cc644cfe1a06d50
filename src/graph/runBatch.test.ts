import { createGraphClient } from './createGraphClient';
import { buildBatchBody, planBatches, runBatch } from './runBatch';
import type { BatchRequest } from './runBatch';
import { jsonResponse, recordingFetch } from './testing/recordingFetch';
import type { RecordedRequest } from './testing/recordingFetch';

const BASE = 'http://127.0.0.1:4280/graph/v1.0';

interface SentSub {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

function subRequests(request: RecordedRequest | undefined): SentSub[] {
  return (JSON.parse(request?.body ?? '{}') as { requests: SentSub[] }).requests;
}

type SubAnswer = { status: number; headers?: Record<string, string>; body?: unknown };

/** A fake $batch endpoint: `answer` decides each sub-response (call = how often this id was seen). */
function setup(answer: (sub: SentSub, call: number) => SubAnswer) {
  const seen = new Map<string, number>();
  const { fetch, requests } = recordingFetch((request) => {
    const responses = subRequests(request).map((sub) => {
      const call = (seen.get(sub.id) ?? 0) + 1;
      seen.set(sub.id, call);
      return { id: sub.id, ...answer(sub, call) };
    });
    // Graph does not promise sub-responses in request order.
    return jsonResponse(200, { responses: responses.reverse() });
  });
  const sleeps: number[] = [];
  const graph = createGraphClient({
    baseUrl: BASE,
    tokenSource: { getAccessToken: () => Promise.resolve('t') },
    fetch,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 1,
    retry: { baseDelayMs: 100 },
  });
  return { graph, requests, sleeps };
}

const gets = (count: number): BatchRequest[] =>
  Array.from({ length: count }, (_, index) => ({ method: 'GET', url: `/sites/s/lists/l/items/${index + 1}` }) as const);

describe('runBatch', () => {
  it('splits 45 requests into batches of 20, 20 and 5 and returns results in request order', async () => {
    const { graph, requests } = setup((sub) => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: { url: sub.url } }));
    const results = await runBatch(graph, gets(45));
    expect(requests).toHaveLength(3);
    expect(requests.map((request) => subRequests(request).length)).toEqual([20, 20, 5]);
    for (const request of requests) {
      expect(request.method).toBe('POST');
      expect(request.url).toBe(`${BASE}/$batch`);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['authorization']).toBe('Bearer t');
    }
    expect(results).toHaveLength(45);
    results.forEach((result, index) => {
      expect(result).toMatchObject({ status: 200, body: { url: `/sites/s/lists/l/items/${index + 1}` }, error: undefined });
    });
  });

  it('writes sub-request URLs relative to the root without the version segment', async () => {
    const { graph, requests } = setup(() => ({ status: 201, body: { id: '1' } }));
    await runBatch(graph, [
      { method: 'POST', url: '/sites/s/lists/l/items', body: { fields: { Title: 'a' } } },
      { method: 'PATCH', url: '/sites/s/lists/l/items/3/fields', headers: { 'If-Match': '"e"' }, body: { Title: 'b' }, dependsOn: [0] },
      { method: 'DELETE', url: '/sites/s/lists/l/items/4' },
    ]);
    expect(subRequests(requests[0])).toEqual([
      { id: '0', method: 'POST', url: '/sites/s/lists/l/items', headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'a' } } },
      {
        id: '1',
        method: 'PATCH',
        url: '/sites/s/lists/l/items/3/fields',
        headers: { 'If-Match': '"e"', 'Content-Type': 'application/json' },
        body: { Title: 'b' },
        dependsOn: ['0'],
      },
      { id: '2', method: 'DELETE', url: '/sites/s/lists/l/items/4' },
    ]);
    for (const sub of subRequests(requests[0])) expect(sub.url).not.toMatch(/v1\.0/);
  });

  it('refuses versioned, absolute or forward-pointing requests before sending anything', async () => {
    const { graph, requests } = setup(() => ({ status: 200 }));
    await expect(runBatch(graph, [{ method: 'GET', url: '/v1.0/sites/s' }])).rejects.toThrow(TypeError);
    await expect(runBatch(graph, [{ method: 'GET', url: `${BASE}/sites/s` }])).rejects.toThrow(TypeError);
    await expect(runBatch(graph, [{ method: 'GET', url: '/a', dependsOn: [1] }, { method: 'GET', url: '/b' }])).rejects.toThrow(RangeError);
    expect(requests).toHaveLength(0);
  });

  it('keeps dependsOn chains in one batch', () => {
    const requests: BatchRequest[] = gets(19);
    requests.push({ method: 'GET', url: '/x' }, { method: 'GET', url: '/y', dependsOn: [19] }, { method: 'GET', url: '/z', dependsOn: [20] });
    const batches = planBatches(requests);
    expect(batches.map((batch) => batch.length)).toEqual([19, 3]);
    expect(batches[1]).toEqual([19, 20, 21]);
    expect(() => planBatches(Array.from({ length: 21 }, (_, index) => ({ method: 'GET', url: `/i/${index}`, ...(index > 0 ? { dependsOn: [index - 1] } : {}) })))).toThrow(RangeError);
    expect(buildBatchBody(requests, [20])).toEqual({ requests: [{ id: '20', method: 'GET', url: '/y' }] });
  });

  it('retries throttled sub-requests only, after their largest Retry-After', async () => {
    const { graph, requests, sleeps } = setup((sub, call) => {
      if (sub.id === '1' && call === 1) return { status: 429, headers: { 'Retry-After': '2' }, body: { error: { code: 'TooManyRequests', message: 'x' } } };
      if (sub.id === '2' && call === 1) return { status: 429, headers: { 'retry-after': '5' }, body: { error: { code: 'TooManyRequests', message: 'x' } } };
      return { status: 200, body: { id: sub.id, call } };
    });
    const results = await runBatch(graph, gets(4));
    expect(requests).toHaveLength(2);
    expect(subRequests(requests[1]).map((sub) => sub.id)).toEqual(['1', '2']);
    expect(sleeps).toEqual([5000]);
    expect(results.map((result) => result.body)).toEqual([
      { id: '0', call: 1 },
      { id: '1', call: 2 },
      { id: '2', call: 2 },
      { id: '3', call: 1 },
    ]);
  });

  it('backs off when throttled sub-responses carry no Retry-After', async () => {
    const { graph, requests, sleeps } = setup((sub, call) => (call < 3 ? { status: 503, body: { error: { code: 'serviceNotAvailable', message: 'busy' } } } : { status: 200, body: {} }));
    const results = await runBatch(graph, gets(2));
    expect(requests).toHaveLength(3);
    expect(sleeps).toEqual([100, 200]);
    expect(results.every((result) => result.status === 200)).toBe(true);
  });

  it('re-sends a 424 dependent together with its throttled dependency', async () => {
    const { graph, requests } = setup((sub, call) => {
      if (sub.id === '0' && call === 1) return { status: 429, headers: { 'Retry-After': '1' } };
      if (sub.id === '1' && call === 1) return { status: 424, body: { error: { code: 'failedDependency', message: 'dep' } } };
      return { status: 201, body: { id: sub.id } };
    });
    const results = await runBatch(graph, [
      { method: 'POST', url: '/sites/s/lists/l/items', body: { fields: {} }, idempotent: true },
      { method: 'PATCH', url: '/sites/s/lists/l/items/1/fields', body: {}, dependsOn: [0] },
    ]);
    expect(subRequests(requests[1])).toEqual([
      expect.objectContaining({ id: '0' }),
      expect.objectContaining({ id: '1', dependsOn: ['0'] }),
    ]);
    expect(results.map((result) => result.status)).toEqual([201, 201]);
  });

  it('returns per-request failures as GraphErrors and gives up on throttling after maxAttempts', async () => {
    const { graph, requests } = setup((sub) =>
      sub.id === '0'
        ? { status: 404, body: { error: { code: 'itemNotFound', message: 'gone' } } }
        : { status: 429, headers: { 'Retry-After': '0' }, body: { error: { code: 'TooManyRequests', message: 'slow' } } },
    );
    const results = await runBatch(graph, gets(2));
    expect(requests).toHaveLength(5);
    expect(results[0]?.error).toMatchObject({ kind: 'notFound', status: 404, code: 'itemNotFound' });
    expect(results[1]?.error).toMatchObject({ kind: 'throttled', status: 429, retryAfterMs: 0 });
  });

  it('does not repeat a non-idempotent sub-request after a 503', async () => {
    const { graph, requests } = setup(() => ({ status: 503, body: { error: { code: 'serviceNotAvailable', message: 'busy' } } }));
    const results = await runBatch(graph, [{ method: 'POST', url: '/sites/s/lists/l/items', body: { fields: {} } }]);
    expect(requests).toHaveLength(1);
    expect(results[0]?.error?.kind).toBe('throttled');
  });
});
