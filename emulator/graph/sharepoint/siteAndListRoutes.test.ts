import { createTestBed, errorCodeOf, READER, valuesOf } from './sharePointTestBed';

describe('site resolution', () => {
  it('resolves a site by hostname and server-relative path, with or without the closing colon', async () => {
    const bed = createTestBed();
    for (const path of ['/sites/contoso.sharepoint.com:/sites/ivho', '/sites/contoso.sharepoint.com:/sites/ivho:', '/sites/contoso.sharepoint.com:/sites/ivho/']) {
      const response = await bed.call('GET', path);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: bed.siteId, displayName: 'IV-HO', name: 'ivho', webUrl: 'https://contoso.sharepoint.com/sites/ivho' });
    }
    expect(bed.siteId).toMatch(/^contoso\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
  });

  it('resolves a site by id and reaches its lists through path addressing', async () => {
    const bed = createTestBed();
    expect((await bed.call('GET', `/sites/${bed.siteId}`)).status).toBe(200);
    const lists = await bed.call('GET', '/sites/contoso.sharepoint.com:/sites/ivho:/lists');
    expect(valuesOf(lists).map((list) => list['displayName'])).toEqual(['Samples']);
  });

  it('answers 404 itemNotFound for an unknown site, path or segment', async () => {
    const bed = createTestBed();
    for (const path of ['/sites/contoso.sharepoint.com:/sites/nope', '/sites/unknown,1,2', '/me/drive', `/sites/${bed.siteId}/drives`]) {
      const response = await bed.call('GET', path);
      expect(response.status).toBe(404);
      expect(errorCodeOf(response)).toBe('itemNotFound');
    }
  });

  it('answers 405 for a method the resource does not support', async () => {
    const bed = createTestBed();
    const response = await bed.call('DELETE', `/sites/${bed.siteId}`);
    expect(response.status).toBe(405);
    expect(errorCodeOf(response)).toBe('methodNotAllowed');
  });

  it('ensureSite is idempotent', () => {
    const bed = createTestBed();
    expect(bed.store.ensureSite('contoso.sharepoint.com', 'sites/ivho/', 'Other name')).toBe(bed.siteId);
  });
});

describe('lists', () => {
  it('gets a list by id or by display name, with columns on $expand=columns', async () => {
    const bed = createTestBed();
    const byName = await bed.call('GET', `/sites/${bed.siteId}/lists/Samples`);
    expect(byName.body).toMatchObject({ id: bed.listId, displayName: 'Samples', list: { template: 'genericList' } });
    expect(byName.body).not.toHaveProperty('columns');
    const expanded = await bed.call('GET', `/sites/${bed.siteId}/lists/${bed.listId}?$expand=columns`);
    const columns = (expanded.body as { columns: { name: string }[] }).columns.map((column) => column.name);
    expect(columns.slice(0, 3)).toEqual(['Title', 'Code', 'Notes']);
    expect(columns).toContain('Created');
  });

  it('creates a list with columns and refuses a duplicate name with 409', async () => {
    const bed = createTestBed();
    const body = {
      displayName: 'Books',
      columns: [
        { name: 'Writer', text: {} },
        { name: 'Pages', number: { minimum: 1 }, indexed: true },
      ],
      list: { template: 'genericList' },
    };
    const created = await bed.call('POST', `/sites/${bed.siteId}/lists`, { body });
    expect(created.status).toBe(201);
    const columns = (created.body as { columns: { name: string; required: boolean }[] }).columns;
    expect(columns.find((column) => column.name === 'Title')).toMatchObject({ required: true });
    expect(columns.find((column) => column.name === 'Pages')).toMatchObject({ indexed: true, number: { minimum: 1 } });
    const duplicate = await bed.call('POST', `/sites/${bed.siteId}/lists`, { body: { displayName: 'books' } });
    expect(duplicate.status).toBe(409);
    expect(errorCodeOf(duplicate)).toBe('nameAlreadyExists');
  });

  it('refuses malformed list bodies with 400', async () => {
    const bed = createTestBed();
    const bodies = [
      undefined,
      [],
      { displayName: '' },
      { displayName: 'X', columns: 'no' },
      { displayName: 'X', columns: [{ name: 'A' }] },
      { displayName: 'X', columns: [{ name: 'A', text: {}, number: {} }] },
      { displayName: 'X', columns: [{ name: 'A', lookup: { listId: 'x' } }] },
      { displayName: 'X', columns: [{ name: 'A', choice: { choices: [] } }] },
      { displayName: 'X', columns: [{ name: 'A b', text: {} }] },
      { displayName: 'X', columns: [{ name: 'A', text: {}, enforceUniqueValues: true }] },
      { displayName: 'X', columns: [{ name: 'A', text: {} }, { name: 'a', text: {} }] },
      { displayName: 'X', list: { template: 'documentLibrary' } },
    ];
    for (const body of bodies) {
      const response = await bed.call('POST', `/sites/${bed.siteId}/lists`, { body });
      expect({ body, status: response.status, code: errorCodeOf(response) }).toEqual({ body, status: 400, code: 'invalidRequest' });
    }
    expect(valuesOf(await bed.call('GET', `/sites/${bed.siteId}/lists`, { user: READER }))).toHaveLength(1);
  });

  it('adds a column and refuses a duplicate or built-in name with 409', async () => {
    const bed = createTestBed();
    const path = `/sites/${bed.siteId}/lists/${bed.listId}/columns`;
    const added = await bed.call('POST', path, { body: { name: 'Extra', boolean: {} } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Extra', boolean: {}, readOnly: false });
    for (const name of ['extra', 'Title', 'Created']) {
      const duplicate = await bed.call('POST', path, { body: { name, text: {} } });
      expect(duplicate.status).toBe(409);
      expect(errorCodeOf(duplicate)).toBe('nameAlreadyExists');
    }
    const columns = valuesOf(await bed.call('GET', path)).map((column) => column['name']);
    expect(columns).toContain('Extra');
    expect((await bed.call('GET', `${path}/Extra`)).body).toMatchObject({ name: 'Extra' });
    expect((await bed.call('GET', `${path}/Nope`)).status).toBe(404);
  });

  it('answers 404 for an unknown list', async () => {
    const bed = createTestBed();
    const response = await bed.call('GET', `/sites/${bed.siteId}/lists/Nope/items`);
    expect(response.status).toBe(404);
    expect(errorCodeOf(response)).toBe('itemNotFound');
  });

  it('ensureList is idempotent and adds columns a newer schema brings', () => {
    const bed = createTestBed();
    const again = bed.store.ensureList(bed.siteId, {
      displayName: 'Samples',
      description: '',
      confidential: false,
      columns: [{ name: 'Later', text: {} }],
    });
    expect(again).toBe(bed.listId);
    expect(bed.store.tables.columnsOf(bed.listId).map((column) => column.definition.name)).toContain('Later');
  });
});

describe('path addressing continued past the site (`/sites/{host}:/{path}:/...`)', () => {
  const SITE = '/sites/contoso.sharepoint.com:/sites/ivho:';

  it('answers lists, a list, its columns and a column as the site-id form does', async () => {
    const bed = createTestBed();
    for (const rest of ['/lists', '/lists/Samples', `/lists/${bed.listId}`, '/lists/Samples/columns', '/lists/Samples/columns/Code']) {
      const byPath = await bed.call('GET', `${SITE}${rest}`);
      const byId = await bed.call('GET', `/sites/${bed.siteId}${rest}`);
      expect(byPath.status).toBe(200);
      expect(byPath.body).toEqual(byId.body);
    }
  });

  it('creates, reads, updates and deletes items and their fields by path', async () => {
    const bed = createTestBed();
    const items = `${SITE}/lists/Samples/items`;
    const created = await bed.call('POST', items, { body: { fields: { Title: 'By path', Code: 'P-1' } } });
    expect(created.status).toBe(201);
    const id = String((created.body as { id: unknown }).id);
    const read = await bed.call('GET', `${items}/${id}?expand=fields(select=Title,Code)`);
    expect(read.body).toMatchObject({ id, fields: { Title: 'By path', Code: 'P-1' } });
    expect((await bed.call('GET', `${bed.itemsPath}/${id}?expand=fields`)).body).toMatchObject({ fields: { Code: 'P-1' } });
    const patched = await bed.call('PATCH', `${items}/${id}/fields`, { body: { Notes: 'changed' } });
    expect(patched.status).toBe(200);
    expect((await bed.call('GET', `${items}/${id}/fields`)).body).toMatchObject({ Notes: 'changed' });
    const listed = await bed.call('GET', `${items}?expand=fields(select=Code)`);
    expect(valuesOf(listed).map((item) => item['id'])).toEqual([id]);
    expect((await bed.call('DELETE', `${items}/${id}`)).status).toBe(204);
    expect((await bed.call('GET', `${bed.itemsPath}/${id}`)).status).toBe(404);
  });

  it('serves delta by path; token=latest yields a deltaLink that later reports the changes', async () => {
    const bed = createTestBed();
    const items = `${SITE}/lists/Samples/items`;
    const latest = await bed.call('GET', `${items}/delta?token=latest`);
    expect(latest.status).toBe(200);
    expect(valuesOf(latest)).toEqual([]);
    const deltaLink = (latest.body as { '@odata.deltaLink'?: unknown })['@odata.deltaLink'];
    expect(typeof deltaLink).toBe('string');
    const id = await bed.createItem({ Title: 'Later', Code: 'L-1' });
    // The link is absolute and keeps the request's addressing; the handler takes the path after the version.
    const link = new URL(String(deltaLink));
    expect(link.pathname).toBe('/graph/v1.0/sites/contoso.sharepoint.com:/sites/ivho:/lists/Samples/items/delta');
    const changes = await bed.call('GET', `${decodeURIComponent(link.pathname.slice('/graph/v1.0'.length))}${link.search}`);
    expect(changes.status).toBe(200);
    expect(valuesOf(changes).map((item) => item['id'])).toEqual([id]);
  });

  it('404s an unknown list and 405s an unsupported method by path, as by id', async () => {
    const bed = createTestBed();
    expect(errorCodeOf(await bed.call('GET', `${SITE}/lists/Nope/items`))).toBe('itemNotFound');
    expect((await bed.call('GET', '/sites/contoso.sharepoint.com:/sites/nope:/lists/Samples/items')).status).toBe(404);
    expect((await bed.call('PUT', `${SITE}/lists/Samples/items`)).status).toBe(405);
  });
});
