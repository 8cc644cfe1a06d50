import { createTestBed, errorCodeOf, valuesOf } from './sharePointTestBed';
import type { TestBed } from './sharePointTestBed';

async function seed(bed: TestBed): Promise<void> {
  const rows: Record<string, unknown>[] = [
    { Title: 'Alpha', Code: 'A1', Colour: 'red', Tags: ['a', 'b'], Score: 1, Due: '2026-01-01T00:00:00Z', Done: true, Unindexed: 'u1' },
    { Title: "O'Brien", Code: 'B2', Colour: 'green', Tags: ['b'], Score: 2, Due: '2026-02-01T00:00:00Z', Done: false, Unindexed: 'u2' },
    { Title: 'alphabet', Code: 'C3', Colour: 'blue', Tags: ['c'], Score: 3, Due: '2026-03-01T00:00:00Z', Done: false },
    { Title: 'Delta', Code: 'D4', Score: 4 },
  ];
  for (const row of rows) bed.store.seedItem(bed.siteId, 'Samples', row);
  return Promise.resolve();
}

async function codes(bed: TestBed, filter: string, headers: Record<string, string> = {}): Promise<string[]> {
  const response = await bed.call('GET', `${bed.itemsPath}?expand=fields(select=Code)&$filter=${encodeURIComponent(filter)}`, { headers });
  if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
  return valuesOf(response).map((item) => (item['fields'] as { Code: string }).Code);
}

describe('items $filter', () => {
  it.each([
    ["fields/Colour eq 'red'", ['A1']],
    ["fields/Colour eq 'RED'", ['A1']],
    ["fields/Colour ne 'red'", ['B2', 'C3', 'D4']],
    ['fields/Colour eq null', ['D4']],
    ['fields/Score lt 2', ['A1']],
    ['fields/Score le 2', ['A1', 'B2']],
    ['fields/Score gt 3', ['D4']],
    ['fields/Score ge 3', ['C3', 'D4']],
    ["fields/Score ge '3'", ['C3', 'D4']],
    ['fields/Done eq true', ['A1']],
    ['fields/Done eq false', ['B2', 'C3']],
    ["fields/Due ge '2026-02-01T00:00:00.000Z'", ['B2', 'C3']],
    ['fields/Due lt 2026-02-01T00:00:00Z', ['A1']],
    ["fields/Tags eq 'b'", ['A1', 'B2']],
    ["fields/Tags ne 'b'", ['C3', 'D4']],
    ["startswith(fields/Code,'c')", ['C3']],
    ["fields/Code eq 'A1' or fields/Code eq 'D4'", ['A1', 'D4']],
    ["fields/Colour eq 'green' or fields/Colour eq 'blue' and fields/Score eq 3", ['B2', 'C3']],
    ["(fields/Colour eq 'green' or fields/Colour eq 'blue') and fields/Score eq 3", ['C3']],
    ['fields/id gt 2', ['C3', 'D4']],
  ])('%s', async (filter, expected) => {
    const bed = createTestBed();
    await seed(bed);
    expect(await codes(bed, filter)).toEqual(expected);
  });

  it("compares '' -escaped string literals", async () => {
    const bed = createTestBed();
    await seed(bed);
    const prefer = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
    expect(await codes(bed, "fields/Title eq 'O''Brien'", prefer)).toEqual(['B2']);
    expect(await codes(bed, "startswith(fields/Title,'alpha')", prefer)).toEqual(['A1', 'C3']);
  });

  it('refuses a filter on a column that is not indexed unless Prefer allows it', async () => {
    const bed = createTestBed();
    await seed(bed);
    const refused = await bed.call('GET', `${bed.itemsPath}?$filter=${encodeURIComponent("fields/Unindexed eq 'u1'")}`);
    expect(refused.status).toBe(400);
    expect(errorCodeOf(refused)).toBe('invalidRequest');
    expect((refused.body as { error: { message: string } }).error.message).toMatch(/Unindexed.*HonorNonIndexedQueriesWarningMayFailRandomly/);
    const allowed = await codes(bed, "fields/Unindexed eq 'u1'", { prefer: 'odata.maxpagesize=10, HonorNonIndexedQueriesWarningMayFailRandomly' });
    expect(allowed).toEqual(['A1']);
  });

  it.each([
    "fields/Nope eq 'x'",
    "fields/Colour eq 'red' and",
    "fields/Score eq 'high'",
    'fields/Done eq 3',
    "fields/Due eq 'soon'",
    'startswith(fields/Score,\'1\')',
  ])('refuses %j with 400 invalidRequest', async (filter) => {
    const bed = createTestBed();
    const response = await bed.call('GET', `${bed.itemsPath}?$filter=${encodeURIComponent(filter)}`);
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe('invalidRequest');
  });
});

describe('items $expand and $select', () => {
  it('returns no fields without expand', async () => {
    const bed = createTestBed();
    await seed(bed);
    const [first] = valuesOf(await bed.call('GET', bed.itemsPath));
    expect(first).toMatchObject({ id: '1', eTag: expect.stringMatching(/,1"$/) });
    expect(first).not.toHaveProperty('fields');
  });

  it.each(['expand=fields(select=Title,Score)', '$expand=fields($select=Title,Score)', '$expand=fields($select=Title,Score;$top=1)'])(
    'selects fields with %s',
    async (query) => {
      const bed = createTestBed();
      await seed(bed);
      const [first] = valuesOf(await bed.call('GET', `${bed.itemsPath}?${query}`));
      expect(Object.keys(first?.['fields'] as object).sort()).toEqual(['@odata.etag', 'Score', 'Title']);
    },
  );

  it('returns every field with plain expand=fields and item properties with $select', async () => {
    const bed = createTestBed();
    await seed(bed);
    const [first] = valuesOf(await bed.call('GET', `${bed.itemsPath}?expand=fields&$select=id,lastModifiedDateTime`));
    expect(Object.keys(first ?? {}).sort()).toEqual(['@odata.etag', 'fields', 'id', 'lastModifiedDateTime']);
    expect(first?.['fields']).toMatchObject({ Title: 'Alpha', Tags: ['a', 'b'], Created: '2026-01-05T10:00:00Z', AuthorLookupId: expect.any(String) });
  });

  it('refuses an unknown expansion and malformed expand', async () => {
    const bed = createTestBed();
    expect((await bed.call('GET', `${bed.itemsPath}?expand=versions`)).status).toBe(400);
    expect((await bed.call('GET', `${bed.itemsPath}?expand=fields(select=Title`)).status).toBe(400);
  });

  it('accepts and ignores $orderby', async () => {
    const bed = createTestBed();
    await seed(bed);
    const items = valuesOf(await bed.call('GET', `${bed.itemsPath}?$orderby=fields/Score desc`));
    expect(items.map((item) => item['id'])).toEqual(['1', '2', '3', '4']);
  });
});
