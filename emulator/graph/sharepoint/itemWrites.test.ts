import { createTestBed, errorCodeOf } from './sharePointTestBed';

const valid = { Title: 'First', Code: 'C-1' };

describe('creating items', () => {
  it('answers 201 with the item, its eTag, creator and fields', async () => {
    const bed = createTestBed();
    const response = await bed.call('POST', bed.itemsPath, {
      body: {
        fields: {
          ...valid,
          Notes: 'line 1\nline 2',
          Colour: 'red',
          'Tags@odata.type': 'Collection(Edm.String)',
          Tags: ['a', 'c'],
          Free: 'anything',
          Score: 3,
          Due: '2026-02-01T12:30:00.000Z',
          Done: true,
          OwnerLookupId: '7',
        },
      },
    });
    expect(response.status).toBe(201);
    const item = response.body as Record<string, unknown> & { fields: Record<string, unknown> };
    expect(item['id']).toBe('1');
    expect(item['eTag']).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(response.headers?.['ETag']).toBe(item['eTag']);
    expect(item['createdBy']).toEqual({ user: { id: 'writer', displayName: 'User writer', email: 'writer@contoso.test' } });
    expect(item.fields).toMatchObject({
      '@odata.etag': item['eTag'],
      Title: 'First',
      Tags: ['a', 'c'],
      Score: 3,
      Due: '2026-02-01T12:30:00Z',
      Done: true,
      OwnerLookupId: '7',
      id: '1',
      Created: '2026-01-05T10:00:00Z',
    });
    expect(bed.store.countItems(bed.siteId, 'Samples')).toBe(1);
  });

  it.each([
    ['an unknown field', { ...valid, Nope: 1 }],
    ['a read-only field', { ...valid, Created: '2026-01-01T00:00:00Z' }],
    ['text into a number column', { ...valid, Score: '3' }],
    ['a number out of range', { ...valid, Score: 5 }],
    ['a value not among the choices', { ...valid, Colour: 'purple' }],
    ['a string for a multi-choice column', { ...valid, 'Tags@odata.type': 'Collection(Edm.String)', Tags: 'a' }],
    ['an array without its @odata.type annotation', { ...valid, Tags: ['a'] }],
    ['a non-boolean for a boolean column', { ...valid, Done: 'yes' }],
    ['an unparsable date', { ...valid, Due: 'next tuesday' }],
    ['a hyperlink value (writes to hyperlink columns fail in Graph: microsoft-graph-docs #1965)', { ...valid, Link: { Url: 'https://example.org/doc', Description: 'Doc' } }],
    ['a hyperlink as plain text', { ...valid, Link: 'https://example.org/doc' }],
    ['text longer than the column allows', { ...valid, Code: 'x'.repeat(21) }],
    ['a missing required field', { Title: 'No code' }],
    ['an empty required field', { ...valid, Code: '' }],
    ['a missing Title', { Code: 'C-9' }],
  ])('refuses %s with 400 invalidRequest', async (_case, fields) => {
    const bed = createTestBed();
    const response = await bed.call('POST', bed.itemsPath, { body: { fields } });
    expect(response.status).toBe(400);
    expect(errorCodeOf(response)).toBe('invalidRequest');
    expect(bed.store.countItems(bed.siteId, 'Samples')).toBe(0);
  });

  it('refuses a body without fields', async () => {
    const bed = createTestBed();
    for (const body of [undefined, 'text', { Title: 'x' }, { fields: [] }]) {
      const response = await bed.call('POST', bed.itemsPath, { body });
      expect(response.status).toBe(400);
    }
  });

  it('refuses a duplicate value in a unique column with 409, case-insensitively', async () => {
    const bed = createTestBed();
    await bed.createItem(valid);
    const response = await bed.call('POST', bed.itemsPath, { body: { fields: { Title: 'Second', Code: 'c-1' } } });
    expect(response.status).toBe(409);
    expect(errorCodeOf(response)).toBe('nameAlreadyExists');
    expect(bed.store.countItems(bed.siteId, 'Samples')).toBe(1);
  });

  it('never reuses an item id, even after a delete or a refused insert', async () => {
    const bed = createTestBed();
    const first = await bed.createItem(valid);
    await bed.call('POST', bed.itemsPath, { body: { fields: { Title: 'dup', Code: 'C-1' } } });
    await bed.call('DELETE', `${bed.itemsPath}/${first}`);
    expect(await bed.createItem({ Title: 'again', Code: 'C-1' })).toBe('2');
  });

  it('seedItem validates like POST but needs no collection annotation', () => {
    const bed = createTestBed();
    expect(bed.store.seedItem(bed.siteId, 'Samples', { ...valid, Tags: ['b'] })).toBe('1');
    expect(() => bed.store.seedItem(bed.siteId, 'Samples', { Title: 'x', Code: 'C-2', Score: 'high' })).toThrow(/Score/);
    expect(() => bed.store.seedItem(bed.siteId, 'Nope', valid)).toThrow(/Nope/);
    expect(bed.store.countItems(bed.siteId, 'Samples')).toBe(1);
  });
});

describe('updating item fields', () => {
  it('applies the patch, bumps the eTag version and returns the fieldValueSet', async () => {
    const bed = createTestBed();
    const id = await bed.createItem({ ...valid, Colour: 'red', Notes: 'keep' });
    const before = await bed.call('GET', `${bed.itemsPath}/${id}`);
    const eTag = (before.body as { eTag: string }).eTag;
    bed.advanceClock(60_000);
    const response = await bed.call('PATCH', `${bed.itemsPath}/${id}/fields`, { body: { Colour: 'blue', Notes: null }, headers: { 'If-Match': eTag } });
    expect(response.status).toBe(200);
    const fields = response.body as Record<string, unknown>;
    expect(fields).toMatchObject({ Colour: 'blue', Title: 'First', Modified: '2026-01-05T10:01:00Z', _UIVersionString: '2.0' });
    expect(fields).not.toHaveProperty('Notes');
    expect(fields['@odata.etag']).toBe(eTag.replace(/,1"$/, ',2"'));
    expect(response.headers?.['ETag']).toBe(fields['@odata.etag']);
  });

  it('answers 412 preconditionFailed for a stale eTag and leaves the item unchanged', async () => {
    const bed = createTestBed();
    const id = await bed.createItem(valid);
    const eTag = ((await bed.call('GET', `${bed.itemsPath}/${id}`)).body as { eTag: string }).eTag;
    await bed.call('PATCH', `${bed.itemsPath}/${id}/fields`, { body: { Title: 'changed' } });
    const stale = await bed.call('PATCH', `${bed.itemsPath}/${id}/fields`, { body: { Title: 'lost update' }, headers: { 'If-Match': eTag } });
    expect(stale.status).toBe(412);
    expect(errorCodeOf(stale)).toBe('preconditionFailed');
    const fields = (await bed.call('GET', `${bed.itemsPath}/${id}/fields`)).body as Record<string, unknown>;
    expect(fields['Title']).toBe('changed');
  });

  it('treats If-Match * as unconditional', async () => {
    const bed = createTestBed();
    const id = await bed.createItem(valid);
    const response = await bed.call('PATCH', `${bed.itemsPath}/${id}/fields`, { body: { Title: 'x' }, headers: { 'If-Match': '*' } });
    expect(response.status).toBe(200);
  });

  it('refuses clearing a required field, a bad value and a duplicate unique value', async () => {
    const bed = createTestBed();
    await bed.createItem({ Title: 'other', Code: 'TAKEN' });
    const id = await bed.createItem(valid);
    const path = `${bed.itemsPath}/${id}/fields`;
    expect((await bed.call('PATCH', path, { body: { Code: null } })).status).toBe(400);
    expect((await bed.call('PATCH', path, { body: { Score: 0 } })).status).toBe(400);
    expect((await bed.call('PATCH', path, { body: 'nonsense' })).status).toBe(400);
    const duplicate = await bed.call('PATCH', path, { body: { Code: 'taken' } });
    expect(duplicate.status).toBe(409);
    expect((await bed.call('PATCH', path, { body: { Code: 'C-1' } })).status).toBe(200);
  });

  it('answers 404 for a missing item and 400 for a malformed id', async () => {
    const bed = createTestBed();
    expect((await bed.call('PATCH', `${bed.itemsPath}/99/fields`, { body: { Title: 'x' } })).status).toBe(404);
    expect((await bed.call('GET', `${bed.itemsPath}/abc`)).status).toBe(400);
  });
});

describe('deleting items', () => {
  it('answers 204 and removes the item', async () => {
    const bed = createTestBed();
    const id = await bed.createItem(valid);
    const response = await bed.call('DELETE', `${bed.itemsPath}/${id}`);
    expect(response).toEqual({ status: 204 });
    expect((await bed.call('GET', `${bed.itemsPath}/${id}`)).status).toBe(404);
    expect((await bed.call('DELETE', `${bed.itemsPath}/${id}`)).status).toBe(404);
  });

  it('honours If-Match', async () => {
    const bed = createTestBed();
    const id = await bed.createItem(valid);
    const stale = await bed.call('DELETE', `${bed.itemsPath}/${id}`, { headers: { 'If-Match': '"00000000-0000-0000-0000-000000000000,1"' } });
    expect(stale.status).toBe(412);
    expect(bed.store.countItems(bed.siteId, 'Samples')).toBe(1);
  });
});
