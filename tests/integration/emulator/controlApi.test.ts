import { COORDINATOR, PRIVACY, READER, SITE_PATH, STAFF, startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest } from './emulatorTestHarness';

let emu: EmulatorUnderTest;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
});
afterAll(async () => {
  await emu.stop();
});

describe('control API: users and config', () => {
  it('lists the demo users with their SharePoint groups and nothing secret', async () => {
    const users = await emu.control('GET', '/users');
    expect(users.status).toBe(200);
    const byUpn = new Map(users.body.value?.map((user) => [user.userPrincipalName, user]));
    expect([...byUpn.keys()]).toEqual(expect.arrayContaining([COORDINATOR, READER, PRIVACY, STAFF]));
    expect(byUpn.get(COORDINATOR)).toMatchObject({ displayName: 'Anna de Vries', userType: 'Member', siteCollectionAdmin: true });
    expect(byUpn.get(COORDINATOR)?.groups).toEqual(expect.arrayContaining(['Integrale Veiligheid Owners', 'IV-HO Instrument editors', 'IV-HO Assessment coordinators']));
    expect(byUpn.get(READER)).toMatchObject({ siteCollectionAdmin: false, groups: ['Integrale Veiligheid Visitors'] });
    expect(byUpn.get(PRIVACY)?.groups).toEqual(['Integrale Veiligheid Members', 'IV-HO Case team']);
    expect(byUpn.get(STAFF)?.groups).toEqual(['Integrale Veiligheid Members']);
    for (const user of users.body.value ?? []) {
      // loginHint only where it differs from the UPN (a guest's #EXT# name).
      expect(Object.keys(user).filter((key) => key !== 'loginHint').sort()).toEqual(['displayName', 'groups', 'id', 'jobTitle', 'mail', 'siteCollectionAdmin', 'userPrincipalName', 'userType']);
      expect(String(user.userPrincipalName)).toMatch(/\.example$/);
    }
  });

  it('describes the site (with the id Graph resolves), the team and its channels', async () => {
    const config = await emu.control('GET', '/config');
    expect(config.status).toBe(200);
    const site = config.body.site as { id: string; hostname: string; path: string; displayName: string };
    expect(site).toMatchObject({ hostname: 'contoso.sharepoint.com', path: '/sites/ivho', displayName: 'Integrale Veiligheid' });
    expect((await emu.graph('GET', SITE_PATH)).body.id).toBe(site.id);
    expect(config.body.graphBaseUrl).toBe(`${emu.emulator.url}/graph/v1.0`);
    expect((config.body.team as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/);
    const channels = config.body.channels as { id: string; displayName: string }[];
    expect(channels.length).toBeGreaterThanOrEqual(2);
    for (const channel of channels) expect(channel.id).toMatch(/^19:[0-9a-z]+@thread\.tacv2$/);
  });
});

describe('control API: fault settings are validated', () => {
  afterEach(async () => {
    await emu.control('DELETE', '/faults');
  });

  it('stores valid settings with defaults and returns them', async () => {
    const set = await emu.control('POST', '/faults', { throttleRate: 0.25, latencyMs: 10, dropRate: 0.1, seed: 3 });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ throttleRate: 0.25, throttleStatuses: [429], retryAfterSeconds: 1, exposeRetryAfter: false, latencyMs: 10, holdRequests: false, holdPathPattern: '', dropRate: 0.1, seed: 3, refuseColumns: [], staleETagStatus: 412 });
    // GET adds what was injected since: nothing yet.
    expect((await emu.control('GET', '/faults')).body).toEqual({ ...set.body, injected: { decided: 0, dropped: 0, throttled: 0 } });
  });

  it('answers 400 for out-of-range values, wrong types, unknown keys and a non-object body', async () => {
    const bad: unknown[] = [
      { throttleRate: 2 },
      { dropRate: -0.1 },
      { throttleStatuses: [500] },
      { latencyMs: 'slow' },
      { exposeRetryAfter: 'yes' },
      { throttle: 0.5 },
      [0.5],
      'faults',
    ];
    for (const body of bad) {
      const answer = await emu.control('POST', '/faults', body);
      expect(answer.status).toBe(400);
      expect(answer.body.error?.code).toBe('invalidFaults');
    }
    expect((await emu.control('GET', '/faults')).body.throttleRate).toBe(0);
  });
});

describe('control API: request log, shares, counts', () => {
  it('logs each Graph round trip with method, path, status and timing, and clears the log', async () => {
    await emu.control('DELETE', '/requests');
    await emu.graph('GET', '/me');
    await emu.graph('GET', '/users/nobody@contoso.example');
    const log = await emu.control('GET', '/requests');
    const entries = log.body.value ?? [];
    expect(entries.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
      ['GET', '/me', 200],
      ['GET', '/users/nobody@contoso.example', 404],
    ]);
    for (const entry of entries) expect(Number(entry.endMs)).toBeGreaterThanOrEqual(Number(entry.startMs));
    expect(Number(entries[1]?.startMs)).toBeGreaterThanOrEqual(Number(entries[0]?.endMs) - 1);
    expect((await emu.control('DELETE', '/requests')).status).toBe(204);
    expect((await emu.control('GET', '/requests')).body.value).toEqual([]);
  });

  it('records shares from the host page and lists them', async () => {
    const share = { content: [{ type: 'URL', url: 'https://example.org/tab?instrument=1', preview: true }], target: { channelId: '19:x@thread.tacv2' } };
    const posted = await emu.control('POST', '/shares', share);
    expect(posted.status).toBe(201);
    expect(posted.body.share).toEqual(share);
    const listed = await emu.control('GET', '/shares');
    expect(listed.body.value?.map((entry) => entry.share)).toEqual([share]);
    expect((await emu.control('POST', '/shares', ['not', 'an', 'object'])).status).toBe(400);
  });

  it('counts the items of a list by display name, 404 for an unknown list', async () => {
    const count = await emu.control('GET', '/lists/Instruments/count');
    expect(count.status).toBe(200);
    expect(count.body.count).toBeGreaterThanOrEqual(40);
    expect((await emu.control('GET', '/lists/Lessons/count')).body.count).toBe(2);
    expect((await emu.control('GET', '/lists/Nope/count')).status).toBe(404);
  });
});
