import type { GraphResponse } from '../graphTypes';
import { createTestBed, errorCodeOf, valuesOf, WRITER } from './sharePointTestBed';
import type { TestBed } from './sharePointTestBed';

function seedMany(bed: TestBed, count: number): void {
  bed.store.transaction(() => {
    for (let index = 1; index <= count; index += 1) {
      bed.store.seedItem(bed.siteId, 'Samples', { Title: `Item ${index}`, Code: `C${index}`, Score: (index % 4) + 1 });
    }
  });
}

/** Follows nextLinks the way a client does: the link is absolute, the handler wants path + query. */
async function readAll(bed: TestBed, first: string, headers: Record<string, string> = {}): Promise<{ pages: GraphResponse[]; ids: string[] }> {
  const pages: GraphResponse[] = [];
  let path: string | undefined = first;
  while (path !== undefined) {
    if (pages.length > 100) throw new Error('paging did not end within 100 pages');
    const page = await bed.call('GET', path, { headers });
    expect(page.status).toBe(200);
    pages.push(page);
    const next = (page.body as { '@odata.nextLink'?: string })['@odata.nextLink'];
    path = next === undefined ? undefined : toHandlerPath(next);
  }
  return { pages, ids: pages.flatMap((page) => valuesOf(page).map((item) => String(item['id']))) };
}

function toHandlerPath(link: string): string {
  const url = new URL(link);
  expect(url.pathname.startsWith('/graph/v1.0/')).toBe(true);
  return `${decodeURIComponent(url.pathname.slice('/graph/v1.0'.length))}${url.search}`;
}

describe('items paging', () => {
  it('pages by 200 by default and ends without a nextLink', async () => {
    const bed = createTestBed();
    seedMany(bed, 450);
    const { pages, ids } = await readAll(bed, bed.itemsPath);
    expect(pages.map((page) => valuesOf(page).length)).toEqual([200, 200, 50]);
    expect(new Set(ids).size).toBe(450);
  });

  it('honours $top, keeps the other query options in the nextLink and the given page size default', async () => {
    const bed = createTestBed({ pageSizeDefault: 7 });
    seedMany(bed, 20);
    expect(valuesOf(await bed.call('GET', bed.itemsPath))).toHaveLength(7);
    const { pages, ids } = await readAll(bed, `${bed.itemsPath}?expand=fields(select=Score)&$top=3&$filter=${encodeURIComponent('fields/Score eq 2')}`);
    expect(ids).toEqual(['1', '5', '9', '13', '17']);
    expect(pages.map((page) => valuesOf(page).length)).toEqual([3, 2]);
    expect(valuesOf(pages[1] as GraphResponse)[0]?.['fields']).toEqual({ '@odata.etag': expect.any(String), Score: 2 });
  });

  it('builds nextLinks on the base URL the server passes in', async () => {
    const bed = createTestBed();
    seedMany(bed, 3);
    const page = await bed.call('GET', `${bed.itemsPath}?$top=2`, { headers: { 'x-emulator-base-url': 'http://127.0.0.1:4280/graph/v1.0' } });
    expect((page.body as { '@odata.nextLink': string })['@odata.nextLink']).toMatch(/^http:\/\/127\.0\.0\.1:4280\/graph\/v1\.0\/sites\/.+\/items\?\$top=2&\$skiptoken=/);
    const fallback = await bed.call('GET', `${bed.itemsPath}?$top=2`);
    expect((fallback.body as { '@odata.nextLink': string })['@odata.nextLink']).toMatch(/^http:\/\/localhost\/graph\/v1\.0\/sites\//);
  });

  it('accepts $top 5000 and refuses more, zero or junk', async () => {
    const bed = createTestBed();
    expect((await bed.call('GET', `${bed.itemsPath}?$top=5000`)).status).toBe(200);
    for (const top of ['5001', '0', '-1', 'ten', '2.5']) {
      const response = await bed.call('GET', `${bed.itemsPath}?$top=${top}`);
      expect(response.status).toBe(400);
      expect(errorCodeOf(response)).toBe('invalidRequest');
    }
  });

  it('refuses a skiptoken it did not issue', async () => {
    const bed = createTestBed();
    const response = await bed.call('GET', `${bed.itemsPath}?$skiptoken=bogus`);
    expect(response.status).toBe(400);
  });
});

describe('page links for list names with spaces', () => {
  it('encodes the path once whether the server passes it encoded or decoded', async () => {
    const bed = createTestBed();
    await bed.call('POST', `/sites/${bed.siteId}/lists`, { body: { displayName: 'Two Words' } });
    const owner = WRITER;
    for (let index = 0; index < 3; index += 1) {
      await bed.call('POST', `/sites/${bed.siteId}/lists/Two%20Words/items`, { user: owner, body: { fields: { Title: `t${index}` } } });
    }
    for (const list of ['Two%20Words', 'Two Words']) {
      const page = await bed.call('GET', `/sites/${bed.siteId}/lists/${list}/items?$top=2`, { user: owner });
      expect((page.body as { '@odata.nextLink': string })['@odata.nextLink']).toContain('/lists/Two%20Words/items?$top=2&$skiptoken=');
    }
  });
});
