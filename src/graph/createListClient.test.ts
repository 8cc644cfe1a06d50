import { createGraphClient } from './createGraphClient';
import { createListClient } from './createListClient';
import { field } from './FilterExpression';
import { graphErrorResponse, jsonResponse, recordingFetch } from './testing/recordingFetch';
import type { FakeGraphHandler, RecordedRequest } from './testing/recordingFetch';

const BASE = 'https://graph.microsoft.com/v1.0';
const SITE_ID = 'contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222';
const LIST_ID = '33333333-3333-3333-3333-333333333333';
/** Items are addressed by site path and list display name: no lookups before them. */
const ITEMS = `${BASE}/sites/contoso.sharepoint.com:/sites/ivho:/lists/Instruments/items`;

function item(id: number, fields: Record<string, unknown> = {}) {
  return { id: String(id), eTag: `"e${id},1"`, createdDateTime: '2026-01-01T00:00:00Z', fields: { Title: `Item ${id}`, ...fields } };
}

/** Answers site and list lookups itself; everything else goes to `items`. */
function setup(items: FakeGraphHandler) {
  const { fetch, requests } = recordingFetch((request, index) => {
    const url = new URL(request.url);
    if (url.pathname === '/v1.0/sites/contoso.sharepoint.com:/sites/ivho') return jsonResponse(200, { id: SITE_ID, name: 'ivho' });
    if (url.pathname === `/v1.0/sites/${SITE_ID}/lists/Instruments`) return jsonResponse(200, { id: LIST_ID, displayName: 'Instruments' });
    if (url.pathname === `/v1.0/sites/${SITE_ID}/lists/Nope`) return graphErrorResponse(404, 'itemNotFound', 'List not found');
    return items(request, index);
  });
  const graph = createGraphClient({
    baseUrl: BASE,
    tokenSource: { getAccessToken: () => Promise.resolve('t') },
    fetch,
    sleep: () => Promise.resolve(),
  });
  const lists = createListClient(graph, { siteHostname: 'contoso.sharepoint.com', sitePath: '/sites/ivho' });
  const itemRequests = (): RecordedRequest[] => requests.filter((request) => request.url.startsWith(ITEMS));
  return { lists, requests, itemRequests };
}

describe('createListClient', () => {
  it('reads items without looking up the site or list, resolves ids once on request, and does not cache failures', async () => {
    const { lists, requests } = setup(() => jsonResponse(200, { value: [] }));
    await lists.listItems('Instruments', { select: ['Title'] });
    await lists.listItems('Instruments', { select: ['Title'] });
    expect(requests.map((request) => request.url.replace(/\?.*/, ''))).toEqual([ITEMS, ITEMS]);
    await expect(lists.listId('Instruments')).resolves.toBe(LIST_ID);
    await expect(lists.listId('Instruments')).resolves.toBe(LIST_ID);
    expect(requests.map((request) => request.url)).toEqual([
      expect.stringContaining(ITEMS),
      expect.stringContaining(ITEMS),
      `${BASE}/sites/contoso.sharepoint.com:/sites/ivho`,
      `${BASE}/sites/${SITE_ID}/lists/Instruments`,
    ]);
    await expect(lists.listId('Nope')).rejects.toMatchObject({ kind: 'notFound' });
    await expect(lists.listId('Nope')).rejects.toMatchObject({ kind: 'notFound' });
    expect(requests.filter((request) => request.url.endsWith('/lists/Nope'))).toHaveLength(2);
  });

  it('lists items with expand=fields(select=...), $top 5000 and the encoded filter, following every nextLink', async () => {
    const { lists, itemRequests } = setup((request) => {
      const url = new URL(request.url);
      const token = url.searchParams.get('$skiptoken');
      if (token === null) return jsonResponse(200, { value: [item(1), item(2)], '@odata.nextLink': `${ITEMS}?expand=fields(select%3DTitle,Status)&$top=5000&$skiptoken=p2` });
      if (token === 'p2') return jsonResponse(200, { value: [item(3)], '@odata.nextLink': `${ITEMS}?$skiptoken=p3` });
      return jsonResponse(200, { value: [item(4, { Status: 'published' })] });
    });
    const items = await lists.listItems('Instruments', { select: ['Title', 'Status'], filter: field('Status').eq("pub'd & #1") });
    expect(items.map((entry) => entry.id)).toEqual(['1', '2', '3', '4']);
    expect(items[0]).toEqual({
      id: '1',
      eTag: '"e1,1"',
      fields: { Title: 'Item 1' },
      createdDateTime: '2026-01-01T00:00:00Z',
      lastModifiedDateTime: undefined,
      webUrl: undefined,
    });
    const sent = itemRequests();
    expect(sent).toHaveLength(3);
    const first = sent[0];
    expect(first?.method).toBe('GET');
    expect(first?.url).toContain('$filter=fields%2FStatus%20eq%20%27pub%27%27d%20%26%20%231%27');
    const params = new URL(first?.url ?? '').searchParams;
    expect(params.get('expand')).toBe('fields(select=Title,Status)');
    expect(params.get('$top')).toBe('5000');
    expect(params.get('$filter')).toBe("fields/Status eq 'pub''d & #1'");
    expect(first?.headers['prefer']).toBeUndefined();
    expect(new URL(sent[1]?.url ?? '').searchParams.get('$skiptoken')).toBe('p2');
    expect(new URL(sent[2]?.url ?? '').searchParams.get('$skiptoken')).toBe('p3');
  });

  it('sends the Prefer header for a non-indexed filter only when asked', async () => {
    const { lists, itemRequests } = setup(() => jsonResponse(200, { value: [] }));
    await lists.listItems('Instruments', { select: ['Title'], filter: field('Summary').eq('x'), allowNonIndexedFilter: true, top: 200 });
    expect(itemRequests()[0]?.headers['prefer']).toBe('HonorNonIndexedQueriesWarningMayFailRandomly');
    expect(new URL(itemRequests()[0]?.url ?? '').searchParams.get('$top')).toBe('200');
  });

  it('passes a 400 for a non-indexed filter on as kind validation', async () => {
    const { lists } = setup(() => graphErrorResponse(400, 'invalidRequest', 'Field Summary cannot be referenced in filter or orderby as it is not indexed.'));
    await expect(lists.listItems('Instruments', { select: [], filter: field('Summary').eq('x') })).rejects.toMatchObject({ kind: 'validation', status: 400 });
  });

  it('gets one item with its fields', async () => {
    const { lists, itemRequests } = setup(() => jsonResponse(200, item(7, { Status: 'published' })));
    const found = await lists.getItem('Instruments', '7', { select: ['Title', 'Status'] });
    expect(found.fields).toEqual({ Title: 'Item 7', Status: 'published' });
    expect(itemRequests()[0]?.url).toBe(`${ITEMS}/7?expand=fields(select=Title,Status)`);
  });

  it('creates an item with {fields} and returns it with its eTag', async () => {
    const { lists, itemRequests } = setup(() => jsonResponse(201, item(9, { SubmissionId: 'sub-1' })));
    const created = await lists.createItem('Instruments', { Title: 'Item 9', SubmissionId: 'sub-1' }, { idempotent: true });
    expect(created).toMatchObject({ id: '9', eTag: '"e9,1"', fields: { SubmissionId: 'sub-1' } });
    const sent = itemRequests()[0];
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe(ITEMS);
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ fields: { Title: 'Item 9', SubmissionId: 'sub-1' } });
  });

  it('reports a unique violation as kind conflict', async () => {
    const { lists } = setup(() => graphErrorResponse(409, 'nameAlreadyExists', 'SubmissionId must be unique'));
    await expect(lists.createItem('Instruments', { SubmissionId: 'dup' })).rejects.toMatchObject({ kind: 'conflict', status: 409 });
  });

  it('updates fields with If-Match and returns the new eTag', async () => {
    const { lists, itemRequests } = setup(() => jsonResponse(200, { '@odata.etag': '"e5,2"', Title: 'New' }));
    const updated = await lists.updateItemFields('Instruments', '5', { Title: 'New' }, { ifMatch: '"e5,1"' });
    expect(updated).toEqual({ eTag: '"e5,2"', fields: { '@odata.etag': '"e5,2"', Title: 'New' } });
    const sent = itemRequests()[0];
    expect(sent?.method).toBe('PATCH');
    expect(sent?.url).toBe(`${ITEMS}/5/fields`);
    expect(sent?.headers['if-match']).toBe('"e5,1"');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ Title: 'New' });
  });

  it('maps a stale eTag (412) to kind preconditionFailed without retrying', async () => {
    const { lists, itemRequests } = setup(() => graphErrorResponse(412, 'resourceModified', 'The resource has changed'));
    await expect(lists.updateItemFields('Instruments', '5', { Title: 'x' }, { ifMatch: '"old"' })).rejects.toMatchObject({
      kind: 'preconditionFailed',
      status: 412,
      code: 'resourceModified',
    });
    expect(itemRequests()).toHaveLength(1);
  });

  it('deletes an item, optionally guarded by If-Match', async () => {
    const { lists, itemRequests } = setup(() => new Response(null, { status: 204 }));
    await lists.deleteItem('Instruments', '12', { ifMatch: '"e12,3"' });
    expect(itemRequests()[0]).toMatchObject({ method: 'DELETE', url: `${ITEMS}/12`, headers: expect.objectContaining({ 'if-match': '"e12,3"' }) });
  });

  it('encodes item ids as one path segment', async () => {
    const { lists, itemRequests } = setup(() => jsonResponse(200, item(1)));
    await lists.getItem('Instruments', '../../drives/x');
    expect(itemRequests()[0]?.url.startsWith(`${ITEMS}/..%2F..%2Fdrives%2Fx?`)).toBe(true);
  });

  describe('deltaItems', () => {
    it('does a full sync over all pages and returns the deltaLink', async () => {
      const { lists, itemRequests } = setup((request) =>
        new URL(request.url).searchParams.has('$skiptoken')
          ? jsonResponse(200, { value: [item(3)], '@odata.deltaLink': `${ITEMS}/delta?token=t1` })
          : jsonResponse(200, { value: [item(1), item(2)], '@odata.nextLink': `${ITEMS}/delta?$skiptoken=s2` }),
      );
      const result = await lists.deltaItems('Instruments', { select: ['Title'] });
      expect(result.items.map((entry) => entry.id)).toEqual(['1', '2', '3']);
      expect(result).toMatchObject({ deleted: [], deltaLink: `${ITEMS}/delta?token=t1`, resynced: false });
      expect(itemRequests()[0]?.url).toBe(`${ITEMS}/delta?expand=fields(select=Title)`);
    });

    it('follows a kept deltaLink and separates deleted items', async () => {
      const { lists, itemRequests } = setup(() =>
        jsonResponse(200, { value: [item(2, { Title: 'changed' }), { id: '4', deleted: { state: 'deleted' } }], '@odata.deltaLink': `${ITEMS}/delta?token=t2` }),
      );
      const result = await lists.deltaItems('Instruments', { select: ['Title'], deltaLink: `${ITEMS}/delta?token=t1` });
      expect(result.items.map((entry) => entry.fields['Title'])).toEqual(['changed']);
      expect(result.deleted).toEqual(['4']);
      expect(result.deltaLink).toBe(`${ITEMS}/delta?token=t2`);
      expect(itemRequests()[0]?.url).toBe(`${ITEMS}/delta?token=t1`);
    });

    it('resyncs from scratch when the deltaLink has expired (410)', async () => {
      const { lists, itemRequests } = setup((request) =>
        request.url.includes('token=old')
          ? graphErrorResponse(410, 'resyncRequired', 'The delta token is expired')
          : jsonResponse(200, { value: [item(1), item(2)], '@odata.deltaLink': `${ITEMS}/delta?token=fresh` }),
      );
      const result = await lists.deltaItems('Instruments', { select: ['Title'], deltaLink: `${ITEMS}/delta?token=old` });
      expect(result).toMatchObject({ resynced: true, deleted: [], deltaLink: `${ITEMS}/delta?token=fresh` });
      expect(result.items).toHaveLength(2);
      expect(itemRequests().map((request) => request.url)).toEqual([`${ITEMS}/delta?token=old`, `${ITEMS}/delta?expand=fields(select=Title)`]);
    });

    it('asks for the latest token without enumerating the list', async () => {
      const { lists, itemRequests } = setup(() => jsonResponse(200, { value: [], '@odata.deltaLink': `${ITEMS}/delta?token=now` }));
      await expect(lists.latestDeltaLink('Instruments')).resolves.toBe(`${ITEMS}/delta?token=now`);
      expect(itemRequests().map((request) => request.url)).toEqual([`${ITEMS}/delta?token=latest`]);
    });

    it('asks for the latest token with the field selection, so later deltas carry the fields', async () => {
      const { lists, itemRequests } = setup(() => jsonResponse(200, { value: [], '@odata.deltaLink': `${ITEMS}/delta?token=now` }));
      await lists.latestDeltaLink('Instruments', { select: ['Title', 'Status'] });
      expect(itemRequests().map((request) => request.url)).toEqual([`${ITEMS}/delta?token=latest&expand=fields(select=Title,Status)`]);
    });

    it('passes other delta failures on', async () => {
      const { lists } = setup(() => graphErrorResponse(403, 'accessDenied', 'no'));
      await expect(lists.deltaItems('Instruments', { select: [], deltaLink: `${ITEMS}/delta?token=x` })).rejects.toMatchObject({ kind: 'forbidden' });
    });
  });

  it('turns list operations into $batch sub-requests with version-less item URLs', async () => {
    const { lists, requests } = setup((request) => {
      const subs = (JSON.parse(request.body ?? '{}') as { requests: { id: string }[] }).requests;
      return jsonResponse(200, { responses: subs.map((sub) => ({ id: sub.id, status: 200, headers: {}, body: { id: sub.id } })) });
    });
    const results = await lists.batch([
      { kind: 'get', list: 'Instruments', id: '1', select: ['Title'] },
      { kind: 'create', list: 'Instruments', fields: { Title: 'n' }, idempotent: true },
      { kind: 'update', list: 'Instruments', id: '2', fields: { Title: 'u' }, ifMatch: '"e2,1"' },
      { kind: 'delete', list: 'Instruments', id: '3' },
    ]);
    expect(results.map((result) => result.body)).toEqual([{ id: '0' }, { id: '1' }, { id: '2' }, { id: '3' }]);
    const batchCall = requests.find((request) => request.url === `${BASE}/$batch`);
    const relativeItems = `/sites/contoso.sharepoint.com:/sites/ivho:/lists/Instruments/items`;
    expect(JSON.parse(batchCall?.body ?? '')).toEqual({
      requests: [
        { id: '0', method: 'GET', url: `${relativeItems}/1?expand=fields(select=Title)` },
        { id: '1', method: 'POST', url: relativeItems, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'n' } } },
        { id: '2', method: 'PATCH', url: `${relativeItems}/2/fields`, headers: { 'If-Match': '"e2,1"', 'Content-Type': 'application/json' }, body: { Title: 'u' } },
        { id: '3', method: 'DELETE', url: `${relativeItems}/3` },
      ],
    });
  });

  it('rejects a malformed collection with a GraphError, not a crash', async () => {
    const { lists } = setup(() => jsonResponse(200, { nothing: true }));
    await expect(lists.listItems('Instruments', { select: [] })).rejects.toMatchObject({ isGraphError: true, code: 'malformedResponse' });
  });
});
