import { COORDINATOR, SITE_PATH, startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest, GraphBody } from './emulatorTestHarness';

let emu: EmulatorUnderTest;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
});
afterAll(async () => {
  await emu.stop();
});
afterEach(async () => {
  await emu.control('DELETE', '/faults');
});

const byId = (responses: GraphBody[] | undefined, id: string): GraphBody => {
  const found = responses?.find((response) => response.id === id);
  if (found === undefined) throw new Error(`No sub-response ${id}`);
  return found;
};

describe('$batch: at most 20 requests, relative URLs, dependsOn and 424', () => {
  it('answers 200 with one sub-response per request, in any order, each with its own status', async () => {
    const answer = await emu.graph('POST', '/$batch', {
      body: {
        requests: [
          { id: 'me', method: 'GET', url: '/me' },
          { id: 'site', method: 'GET', url: SITE_PATH.slice(1) },
          { id: 'nobody', method: 'GET', url: '/users/nobody@contoso.example' },
        ],
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.responses).toHaveLength(3);
    expect(byId(answer.body.responses, 'me').status).toBe(200);
    expect(byId(answer.body.responses, 'me').body?.userPrincipalName).toBe(COORDINATOR);
    expect(byId(answer.body.responses, 'site').status).toBe(200);
    expect(byId(answer.body.responses, 'site').body?.displayName).toBe('Integrale Veiligheid');
    expect(byId(answer.body.responses, 'nobody').status).toBe(404);
    expect(byId(answer.body.responses, 'nobody').body?.error?.code).toEqual(expect.any(String));
  });

  it('accepts 20 requests and refuses 21 with a Graph-shaped 400', async () => {
    const requests = (count: number) => Array.from({ length: count }, (_, index) => ({ id: String(index + 1), method: 'GET', url: '/me' }));
    const twenty = await emu.graph('POST', '/$batch', { body: { requests: requests(20) } });
    expect(twenty.status).toBe(200);
    expect(twenty.body.responses?.every((response) => response.status === 200)).toBe(true);
    const twentyOne = await emu.graph('POST', '/$batch', { body: { requests: requests(21) } });
    expect(twentyOne.status).toBe(400);
    expect(twentyOne.body.error?.code).toBe('BadRequest');
  });

  it('answers 400 for a sub-request URL with the version segment or an absolute URL, and runs the others', async () => {
    const answer = await emu.graph('POST', '/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/v1.0/me' },
          { id: '2', method: 'GET', url: 'v1.0/me' },
          { id: '3', method: 'GET', url: `${emu.emulator.url}/graph/v1.0/me` },
          { id: '4', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' },
          { id: '5', method: 'GET', url: 'me' },
        ],
      },
    });
    expect(answer.status).toBe(200);
    for (const id of ['1', '2', '3', '4']) {
      expect(byId(answer.body.responses, id).status).toBe(400);
      expect(byId(answer.body.responses, id).body?.error?.code).toBe('BadRequest');
    }
    expect(byId(answer.body.responses, '5').status).toBe(200);
  });

  it('runs dependsOn in order and answers 424 for dependents of a failed request, transitively', async () => {
    const answer = await emu.graph('POST', '/$batch', {
      body: {
        requests: [
          { id: 'c', method: 'GET', url: '/me', dependsOn: ['b'] },
          { id: 'a', method: 'GET', url: '/users/missing@contoso.example' },
          { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
          { id: 'd', method: 'GET', url: '/me' },
        ],
      },
    });
    expect(answer.status).toBe(200);
    expect(byId(answer.body.responses, 'a').status).toBe(404);
    expect(byId(answer.body.responses, 'b').status).toBe(424);
    expect(byId(answer.body.responses, 'b').body?.error?.code).toBe('failedDependency');
    expect(byId(answer.body.responses, 'c').status).toBe(424);
    expect(byId(answer.body.responses, 'd').status).toBe(200);
  });

  it('refuses malformed batches: duplicate ids, unknown dependsOn, cycles, missing url, no requests array', async () => {
    const bodies: unknown[] = [
      { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '1', method: 'GET', url: '/me' }] },
      { requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }] },
      { requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['2'] }, { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] }] },
      { requests: [{ id: '1', method: 'GET' }] },
      { requests: [{ id: '1', method: 'FETCH', url: '/me' }] },
      { requests: 'all of them' },
      [],
    ];
    for (const body of bodies) {
      const answer = await emu.graph('POST', '/$batch', { body });
      expect(answer.status).toBe(400);
      expect(answer.body.error?.code).toBe('BadRequest');
    }
    const get = await emu.graph('GET', '/$batch');
    expect(get.status).toBe(405);
  });

  it('needs Content-Type on a sub-request with a body, as Graph does', async () => {
    const answer = await emu.graph('POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'POST', url: `${SITE_PATH}/lists`, body: { displayName: 'NoType' } }] },
    });
    expect(byId(answer.body.responses, '1').status).toBe(400);
  });
});

describe('$batch: each sub-request throttled on its own', () => {
  const twentyGets = { requests: Array.from({ length: 20 }, (_, index) => ({ id: String(index), method: 'GET', url: '/me' })) };

  it('answers throttled sub-requests 429 with their own Retry-After while the batch is 200', async () => {
    await emu.control('POST', '/faults', { throttleRate: 0.5, retryAfterSeconds: 3, seed: 42 });
    const first = await emu.graph('POST', '/$batch', { body: twentyGets });
    expect(first.status).toBe(200);
    const throttled = first.body.responses?.filter((response) => response.status === 429) ?? [];
    const passed = first.body.responses?.filter((response) => response.status === 200) ?? [];
    expect(throttled.length).toBeGreaterThan(0);
    expect(passed.length).toBeGreaterThan(0);
    expect(throttled.length + passed.length).toBe(20);
    for (const response of throttled) {
      expect(response.headers?.['Retry-After']).toBe('3');
      expect(response.body?.error?.code).toBe('TooManyRequests');
    }
    // The same seed gives the same pattern: tests of retry logic are repeatable.
    await emu.control('POST', '/faults', { throttleRate: 0.5, retryAfterSeconds: 3, seed: 42 });
    const second = await emu.graph('POST', '/$batch', { body: twentyGets });
    const pattern = (responses: GraphBody[] | undefined) => responses?.map((response) => `${String(response.id)}:${String(response.status)}`);
    expect(pattern(second.body.responses)).toEqual(pattern(first.body.responses));
  });

  it('throttles every sub-request at rate 1 with 503 when asked', async () => {
    await emu.control('POST', '/faults', { throttleRate: 1, throttleStatuses: [503], retryAfterSeconds: 7 });
    const answer = await emu.graph('POST', '/$batch', { body: twentyGets });
    expect(answer.status).toBe(200);
    expect(answer.body.responses?.map((response) => response.status)).toEqual(Array.from({ length: 20 }, () => 503));
    expect(answer.body.responses?.[0]?.headers?.['Retry-After']).toBe('7');
  });
});
