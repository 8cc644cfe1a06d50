import { connect } from 'node:net';
import { SITE_PATH, startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest } from './emulatorTestHarness';

let emu: EmulatorUnderTest;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
});
afterAll(async () => {
  await emu.stop();
});

const isGraphError = (body: { error?: { code: string; message: string } }): boolean =>
  typeof body.error?.code === 'string' && typeof body.error.message === 'string';

/** Writes raw bytes to the emulator and resolves with whatever comes back before it closes. */
const sendRaw = (bytes: string): Promise<string> =>
  new Promise((resolve) => {
    const socket = connect(emu.emulator.port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => resolve(received));
    socket.on('close', () => resolve(received));
    socket.setTimeout(2000, () => socket.destroy());
    socket.end(bytes);
  });

describe('bad input: Graph-shaped 400s and 404s, never a crash', () => {
  it('answers 400 BadRequest for a body that is not JSON', async () => {
    const token = await emu.token('coordinator@contoso.example');
    const site = await emu.siteId();
    const response = await fetch(`${emu.emulator.url}/graph/v1.0/sites/${site}/lists/Lessons/items`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"fields": {',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BadRequest');
    expect(isGraphError(body)).toBe(true);
  });

  it('answers 404 itemNotFound-style for unknown routes, sites and lists', async () => {
    const unknownRoute = await emu.graph('GET', '/drives/nothing');
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.body.error?.code).toBe('itemNotFound');
    const unknownSite = await emu.graph('GET', '/sites/contoso.sharepoint.com:/sites/nowhere');
    expect(unknownSite.status).toBe(404);
    expect(isGraphError(unknownSite.body)).toBe(true);
    const site = await emu.siteId();
    const unknownList = await emu.graph('GET', `/sites/${site}/lists/NoSuchList/items`);
    expect(unknownList.status).toBe(404);
    expect(isGraphError(unknownList.body)).toBe(true);
    const unknownItem = await emu.graph('GET', `/sites/${site}/lists/Instruments/items/999999`);
    expect(unknownItem.status).toBe(404);
    const beta = await fetch(`${emu.emulator.url}/graph/beta/me`);
    expect(beta.status).toBe(404);
  });

  it('answers 400 for malformed query options and field values', async () => {
    const site = await emu.siteId();
    const badFilter = await emu.graph('GET', `/sites/${site}/lists/Instruments/items?expand=fields&$filter=${encodeURIComponent("fields/Status eq 'published")}`);
    expect(badFilter.status).toBe(400);
    expect(isGraphError(badFilter.body)).toBe(true);
    const badTop = await emu.graph('GET', `/sites/${site}/lists/Instruments/items?$top=lots`);
    expect(badTop.status).toBe(400);
    const noFields = await emu.graph('POST', `/sites/${site}/lists/Lessons/items`, { body: { notFields: true } });
    expect(noFields.status).toBe(400);
    expect(isGraphError(noFields.body)).toBe(true);
  });

  it('refuses methods Graph does not have and oversized bodies', async () => {
    const token = await emu.token('coordinator@contoso.example');
    const trace = await fetch(`${emu.emulator.url}/graph/v1.0/me`, { method: 'PROPFIND', headers: { authorization: `Bearer ${token}` } });
    expect(trace.status).toBe(405);
    const huge = await fetch(`${emu.emulator.url}/graph/v1.0/$batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(5 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(isGraphError((await huge.json()) as { error: { code: string; message: string } })).toBe(true);
  });

  it('survives garbage on the wire, bad percent-encoding and odd paths, and keeps answering', async () => {
    const reply = await sendRaw('THIS IS NOT HTTP\r\n\r\n');
    expect(reply.startsWith('HTTP/1.1 400')).toBe(true);
    await sendRaw(`GET /graph/v1.0/me HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{"half`);
    const badEncoding = await emu.graph('GET', '/teams/%E0%A4%A/channels/x/messages');
    expect([400, 404]).toContain(badEncoding.status);
    const doubleSlash = await fetch(`${emu.emulator.url}//graph/v1.0/me`);
    expect(doubleSlash.status).toBe(404);
    const site = await emu.siteId();
    const weird = await emu.graph('GET', `/sites/${site}/lists/${encodeURIComponent("'); DROP TABLE items; --")}/items`);
    expect(weird.status).toBe(404);
    expect((await emu.graph('GET', SITE_PATH)).status).toBe(200);
    expect((await emu.control('GET', '/lists/Instruments/count')).body.count).toBeGreaterThan(0);
  });

  it('answers 400 to a control request with broken JSON and 404 to an unknown control route', async () => {
    const response = await fetch(`${emu.emulator.url}/emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(response.status).toBe(400);
    expect((await emu.control('GET', '/nothing-here')).status).toBe(404);
  });
});
