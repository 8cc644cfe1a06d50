import { createGraphClient } from './createGraphClient';
import type { GraphClientConfig } from './createGraphClient';
import { isGraphError } from './GraphError';
import type { GraphError, GraphErrorKind } from './GraphError';
import type { TokenSource } from './TokenSource';
import { graphErrorResponse, jsonResponse, recordingFetch } from './testing/recordingFetch';
import type { FakeGraphHandler } from './testing/recordingFetch';

const BASE = 'http://127.0.0.1:4280/graph/v1.0';

function tokens(...values: string[]): TokenSource & { invalidations: number } {
  let current = 0;
  const source = {
    invalidations: 0,
    getAccessToken: () => Promise.resolve(values[Math.min(current, values.length - 1)] ?? 'none'),
    invalidate: () => {
      current += 1;
      source.invalidations += 1;
    },
  };
  return source;
}

function setup(handler: FakeGraphHandler, overrides: Partial<GraphClientConfig> = {}) {
  const { fetch, requests } = recordingFetch(handler);
  const sleeps: number[] = [];
  const graph = createGraphClient({
    baseUrl: BASE,
    tokenSource: tokens('token-1', 'token-2'),
    fetch,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    ...overrides,
  });
  return { graph, requests, sleeps };
}

async function failureOf(promise: Promise<unknown>): Promise<GraphError> {
  try {
    await promise;
  } catch (error: unknown) {
    if (isGraphError(error)) return error;
    throw error;
  }
  throw new Error('expected a GraphError');
}

describe('createGraphClient', () => {
  it('sends GETs to the configured root with the bearer token and parses the JSON body', async () => {
    const { graph, requests } = setup(() => jsonResponse(200, { id: 'site-1' }));
    const result = await graph.send({ method: 'GET', path: '/sites/contoso.sharepoint.com:/sites/ivho' });
    expect(result.body).toEqual({ id: 'site-1' });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe(`${BASE}/sites/contoso.sharepoint.com:/sites/ivho`);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.headers['authorization']).toBe('Bearer token-1');
  });

  it('asks the token source for a silent-only token when a request is background work (interactive: false)', async () => {
    const asked: Array<{ scopes: readonly string[] | undefined; interactive: boolean | undefined }> = [];
    const tokenSource: TokenSource = {
      getAccessToken: (scopes, options) => {
        asked.push({ scopes, interactive: options?.interactive });
        return Promise.resolve('t');
      },
    };
    const { fetch } = recordingFetch(() => new Response(null, { status: 204 }));
    const graph = createGraphClient({ baseUrl: BASE, tokenSource, fetch, sleep: () => Promise.resolve() });
    await graph.send({ method: 'POST', path: '/users/x/teamwork/sendActivityNotification', body: {}, scopes: ['TeamsActivity.Send'], interactive: false });
    await graph.send({ method: 'GET', path: '/me' });
    expect(asked).toEqual([
      { scopes: ['TeamsActivity.Send'], interactive: false },
      { scopes: undefined, interactive: undefined },
    ]);
  });

  it('works against the real Graph root too', async () => {
    const { graph, requests } = setup(() => jsonResponse(200, {}), { baseUrl: 'https://graph.microsoft.com/v1.0/' });
    await graph.send({ method: 'GET', path: '/sites/root' });
    expect(requests[0]?.url).toBe('https://graph.microsoft.com/v1.0/sites/root');
  });

  it('serialises POST and PATCH bodies as JSON and passes caller headers', async () => {
    const { graph, requests } = setup(() => jsonResponse(201, { id: '7' }));
    await graph.send({ method: 'POST', path: '/sites/s/lists/l/items', body: { fields: { Title: 'x' } } });
    await graph.send({ method: 'PATCH', path: '/sites/s/lists/l/items/7/fields', headers: { 'If-Match': '"e,1"' }, body: { Title: 'y' } });
    expect(requests[0]?.method).toBe('POST');
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ fields: { Title: 'x' } });
    expect(requests[0]?.headers['content-type']).toBe('application/json');
    expect(requests[1]?.method).toBe('PATCH');
    expect(requests[1]?.headers['if-match']).toBe('"e,1"');
    expect(JSON.parse(requests[1]?.body ?? '')).toEqual({ Title: 'y' });
  });

  it('follows absolute links by re-rooting them on the configured base URL', async () => {
    const { graph, requests } = setup(() => jsonResponse(200, { value: [] }));
    await graph.send({ method: 'GET', path: `${BASE}/sites/s/lists/l/items?$skiptoken=abc&expand=fields(select=Title)` });
    await graph.send({ method: 'GET', path: 'http://localhost:4280/graph/v1.0/sites/s/lists/l/items?$skiptoken=def' });
    const first = new URL(requests[0]?.url ?? '');
    expect(first.origin + first.pathname).toBe(`${BASE}/sites/s/lists/l/items`);
    expect(first.searchParams.get('$skiptoken')).toBe('abc');
    expect(first.searchParams.get('expand')).toBe('fields(select=Title)');
    // A link naming another host still goes to our own root: the token stays home.
    expect(requests[1]?.url.startsWith(`${BASE}/sites/s/lists/l/items?`)).toBe(true);
    await expect(graph.send({ method: 'GET', path: 'https://evil.example/other/path' })).rejects.toMatchObject({ code: 'unexpectedLink' });
  });

  describe('error mapping', () => {
    const cases: [number, GraphErrorKind][] = [
      [400, 'validation'],
      [401, 'auth'],
      [403, 'forbidden'],
      [404, 'notFound'],
      [409, 'conflict'],
      [410, 'gone'],
      [412, 'preconditionFailed'],
      [422, 'validation'],
      [429, 'throttled'],
      [500, 'unknown'],
      [503, 'throttled'],
      [504, 'network'],
    ];
    it.each(cases)('maps HTTP %i to kind %s with code, message and request id', async (status, kind) => {
      const { graph } = setup(() => graphErrorResponse(status, `code${status}`, `message ${status}`), {
        retry: { maxAttempts: 1 },
        tokenSource: { getAccessToken: () => Promise.resolve('t') },
      });
      const error = await failureOf(graph.send({ method: 'GET', path: '/sites/x' }));
      expect(error).toMatchObject({ kind, status, code: `code${status}`, message: `message ${status}`, requestId: `req-${status}` });
      expect(error.isGraphError).toBe(true);
      expect(error).toBeInstanceOf(Error);
    });

    it('keeps a non-JSON error body as the message and prefers the request-id header', async () => {
      const { graph } = setup(() => new Response('Bad gateway', { status: 502, headers: { 'request-id': 'hdr-1' } }));
      const error = await failureOf(graph.send({ method: 'GET', path: '/x' }));
      expect(error).toMatchObject({ kind: 'unknown', status: 502, code: 'http502', message: 'Bad gateway', requestId: 'hdr-1' });
    });

    it('turns a rejected fetch into kind network once retries are spent', async () => {
      const { graph, requests } = setup(() => Promise.reject(new TypeError('fetch failed')), { retry: { maxAttempts: 3 } });
      const error = await failureOf(graph.send({ method: 'GET', path: '/x' }));
      expect(error).toMatchObject({ kind: 'network', status: 0, code: 'networkError' });
      expect(requests).toHaveLength(3);
    });

    it('reports a token source failure as kind auth without sending anything', async () => {
      const { graph, requests } = setup(() => jsonResponse(200, {}), {
        tokenSource: { getAccessToken: () => Promise.reject(new Error('interaction_required')) },
      });
      const error = await failureOf(graph.send({ method: 'GET', path: '/x' }));
      expect(error).toMatchObject({ kind: 'auth', status: 0, code: 'tokenUnavailable' });
      expect(error.message).toContain('interaction_required');
      expect(requests).toHaveLength(0);
    });
  });

  describe('401 refresh', () => {
    it('invalidates the token once and repeats the request with a fresh one', async () => {
      const source = tokens('stale', 'fresh');
      const { graph, requests } = setup(
        (request) => (request.headers['authorization'] === 'Bearer fresh' ? jsonResponse(200, { ok: true }) : graphErrorResponse(401, 'InvalidAuthenticationToken', 'expired')),
        { tokenSource: source },
      );
      const result = await graph.send({ method: 'GET', path: '/x' });
      expect(result.body).toEqual({ ok: true });
      expect(requests.map((request) => request.headers['authorization'])).toEqual(['Bearer stale', 'Bearer fresh']);
      expect(source.invalidations).toBe(1);
    });

    it('gives up with kind auth when the fresh token is refused too', async () => {
      const source = tokens('a', 'b', 'c');
      const { graph, requests } = setup(() => graphErrorResponse(401, 'InvalidAuthenticationToken', 'no'), { tokenSource: source });
      const error = await failureOf(graph.send({ method: 'GET', path: '/x' }));
      expect(error.kind).toBe('auth');
      expect(requests).toHaveLength(2);
      expect(source.invalidations).toBe(1);
    });

    it('does not repeat a 401 when the source cannot refresh', async () => {
      const { graph, requests } = setup(() => graphErrorResponse(401, 'x', 'no'), { tokenSource: { getAccessToken: () => Promise.resolve('t') } });
      await expect(graph.send({ method: 'GET', path: '/x' })).rejects.toMatchObject({ kind: 'auth' });
      expect(requests).toHaveLength(1);
    });
  });

  describe('retries', () => {
    it('waits the Retry-After the server gave, then succeeds', async () => {
      const { graph, requests, sleeps } = setup((_, index) =>
        index === 0 ? graphErrorResponse(429, 'TooManyRequests', 'slow down', { 'Retry-After': '3' }) : jsonResponse(200, { ok: 1 }),
      );
      const result = await graph.send({ method: 'GET', path: '/x' });
      expect(result.body).toEqual({ ok: 1 });
      expect(requests).toHaveLength(2);
      expect(sleeps).toEqual([3000]);
    });

    it('backs off exponentially with jitter when Retry-After is not visible', async () => {
      const { graph, requests, sleeps } = setup(
        (_, index) => (index < 3 ? graphErrorResponse(503, 'serviceNotAvailable', 'busy') : jsonResponse(200, {})),
        { retry: { baseDelayMs: 100, maxDelayMs: 10_000 }, random: () => 1 },
      );
      await graph.send({ method: 'GET', path: '/x' });
      expect(requests).toHaveLength(4);
      // step = 100 * 2^(n-1); wait = step/2 + step/2 * random
      expect(sleeps).toEqual([100, 200, 400]);
    });

    it('jitter spreads the wait between half and all of the step', async () => {
      const { graph, sleeps } = setup((_, index) => (index < 2 ? graphErrorResponse(504, 'gatewayTimeout', 'x') : jsonResponse(200, {})), {
        retry: { baseDelayMs: 1000 },
        random: () => 0,
      });
      await graph.send({ method: 'GET', path: '/x' });
      expect(sleeps).toEqual([500, 1000]);
    });

    it('stops after maxAttempts and reports the throttling with its Retry-After', async () => {
      const { graph, requests } = setup(() => graphErrorResponse(429, 'TooManyRequests', 'no', { 'Retry-After': '1' }), { retry: { maxAttempts: 4 } });
      const error = await failureOf(graph.send({ method: 'GET', path: '/x' }));
      expect(error).toMatchObject({ kind: 'throttled', status: 429, retryAfterMs: 1000 });
      expect(requests).toHaveLength(4);
    });

    it('does not take a wait that would exceed maxTotalDelayMs', async () => {
      const { graph, requests, sleeps } = setup(() => graphErrorResponse(429, 'TooManyRequests', 'no', { 'Retry-After': '40' }), {
        retry: { maxTotalDelayMs: 60_000 },
      });
      await expect(graph.send({ method: 'GET', path: '/x' })).rejects.toMatchObject({ kind: 'throttled' });
      expect(sleeps).toEqual([40_000]);
      expect(requests).toHaveLength(2);
    });

    it('repeats a GET after a dropped connection', async () => {
      const { graph, requests } = setup((_, index) => (index === 0 ? Promise.reject(new TypeError('socket hang up')) : jsonResponse(200, { v: 2 })));
      await expect(graph.send({ method: 'GET', path: '/x' })).resolves.toMatchObject({ body: { v: 2 } });
      expect(requests).toHaveLength(2);
    });

    it('does not repeat a plain POST after a 503 or a dropped connection', async () => {
      const busy = setup(() => graphErrorResponse(503, 'serviceNotAvailable', 'busy'));
      await expect(busy.graph.send({ method: 'POST', path: '/x', body: {} })).rejects.toMatchObject({ kind: 'throttled' });
      expect(busy.requests).toHaveLength(1);
      const dropped = setup(() => Promise.reject(new TypeError('socket hang up')));
      await expect(dropped.graph.send({ method: 'POST', path: '/x', body: {} })).rejects.toMatchObject({ kind: 'network' });
      expect(dropped.requests).toHaveLength(1);
    });

    it('repeats a POST the caller marks idempotent, with the same body', async () => {
      const { graph, requests } = setup((_, index) =>
        index === 0 ? Promise.reject(new TypeError('socket hang up')) : index === 1 ? graphErrorResponse(503, 'x', 'busy') : jsonResponse(201, { id: '1' }),
      );
      await graph.send({ method: 'POST', path: '/x', body: { fields: { SubmissionId: 'abc' } }, idempotent: true });
      expect(requests).toHaveLength(3);
      expect(new Set(requests.map((request) => request.body)).size).toBe(1);
    });

    it('repeats any method after a 429, which Graph documents as not run', async () => {
      const { graph, requests } = setup((_, index) => (index === 0 ? graphErrorResponse(429, 'x', 'slow') : jsonResponse(201, { id: '1' })));
      await graph.send({ method: 'POST', path: '/x', body: {} });
      expect(requests).toHaveLength(2);
    });

    it('never repeats a 4xx other than 429', async () => {
      const { graph, requests } = setup(() => graphErrorResponse(409, 'nameAlreadyExists', 'dup'));
      await expect(graph.send({ method: 'PUT', path: '/x', body: {} })).rejects.toMatchObject({ kind: 'conflict' });
      expect(requests).toHaveLength(1);
    });
  });
});
