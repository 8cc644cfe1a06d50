/**
 * The emulator answers only its own origin: the control API (tokens, reset) refuses a
 * browser page on any other origin, every request must name the server by one of its own
 * loopback names (DNS rebinding), and Graph still answers any origin, as Graph does.
 */
import { request as httpRequest } from 'node:http';
import { COORDINATOR, startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest } from './emulatorTestHarness';

let emu: EmulatorUnderTest;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
});
afterAll(async () => {
  await emu.stop();
});

const FOREIGN = 'https://evil.example';

interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A request with exactly the headers given (fetch would not send a Host of our choosing). */
function send(base: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawAnswer> {
  const url = new URL(path, base);
  return new Promise((done, fail) => {
    const outgoing = httpRequest({ host: url.hostname, port: url.port, method, path: `${url.pathname}${url.search}`, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => done({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', fail);
    outgoing.end(body);
  });
}

const tokenPath = `/emulator/token?user=${encodeURIComponent(COORDINATOR)}`;

describe('control API: own origins only', () => {
  const ownOrigins = () => [`http://127.0.0.1:${emu.emulator.port}`, `http://localhost:${emu.emulator.port}`];

  it('refuses a token to a page on a foreign origin, and its preflight', async () => {
    const refused = await send(emu.emulator.url, 'GET', tokenPath, { origin: FOREIGN });
    expect(refused.status).toBe(403);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'originNotAllowed' } });
    expect(refused.body).not.toContain('access_token');
    const preflight = await send(emu.emulator.url, 'OPTIONS', '/emulator/reset', { origin: FOREIGN, 'access-control-request-method': 'POST' });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a reset from a foreign origin before acting on it (a form POST needs no preflight)', async () => {
    const share = { content: [{ type: 'URL', url: 'https://example.org/kept' }] };
    expect((await emu.control('POST', '/shares', share)).status).toBe(201);
    for (const origin of [FOREIGN, 'null', `http://127.0.0.1:${emu.emulator.port + 1}`]) {
      const refused = await send(emu.emulator.url, 'POST', '/emulator/reset', { origin, 'content-type': 'text/plain' }, '{}');
      expect(refused.status).toBe(403);
    }
    // The data was not reset: the share is still there.
    expect((await emu.control('GET', '/shares')).body.value?.map((entry) => entry.share)).toContainEqual(share);
  });

  it('answers its own origins, both loopback names, with CORS for that origin', async () => {
    for (const origin of ownOrigins()) {
      const token = await send(emu.emulator.url, 'GET', tokenPath, { origin });
      expect(token.status).toBe(200);
      expect(token.headers['access-control-allow-origin']).toBe(origin);
      expect(JSON.parse(token.body)).toHaveProperty('access_token');
      const preflight = await send(emu.emulator.url, 'OPTIONS', '/emulator/reset', { origin, 'access-control-request-method': 'POST' });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(origin);
    }
    const reset = await send(emu.emulator.url, 'POST', '/emulator/reset', { origin: ownOrigins()[1] ?? '', 'content-type': 'application/json' }, '{}');
    expect(reset.status).toBe(200);
  });

  it('answers a request without Origin (Node, curl) as before', async () => {
    const token = await send(emu.emulator.url, 'GET', tokenPath, {});
    expect(token.status).toBe(200);
    expect(token.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('Host header: own loopback names only (DNS rebinding)', () => {
  it('refuses a request that names the server by a foreign host, on every path', async () => {
    for (const host of [`evil.example:${emu.emulator.port}`, 'evil.example', `127.0.0.1:${emu.emulator.port + 1}`, `localhost.:${emu.emulator.port}`]) {
      for (const path of [tokenPath, '/graph/v1.0/me', '/host?tab=personal', '/']) {
        const refused = await send(emu.emulator.url, 'GET', path, { host });
        expect([path, refused.status]).toEqual([path, 403]);
        expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'hostNotAllowed' } });
      }
    }
  });

  it('answers both of its own names', async () => {
    for (const host of [`127.0.0.1:${emu.emulator.port}`, `localhost:${emu.emulator.port}`, `LOCALHOST:${emu.emulator.port}`]) {
      expect((await send(emu.emulator.url, 'GET', tokenPath, { host })).status).toBe(200);
    }
  });

  it("keeps the file host on its own names, with downloads readable from any origin", async () => {
    const put = await emu.graph('PUT', '/me/drive/special/approot:/origin-test.json:/content', { body: { kept: true } });
    expect(put.status).toBeLessThan(300);
    const item = await emu.graph('GET', '/me/drive/special/approot:/origin-test.json');
    const download = String(item.body['@microsoft.graph.downloadUrl']);
    const port = new URL(download).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const read = await send(download, 'GET', download, { host, origin: FOREIGN });
      expect(read.status).toBe(200);
      expect(read.headers['access-control-allow-origin']).toBe('*');
    }
    expect((await send(download, 'GET', download, { host: `evil.example:${port}` })).status).toBe(403);
    // The main server's port is not the file host's own.
    expect((await send(download, 'GET', download, { host: `127.0.0.1:${emu.emulator.port}` })).status).toBe(403);
  });
});

describe('Graph: any origin, as Microsoft Graph', () => {
  it('answers a foreign origin with CORS for it: bearer tokens guard Graph, not the origin', async () => {
    const answer = await emu.graph('GET', '/me', { headers: { origin: FOREIGN } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(FOREIGN);
    const preflight = await send(emu.emulator.url, 'OPTIONS', '/graph/v1.0/me', { origin: FOREIGN, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(FOREIGN);
  });
});
