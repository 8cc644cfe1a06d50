import { odata, startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest, GraphBody } from './emulatorTestHarness';

let emu: EmulatorUnderTest;
let site: string;
const PREFER_NON_INDEXED = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
  site = await emu.siteId();
  const created = await emu.graph('POST', `/sites/${site}/lists`, {
    body: {
      displayName: 'ItemProbe',
      columns: [
        { name: 'Seq', number: {}, indexed: true },
        { name: 'Code', text: {}, indexed: true, required: true, enforceUniqueValues: true },
        { name: 'Note', text: {} },
        { name: 'When', dateTime: { format: 'dateTime' }, indexed: true },
        { name: 'Flag', boolean: {}, indexed: true },
        { name: 'State', choice: { choices: ['open', 'done'] }, indexed: true },
      ],
    },
  });
  expect(created.status).toBe(201);
  // 450 items straight into the store: this file tests reading, not 450 POSTs.
  for (let seq = 1; seq <= 450; seq += 1) {
    emu.emulator.store.seedItem(site, 'ItemProbe', {
      Title: `Item ${seq}`,
      Seq: seq,
      Code: seq <= 5 ? `A-${seq}` : `B-${seq}`,
      Note: seq % 2 === 1 ? 'odd' : 'even',
      When: `2026-01-${String(Math.min(seq, 28)).padStart(2, '0')}T00:00:00Z`,
      Flag: seq % 3 === 0,
      State: seq <= 10 ? 'open' : 'done',
    });
  }
});
afterAll(async () => {
  await emu.stop();
});

const itemsPath = (query = '') => `/sites/${site}/lists/ItemProbe/items${query}`;

/** Follows every nextLink; returns the pages. */
async function allPages(first: string): Promise<GraphBody[]> {
  const pages: GraphBody[] = [];
  let next: string | undefined = first;
  while (next !== undefined) {
    const answer = await emu.graph('GET', next);
    expect(answer.status).toBe(200);
    pages.push(answer.body);
    next = answer.body['@odata.nextLink'];
    if (pages.length > 50) throw new Error('nextLink never ends');
  }
  return pages;
}

const seqs = (pages: GraphBody[]): number[] => pages.flatMap((page) => page.value ?? []).map((item) => Number(item.fields?.Seq));

describe('paging: default 200, $top up to 5000, nextLink to the end', () => {
  it('pages by 200 by default and follows absolute nextLinks to the last page', async () => {
    const pages = await allPages(itemsPath('?expand=fields'));
    expect(pages.map((page) => page.value?.length)).toEqual([200, 200, 50]);
    expect(pages[0]?.['@odata.nextLink']).toMatch(new RegExp(`^${emu.emulator.url}/graph/v1\\.0/sites/`));
    const all = seqs(pages);
    expect(new Set(all).size).toBe(450);
    expect(pages[2]?.['@odata.nextLink']).toBeUndefined();
  });

  it('honours $top and keeps expand=fields(select=...) on every nextLink', async () => {
    const pages = await allPages(itemsPath('?$top=100&expand=fields(select=Seq)'));
    expect(pages.map((page) => page.value?.length)).toEqual([100, 100, 100, 100, 50]);
    for (const item of pages.flatMap((page) => page.value ?? [])) {
      expect(item.fields?.Seq).toEqual(expect.any(Number));
      expect(item.fields?.Title).toBeUndefined();
    }
  });

  it('returns everything in one page with $top=5000 and refuses $top=5001', async () => {
    const answer = await emu.graph('GET', itemsPath('?$top=5000&expand=fields(select=Seq)'));
    expect(answer.body.value).toHaveLength(450);
    expect(answer.body['@odata.nextLink']).toBeUndefined();
    expect((await emu.graph('GET', itemsPath('?$top=5001'))).status).toBe(400);
  });
});

describe('$filter on indexed fields: eq ne lt gt le ge startswith and or', () => {
  const filtered = async (filter: string, headers: Record<string, string> = {}): Promise<number[]> => {
    const answer = await emu.graph('GET', itemsPath(`?$top=5000&expand=fields(select=Seq)&$filter=${odata(filter)}`), { headers });
    expect(answer.status).toBe(200);
    return seqs([answer.body]).sort((a, b) => a - b);
  };

  it.each([
    ['fields/Seq eq 5', [5]],
    ['fields/Seq lt 3', [1, 2]],
    ['fields/Seq gt 448', [449, 450]],
    ['fields/Seq le 3', [1, 2, 3]],
    ['fields/Seq ge 449', [449, 450]],
    ["startswith(fields/Code,'A-')", [1, 2, 3, 4, 5]],
    ["fields/Code eq 'B-6'", [6]],
    ['fields/Seq gt 2 and fields/Seq lt 5', [3, 4]],
    ['fields/Seq eq 1 or fields/Seq eq 450', [1, 450]],
    ["fields/State eq 'open' and fields/Flag eq 1", [3, 6, 9]],
    ["fields/When lt '2026-01-03T00:00:00Z'", [1, 2]],
  ])('%s', async (filter, expected) => {
    expect(await filtered(filter)).toEqual(expected);
  });

  it('ne excludes exactly the matching item', async () => {
    const result = await filtered('fields/Seq ne 5');
    expect(result).toHaveLength(449);
    expect(result).not.toContain(5);
  });

  it('refuses a filter on a non-indexed column with 400, unless Prefer: HonorNonIndexedQueriesWarningMayFailRandomly', async () => {
    const refused = await emu.graph('GET', itemsPath(`?expand=fields&$filter=${odata("fields/Note eq 'odd'")}`));
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/indexed/i);
    const title = await emu.graph('GET', itemsPath(`?expand=fields&$filter=${odata("fields/Title eq 'Item 1'")}`));
    expect(title.status).toBe(400);
    const honoured = await filtered("fields/Note eq 'odd' and fields/Seq le 6", PREFER_NON_INDEXED);
    expect(honoured).toEqual([1, 3, 5]);
  });

  it('escapes quotes by doubling them', async () => {
    const answer = await emu.graph('POST', itemsPath(), { body: { fields: { Title: "O'Brien", Code: "O'Brien", Seq: 1000 } } });
    expect(answer.status).toBe(201);
    expect(await filtered("fields/Code eq 'O''Brien'")).toEqual([1000]);
  });
});

describe('$orderby on items is ignored', () => {
  it('returns the same order with and without $orderby', async () => {
    const plain = await emu.graph('GET', itemsPath('?$top=20&expand=fields(select=Seq)'));
    const ordered = await emu.graph('GET', itemsPath(`?$top=20&expand=fields(select=Seq)&$orderby=${odata('fields/Seq desc')}`));
    expect(ordered.status).toBe(200);
    expect(seqs([ordered.body])).toEqual(seqs([plain.body]));
    expect(seqs([plain.body])[0]).toBe(1);
  });
});

describe('create, update with If-Match, delete', () => {
  let item: GraphBody;

  beforeAll(async () => {
    const answer = await emu.graph('POST', itemsPath(), { body: { fields: { Title: 'Nieuw', Code: 'W-1', Seq: 2001, State: 'open' } } });
    expect(answer.status).toBe(201);
    item = answer.body;
  });

  it('POST answers 201 with the item, its eTag and fields', () => {
    expect(item.id).toMatch(/^\d+$/);
    expect(item.eTag).toMatch(/^"[0-9a-f-]{36},1"$/i);
    expect(item.fields).toMatchObject({ Title: 'Nieuw', Code: 'W-1', Seq: 2001, State: 'open' });
  });

  it('PATCH fields with the current eTag succeeds; the old eTag then gets 412', async () => {
    const first = await emu.graph('PATCH', itemsPath(`/${String(item.id)}/fields`), { body: { State: 'done' }, headers: { 'If-Match': String(item.eTag) } });
    expect(first.status).toBe(200);
    expect(first.body.State).toBe('done');
    const stale = await emu.graph('PATCH', itemsPath(`/${String(item.id)}/fields`), { body: { State: 'open' }, headers: { 'If-Match': String(item.eTag) } });
    expect(stale.status).toBe(412);
    expect(stale.body.error?.code).toEqual(expect.any(String));
    const read = await emu.graph('GET', itemsPath(`/${String(item.id)}?expand=fields`));
    expect(read.body.fields?.State).toBe('done');
    expect(read.body.eTag).not.toBe(item.eTag);
    const unconditional = await emu.graph('PATCH', itemsPath(`/${String(item.id)}/fields`), { body: { Note: 'zonder If-Match' } });
    expect(unconditional.status).toBe(200);
  });

  it('answers 400 for a wrong type, a missing required field, an unknown field or choice', async () => {
    const invalid: Record<string, unknown>[] = [
      { Title: 'x', Code: 'T-1', Seq: 'twelve' },
      { Title: 'x', Seq: 3 },
      { Title: 'x', Code: 'T-2', Flag: 'yes' },
      { Title: 'x', Code: 'T-3', When: 'tomorrow' },
      { Title: 'x', Code: 'T-4', Unknown: 1 },
      { Title: 'x', Code: 'T-5', State: 'maybe' },
    ];
    for (const fields of invalid) {
      const answer = await emu.graph('POST', itemsPath(), { body: { fields } });
      expect(answer.status).toBe(400);
      expect(answer.body.error?.code).toEqual(expect.any(String));
    }
    const patch = await emu.graph('PATCH', itemsPath(`/${String(item.id)}/fields`), { body: { Seq: 'x' } });
    expect(patch.status).toBe(400);
  });

  it('answers 409 for a duplicate value in a unique column, on create and on update', async () => {
    const duplicate = await emu.graph('POST', itemsPath(), { body: { fields: { Title: 'dubbel', Code: 'W-1' } } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error?.code).toEqual(expect.any(String));
    const other = await emu.graph('POST', itemsPath(), { body: { fields: { Title: 'ander', Code: 'W-2' } } });
    expect(other.status).toBe(201);
    const clash = await emu.graph('PATCH', itemsPath(`/${String(other.body.id)}/fields`), { body: { Code: 'W-1' } });
    expect(clash.status).toBe(409);
  });

  it('DELETE removes the item: 204, then 404', async () => {
    const before = emu.emulator.store.countItems(site, 'ItemProbe');
    const deleted = await emu.graph('DELETE', itemsPath(`/${String(item.id)}`));
    expect(deleted.status).toBe(204);
    expect((await emu.graph('GET', itemsPath(`/${String(item.id)}`))).status).toBe(404);
    expect((await emu.graph('DELETE', itemsPath(`/${String(item.id)}`))).status).toBe(404);
    expect(emu.emulator.store.countItems(site, 'ItemProbe')).toBe(before - 1);
  });
});
