import { rmSync } from 'node:fs';
import { startEmulator } from '../../../emulator/server';
import { startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest } from './emulatorTestHarness';

const lesson = {
  SubmissionId: 'persist-0001',
  Title: 'Blijft bewaard',
  Theme: 'privacy',
  RedactedText: 'Deze les overleeft een herstart.',
  Tlp: 'CLEAR',
};

describe('persistence: data survives a restart, reset reseeds', () => {
  let emu: EmulatorUnderTest;
  let dataDir: string;

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps items, channel messages and shares across a restart without seeding twice', async () => {
    emu = await startEmulatorUnderTest();
    dataDir = emu.dataDir;
    const instruments = Number((await emu.control('GET', '/lists/Instruments/count')).body.count);
    const site = await emu.siteId();
    const created = await emu.graph('POST', `/sites/${site}/lists/Lessons/items`, { body: { fields: lesson } });
    expect(created.status).toBe(201);
    const config = await emu.control('GET', '/config');
    const teamId = (config.body.team as { id: string }).id;
    const channelId = (config.body.channels as { id: string }[])[0]?.id ?? '';
    const posted = await emu.graph('POST', `/teams/${teamId}/channels/${channelId}/messages`, { body: { body: { content: 'Bewaard bericht' } } });
    expect(posted.status).toBe(201);
    await emu.control('POST', '/shares', { content: [{ type: 'URL', url: 'https://example.org/x' }] });
    const oldToken = await emu.token('coordinator@contoso.example');
    await emu.stop(true);

    emu = await startEmulatorUnderTest(dataDir);
    expect(await emu.siteId()).toBe(site);
    const again = await emu.graph('GET', `/sites/${site}/lists/Lessons/items/${String(created.body.id)}?expand=fields`, { token: oldToken });
    expect(again.status).toBe(200);
    expect(again.body.fields?.Title).toBe('Blijft bewaard');
    expect((await emu.control('GET', '/lists/Instruments/count')).body.count).toBe(instruments);
    expect((await emu.control('GET', '/messages')).body.value?.map((message) => message.id)).toEqual([posted.body.id]);
    expect((await emu.control('GET', '/shares')).body.value).toHaveLength(1);
  });

  it('POST /emulator/reset deletes what was added and seeds again', async () => {
    const site = await emu.siteId();
    const before = Number((await emu.control('GET', '/lists/Lessons/count')).body.count);
    const reset = await emu.control('POST', '/reset');
    expect(reset.status).toBe(200);
    expect(reset.body.instruments).toBeGreaterThanOrEqual(40);
    expect(Number((await emu.control('GET', '/lists/Lessons/count')).body.count)).toBe(before - 1);
    expect((await emu.control('GET', '/messages')).body.value).toEqual([]);
    expect((await emu.control('GET', '/shares')).body.value).toEqual([]);
    // A new site id after a reset, as after re-provisioning: the Graph path still resolves.
    const resolved = await emu.graph('GET', '/sites/contoso.sharepoint.com:/sites/ivho');
    expect(resolved.status).toBe(200);
    expect(typeof resolved.body.id).toBe('string');
    expect(site).toEqual(expect.any(String));
    await emu.stop(true);
  });

  it('startEmulator({ reset: true }) reseeds an existing data directory', async () => {
    const first = await startEmulator({ port: 0, dataDir, tab: { mode: 'none' }, quiet: true });
    const tokenBody = (await (await fetch(`${first.url}/emulator/token?user=coordinator%40contoso.example`)).json()) as { access_token: string };
    const siteResponse = await fetch(`${first.url}/graph/v1.0/sites/contoso.sharepoint.com:/sites/ivho`, { headers: { authorization: `Bearer ${tokenBody.access_token}` } });
    const siteId = ((await siteResponse.json()) as { id: string }).id;
    const added = await fetch(`${first.url}/graph/v1.0/sites/${siteId}/lists/Lessons/items`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenBody.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ fields: { ...lesson, SubmissionId: 'persist-0002' } }),
    });
    expect(added.status).toBe(201);
    const lessonsBefore = first.store.countItems(siteId, 'Lessons');
    await first.close();

    const second = await startEmulator({ port: 0, dataDir, reset: true, tab: { mode: 'none' }, quiet: true });
    const config = (await (await fetch(`${second.url}/emulator/config`)).json()) as { site: { id: string } };
    expect(second.store.countItems(config.site.id, 'Lessons')).toBe(lessonsBefore - 1);
    await second.close();
  });
});
