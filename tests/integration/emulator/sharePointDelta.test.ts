import { startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest, GraphBody } from './emulatorTestHarness';

let emu: EmulatorUnderTest;
let site: string;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
  site = await emu.siteId();
});
afterAll(async () => {
  await emu.stop();
});

/** Follows nextLinks of a delta round until the deltaLink; returns items and the deltaLink. */
async function deltaRound(first: string): Promise<{ items: GraphBody[]; deltaLink: string; pages: number }> {
  const items: GraphBody[] = [];
  let next: string | undefined = first;
  let pages = 0;
  while (next !== undefined) {
    const answer = await emu.graph('GET', next);
    expect(answer.status).toBe(200);
    pages += 1;
    items.push(...(answer.body.value ?? []));
    const deltaLink = answer.body['@odata.deltaLink'];
    if (deltaLink !== undefined) {
      expect(answer.body['@odata.nextLink']).toBeUndefined();
      return { items, deltaLink, pages };
    }
    next = answer.body['@odata.nextLink'];
    if (next === undefined) throw new Error('A delta page has neither nextLink nor deltaLink');
    if (pages > 100) throw new Error('Delta nextLinks never reach a deltaLink');
  }
  throw new Error('unreachable');
}

const lesson = (submissionId: string, title: string) => ({
  fields: { SubmissionId: submissionId, Title: title, Theme: 'privacy', RedactedText: 'Tekst', Tlp: 'GREEN' },
});

describe('delta: pages, deltaLink, token=latest, deleted items, 410', () => {
  it('returns every item over nextLink pages and ends with a deltaLink', async () => {
    const total = emu.emulator.store.countItems(site, 'Instruments');
    const round = await deltaRound(`/sites/${site}/lists/Instruments/items/delta?$top=20&expand=fields(select=Title)`);
    expect(round.pages).toBe(Math.ceil(total / 20));
    expect(new Set(round.items.map((item) => item.id)).size).toBe(total);
    expect(round.deltaLink).toMatch(new RegExp(`^${emu.emulator.url}/graph/v1\\.0/sites/.+/items/delta\\?`));
  });

  it('reports created, changed and deleted items after the deltaLink, deletions as deleted.state', async () => {
    const start = await deltaRound(`/sites/${site}/lists/Lessons/items/delta?expand=fields`);
    const created = await emu.graph('POST', `/sites/${site}/lists/Lessons/items`, { body: lesson('delta-0001', 'Nieuw') });
    expect(created.status).toBe(201);
    const toDelete = start.items[0]?.id;
    const toChange = start.items[1]?.id;
    expect((await emu.graph('DELETE', `/sites/${site}/lists/Lessons/items/${String(toDelete)}`)).status).toBe(204);
    expect((await emu.graph('PATCH', `/sites/${site}/lists/Lessons/items/${String(toChange)}/fields`, { body: { Title: 'Gewijzigd' } })).status).toBe(200);

    const changes = await deltaRound(start.deltaLink);
    const byId = new Map(changes.items.map((item) => [item.id, item]));
    expect(byId.size).toBe(3);
    expect(byId.get(created.body.id)?.fields?.Title).toBe('Nieuw');
    expect(byId.get(toChange)?.fields?.Title).toBe('Gewijzigd');
    expect(byId.get(toDelete)?.deleted).toEqual({ state: 'deleted' });

    const quiet = await deltaRound(changes.deltaLink);
    expect(quiet.items).toEqual([]);
  });

  it('token=latest returns no items and a deltaLink that sees only later changes', async () => {
    const latest = await emu.graph('GET', `/sites/${site}/lists/Lessons/items/delta?token=latest`);
    expect(latest.status).toBe(200);
    expect(latest.body.value).toEqual([]);
    const deltaLink = latest.body['@odata.deltaLink'];
    expect(deltaLink).toEqual(expect.any(String));
    const created = await emu.graph('POST', `/sites/${site}/lists/Lessons/items`, { body: lesson('delta-0002', 'Later') });
    const round = await deltaRound(String(deltaLink));
    expect(round.items.map((item) => item.id)).toEqual([created.body.id]);
  });

  it('answers 410 with a resync code for an expired token, and a fresh round works again', async () => {
    const start = await deltaRound(`/sites/${site}/lists/Lessons/items/delta`);
    expect((await emu.control('POST', '/delta/expire')).status).toBe(204);
    const expired = await emu.graph('GET', start.deltaLink);
    expect(expired.status).toBe(410);
    expect(expired.body.error?.code).toMatch(/resync/i);
    const fresh = await deltaRound(`/sites/${site}/lists/Lessons/items/delta`);
    expect(fresh.items.length).toBe(emu.emulator.store.countItems(site, 'Lessons'));
  });
});
