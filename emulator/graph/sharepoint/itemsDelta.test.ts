import type { GraphResponse } from '../graphTypes';
import { createTestBed, errorCodeOf, READER, valuesOf } from './sharePointTestBed';
import type { TestBed } from './sharePointTestBed';

interface DeltaRound {
  readonly items: Record<string, unknown>[];
  readonly deltaLink: string;
  readonly pages: number;
}

function toHandlerPath(link: string): string {
  const url = new URL(link);
  return `${decodeURIComponent(url.pathname.slice('/graph/v1.0'.length))}${url.search}`;
}

/** Reads nextLinks until the deltaLink, as the app's sync does. */
async function deltaRound(bed: TestBed, path: string): Promise<DeltaRound> {
  const items: Record<string, unknown>[] = [];
  let next: string | undefined = path;
  let pages = 0;
  // A cap instead of for(;;): a server that never ends a round must fail the test, not hang it.
  for (let guard = 0; guard < 100; guard += 1) {
    if (next === undefined) throw new Error('no link');
    const page: GraphResponse = await bed.call('GET', next);
    expect(page.status).toBe(200);
    pages += 1;
    items.push(...valuesOf(page));
    const body = page.body as { '@odata.nextLink'?: string; '@odata.deltaLink'?: string };
    if (body['@odata.deltaLink'] !== undefined) {
      expect(body['@odata.nextLink']).toBeUndefined();
      return { items, deltaLink: toHandlerPath(body['@odata.deltaLink']), pages };
    }
    next = body['@odata.nextLink'] === undefined ? undefined : toHandlerPath(body['@odata.nextLink']);
  }
  throw new Error('delta round did not end within 100 pages');
}

function seed(bed: TestBed, count: number): void {
  for (let index = 1; index <= count; index += 1) bed.store.seedItem(bed.siteId, 'Samples', { Title: `Item ${index}`, Code: `C${index}` });
}

describe('items delta', () => {
  it('enumerates every item in pages, then gives a deltaLink', async () => {
    const bed = createTestBed();
    seed(bed, 5);
    const round = await deltaRound(bed, `${bed.itemsPath}/delta?expand=fields(select=Code)&$top=2`);
    expect(round.pages).toBe(3);
    expect(round.items.map((item) => item['id'])).toEqual(['1', '2', '3', '4', '5']);
    expect(round.items[0]?.['fields']).toEqual({ '@odata.etag': expect.any(String), Code: 'C1' });
    expect(round.deltaLink).toMatch(/\/items\/delta\?expand=fields\(select=Code\)&\$top=2&token=/);
  });

  it('then returns only what changed: latest state of updated and new items, deleted ones marked', async () => {
    const bed = createTestBed();
    seed(bed, 4);
    const first = await deltaRound(bed, `${bed.itemsPath}/delta?expand=fields`);
    await bed.call('PATCH', `${bed.itemsPath}/2/fields`, { body: { Title: 'renamed once' } });
    await bed.call('PATCH', `${bed.itemsPath}/2/fields`, { body: { Title: 'renamed twice' } });
    await bed.call('DELETE', `${bed.itemsPath}/3`);
    const added = await bed.createItem({ Title: 'new', Code: 'C9' });
    const second = await deltaRound(bed, first.deltaLink);
    expect(second.items).toEqual([
      expect.objectContaining({ id: '2', fields: expect.objectContaining({ Title: 'renamed twice' }) }),
      { id: '3', deleted: { state: 'deleted' } },
      expect.objectContaining({ id: added }),
    ]);
    const third = await deltaRound(bed, second.deltaLink);
    expect(third.items).toEqual([]);
  });

  it('reports changes made while an enumeration is under way in the next round', async () => {
    const bed = createTestBed();
    seed(bed, 3);
    const firstPage = await bed.call('GET', `${bed.itemsPath}/delta?$top=2`);
    const nextLink = (firstPage.body as { '@odata.nextLink': string })['@odata.nextLink'];
    await bed.call('PATCH', `${bed.itemsPath}/1/fields`, { body: { Title: 'changed during sync' } });
    const rest = await deltaRound(bed, toHandlerPath(nextLink));
    expect(rest.items.map((item) => item['id'])).toEqual(['3']);
    const after = await deltaRound(bed, rest.deltaLink);
    expect(after.items.map((item) => item['id'])).toEqual(['1']);
  });

  it('token=latest returns no items and a deltaLink for changes from now on', async () => {
    const bed = createTestBed();
    seed(bed, 3);
    const latest = await deltaRound(bed, `${bed.itemsPath}/delta?token=latest`);
    expect(latest.items).toEqual([]);
    await bed.createItem({ Title: 'after', Code: 'C4' });
    expect((await deltaRound(bed, latest.deltaLink)).items.map((item) => item['id'])).toEqual(['4']);
  });

  it('answers 410 with a restart Location once tokens are expired', async () => {
    const bed = createTestBed();
    seed(bed, 1);
    const round = await deltaRound(bed, `${bed.itemsPath}/delta`);
    bed.store.expireDeltaTokens();
    const gone = await bed.call('GET', round.deltaLink);
    expect(gone.status).toBe(410);
    expect(errorCodeOf(gone)).toBe('resyncChangesApplyDifferences');
    const restart = toHandlerPath(gone.headers?.['Location'] ?? '');
    expect(restart).not.toContain('token=');
    expect((await deltaRound(bed, restart)).items).toHaveLength(1);
  });

  it('answers 410 for a token older than the retention', async () => {
    const bed = createTestBed({ deltaTokenLifetimeMs: 60_000 });
    const round = await deltaRound(bed, `${bed.itemsPath}/delta`);
    bed.advanceClock(30_000);
    const fresh = await deltaRound(bed, round.deltaLink);
    expect(fresh.items).toEqual([]);
    bed.advanceClock(61_000);
    expect((await bed.call('GET', fresh.deltaLink)).status).toBe(410);
  });

  it('refuses a forged token, a token of another list and $filter with 400', async () => {
    const bed = createTestBed();
    const round = await deltaRound(bed, `${bed.itemsPath}/delta`);
    expect((await bed.call('GET', `${bed.itemsPath}/delta?token=nonsense`)).status).toBe(400);
    await bed.call('POST', `/sites/${bed.siteId}/lists`, { body: { displayName: 'Other' } });
    const token = new URL(`http://x${round.deltaLink}`).searchParams.get('token') ?? '';
    const other = await bed.call('GET', `/sites/${bed.siteId}/lists/Other/items/delta?token=${token}`, { user: READER });
    expect(other.status).toBe(400);
    expect((await bed.call('GET', `${bed.itemsPath}/delta?$filter=${encodeURIComponent("fields/Code eq 'x'")}`)).status).toBe(400);
  });
});
