import { startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest } from './emulatorTestHarness';

let emu: EmulatorUnderTest;
const ORIGIN = 'http://localhost:5173';

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
});
afterAll(async () => {
  await emu.stop();
});
afterEach(async () => {
  await emu.control('DELETE', '/faults');
});

const exposedHeaders = (headers: Headers): string[] =>
  (headers.get('access-control-expose-headers') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');

describe('CORS like Graph: preflight answered, Retry-After not exposed', () => {
  it('answers a preflight with the methods and headers the app sends, without a token', async () => {
    const response = await fetch(`${emu.emulator.url}/graph/v1.0/sites/x/lists/y/items/1/fields`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization,content-type,if-match' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const methods = (response.headers.get('access-control-allow-methods') ?? '').split(',').map((method) => method.trim());
    expect(methods).toEqual(expect.arrayContaining(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']));
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(',').map((name) => name.trim());
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'if-match', 'prefer', 'client-request-id']));
  });

  it('echoes the origin and exposes ETag, request-id, client-request-id on normal answers', async () => {
    const answer = await emu.graph('GET', '/me', { headers: { origin: ORIGIN, 'client-request-id': 'abc-123' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(exposedHeaders(answer.headers)).toEqual(expect.arrayContaining(['etag', 'request-id', 'client-request-id']));
    expect(answer.headers.get('client-request-id')).toBe('abc-123');
    expect(answer.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('fault injection: 429/503 with a hidden Retry-After', () => {
  it('answers 429 with Retry-After present but not listed in Access-Control-Expose-Headers', async () => {
    await emu.control('POST', '/faults', { throttleRate: 1, retryAfterSeconds: 2 });
    const answer = await emu.graph('GET', '/me', { headers: { origin: ORIGIN } });
    expect(answer.status).toBe(429);
    expect(answer.body.error?.code).toBe('TooManyRequests');
    expect(answer.headers.get('retry-after')).toBe('2');
    expect(answer.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(exposedHeaders(answer.headers)).not.toContain('retry-after');
  });

  it('lists Retry-After as exposed only when exposeRetryAfter is set', async () => {
    await emu.control('POST', '/faults', { throttleRate: 1, throttleStatuses: [503], retryAfterSeconds: 5, exposeRetryAfter: true });
    const answer = await emu.graph('GET', '/me', { headers: { origin: ORIGIN } });
    expect(answer.status).toBe(503);
    expect(answer.body.error?.code).toBe('serviceNotAvailable');
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(exposedHeaders(answer.headers)).toContain('retry-after');
  });

  it('throttles a seeded share of requests, the same share for the same seed', async () => {
    const run = async (): Promise<number[]> => {
      await emu.control('POST', '/faults', { throttleRate: 0.3, throttleStatuses: [429, 503], seed: 9 });
      const statuses: number[] = [];
      for (let index = 0; index < 30; index += 1) statuses.push((await emu.graph('GET', '/me')).status);
      return statuses;
    };
    const first = await run();
    expect(first.filter((status) => status === 200).length).toBeGreaterThan(10);
    expect(first.filter((status) => status === 429 || status === 503).length).toBeGreaterThan(2);
    expect(first.every((status) => [200, 429, 503].includes(status))).toBe(true);
    expect(await run()).toEqual(first);
  });

  it('stops injecting after DELETE /emulator/faults', async () => {
    await emu.control('POST', '/faults', { throttleRate: 1 });
    expect((await emu.graph('GET', '/me')).status).toBe(429);
    const cleared = await emu.control('DELETE', '/faults');
    expect(cleared.body.throttleRate).toBe(0);
    expect((await emu.graph('GET', '/me')).status).toBe(200);
  });
});

describe('fault injection: latency', () => {
  it('adds the configured latency to every Graph request', async () => {
    await emu.control('POST', '/faults', { latencyMs: 150 });
    const started = performance.now();
    const answer = await emu.graph('GET', '/me');
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('never delays the control API: a control call started after a slow Graph call ends first', async () => {
    await emu.control('POST', '/faults', { latencyMs: 3000 });
    const finished: string[] = [];
    const graph = emu.graph('GET', '/me').then(() => finished.push('graph'));
    const control = emu.control('GET', '/faults').then(() => finished.push('control'));
    await Promise.all([graph, control]);
    expect(finished).toEqual(['control', 'graph']);
    await emu.control('POST', '/faults', { latencyMs: 0 });
  });
});

describe('fault injection: dropped connections', () => {
  it('destroys the connection without an answer and logs the drop', async () => {
    await emu.control('DELETE', '/requests');
    await emu.control('POST', '/faults', { dropRate: 1 });
    await expect(emu.graph('GET', '/me')).rejects.toThrow();
    await emu.control('DELETE', '/faults');
    expect((await emu.graph('GET', '/me')).status).toBe(200);
    const log = await emu.control('GET', '/requests');
    expect(log.body.value?.map((entry) => entry.status)).toEqual([0, 200]);
  });
});

describe('held requests: a loading state for as long as a test needs it', () => {
  it('answers nothing while holdRequests is set, and everything once the settings change', async () => {
    await emu.control('POST', '/faults', { holdRequests: true });
    let answered = false;
    const pending = emu.graph('GET', '/me').then((answer) => {
      answered = true;
      return answer;
    });
    // A later request reaching the server proves the first one had its chance to be answered.
    await emu.control('GET', '/faults');
    expect(answered).toBe(false);
    await emu.control('DELETE', '/faults');
    expect((await pending).status).toBe(200);
  });

  it('holds only the requests holdPathPattern names', async () => {
    await emu.control('POST', '/faults', { holdRequests: true, holdPathPattern: '/items' });
    expect((await emu.graph('GET', '/me')).status).toBe(200);
  });

  it('refuses a pattern that is no regular expression', async () => {
    expect((await emu.control('POST', '/faults', { holdRequests: true, holdPathPattern: '(' })).status).toBe(400);
  });
});
