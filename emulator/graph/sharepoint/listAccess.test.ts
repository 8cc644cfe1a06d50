import { createTestBed, errorCodeOf, testUser, valuesOf } from './sharePointTestBed';

const reader = testUser({ Samples: 'read' }, 'reader');
const stranger = testUser({}, 'stranger');
const writerNotOwner = testUser({ Samples: 'write' }, 'writer');

describe('list roles', () => {
  it('lets a reader read but not write', async () => {
    const bed = createTestBed();
    const id = await bed.createItem({ Title: 'x', Code: 'C1' });
    expect((await bed.call('GET', bed.itemsPath, { user: reader })).status).toBe(200);
    expect((await bed.call('GET', `${bed.itemsPath}/${id}/fields`, { user: reader })).status).toBe(200);
    expect((await bed.call('GET', `${bed.itemsPath}/delta`, { user: reader })).status).toBe(200);
    for (const [method, path, body] of [
      ['POST', bed.itemsPath, { fields: { Title: 'y', Code: 'C2' } }],
      ['PATCH', `${bed.itemsPath}/${id}/fields`, { Title: 'z' }],
      ['DELETE', `${bed.itemsPath}/${id}`, undefined],
    ] as const) {
      const response = await bed.call(method, path, { user: reader, body });
      expect(response.status).toBe(403);
      expect(errorCodeOf(response)).toBe('accessDenied');
    }
    expect(bed.store.countItems(bed.siteId, 'Samples')).toBe(1);
  });

  it('refuses a user without a role on the list, and hides the list from the collection', async () => {
    const bed = createTestBed();
    expect((await bed.call('GET', bed.itemsPath, { user: stranger })).status).toBe(403);
    expect((await bed.call('GET', `/sites/${bed.siteId}/lists/Samples`, { user: stranger })).status).toBe(403);
    expect(valuesOf(await bed.call('GET', `/sites/${bed.siteId}/lists`, { user: stranger }))).toEqual([]);
    expect((await bed.call('GET', `/sites/${bed.siteId}`, { user: stranger })).status).toBe(200);
  });

  it("requires the '*site' owner role to create lists and columns", async () => {
    const bed = createTestBed();
    const list = await bed.call('POST', `/sites/${bed.siteId}/lists`, { user: writerNotOwner, body: { displayName: 'New' } });
    expect(list.status).toBe(403);
    const column = await bed.call('POST', `/sites/${bed.siteId}/lists/Samples/columns`, { user: writerNotOwner, body: { name: 'X', text: {} } });
    expect(column.status).toBe(403);
  });
});
