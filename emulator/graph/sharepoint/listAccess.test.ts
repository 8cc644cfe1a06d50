import { BUILT_IN_PERMISSION_LEVELS } from '../../../src/sharepoint/permissionKinds';
import { APP_PERMISSION_LEVELS } from '../../../src/sharepoint/permissionModel';
import { createTestBed, errorCodeOf, GUEST, MEMBER, READER, SITE_ADMIN, STRANGER, valuesOf, WRITER } from './sharePointTestBed';
import type { TestBed } from './sharePointTestBed';

const WRITES = (bed: TestBed, id: string) =>
  [
    ['POST', bed.itemsPath, { fields: { Title: 'y', Code: 'C2' } }],
    ['PATCH', `${bed.itemsPath}/${id}/fields`, { Title: 'z' }],
    ['DELETE', `${bed.itemsPath}/${id}`, undefined],
  ] as const;

/** Gives the sample list its own permissions: Owners Full Control, `extra` for the rest. */
function protect(bed: TestBed, grants: ReadonlyArray<readonly [principalId: number, roleDefinitionId: number]>, itemSecurity: { readSecurity: 1 | 2; writeSecurity: 1 | 2 | 4 }): void {
  const security = bed.security();
  security.breakRoleInheritance(bed.listId, false);
  security.addRoleAssignment(bed.listId, security.associatedGroups.owners.id, BUILT_IN_PERMISSION_LEVELS.fullControl.id);
  for (const [principal, level] of grants) security.addRoleAssignment(bed.listId, principal, level);
  security.setItemSecurity(bed.listId, itemSecurity);
}

describe('a site as SharePoint makes it: Owners, Members and Visitors on an inheriting list', () => {
  it('lets a visitor read but not write', async () => {
    const bed = createTestBed();
    const id = await bed.createItem({ Title: 'x', Code: 'C1' });
    expect((await bed.call('GET', bed.itemsPath, { user: READER })).status).toBe(200);
    expect((await bed.call('GET', `${bed.itemsPath}/${id}/fields`, { user: READER })).status).toBe(200);
    expect((await bed.call('GET', `${bed.itemsPath}/delta`, { user: READER })).status).toBe(200);
    for (const [method, path, body] of WRITES(bed, id)) {
      const response = await bed.call(method, path, { user: READER, body });
      expect(response.status).toBe(403);
      expect(errorCodeOf(response)).toBe('accessDenied');
    }
    expect(bed.store.countItems(bed.siteId, 'Samples')).toBe(1);
  });

  it('lets a member (Edit) write every item and create lists, as in every Teams site', async () => {
    const bed = createTestBed();
    const id = await bed.createItem({ Title: 'x', Code: 'C1' });
    expect((await bed.call('PATCH', `${bed.itemsPath}/${id}/fields`, { user: MEMBER, body: { Title: 'changed by a member' } })).status).toBe(200);
    expect((await bed.call('POST', `/sites/${bed.siteId}/lists`, { user: MEMBER, body: { displayName: 'Made by a member' } })).status).toBe(201);
  });

  it('refuses a user in no group, and hides the list from the collection', async () => {
    const bed = createTestBed();
    expect((await bed.call('GET', bed.itemsPath, { user: STRANGER })).status).toBe(403);
    expect((await bed.call('GET', `/sites/${bed.siteId}/lists/Samples`, { user: STRANGER })).status).toBe(403);
    expect(valuesOf(await bed.call('GET', `/sites/${bed.siteId}/lists`, { user: STRANGER }))).toEqual([]);
    expect((await bed.call('GET', `/sites/${bed.siteId}`, { user: STRANGER })).status).toBe(200);
  });

  it('needs Manage Lists to create lists and columns: a visitor is refused, a site collection administrator in no group is not', async () => {
    const bed = createTestBed();
    expect((await bed.call('POST', `/sites/${bed.siteId}/lists`, { user: READER, body: { displayName: 'New' } })).status).toBe(403);
    expect((await bed.call('POST', `/sites/${bed.siteId}/lists/Samples/columns`, { user: READER, body: { name: 'X', text: {} } })).status).toBe(403);
    expect((await bed.call('POST', `/sites/${bed.siteId}/lists/Samples/columns`, { user: SITE_ADMIN, body: { name: 'X', text: {} } })).status).toBe(201);
  });
});

describe('a list with its own permissions and item-level security', () => {
  it('shows a reporter only their own items, hides the others as missing, and refuses changing another’s item', async () => {
    const bed = createTestBed();
    const security = bed.security();
    const report = security.createRoleDefinition(APP_PERMISSION_LEVELS.report.name, '', APP_PERMISSION_LEVELS.report.mask);
    protect(bed, [[security.associatedGroups.members.id, report.id]], { readSecurity: 2, writeSecurity: 2 });
    const ownersItem = await bed.createItem({ Title: 'by an owner', Code: 'O1' });
    const created = await bed.call('POST', bed.itemsPath, { user: MEMBER, body: { fields: { Title: 'mine', Code: 'M1' } } });
    expect(created.status).toBe(201);
    const mine = (created.body as { id: string }).id;

    const seen = valuesOf(await bed.call('GET', `${bed.itemsPath}?expand=fields`, { user: MEMBER }));
    expect(seen.map((item) => item['id'])).toEqual([mine]);
    expect((await bed.call('GET', `${bed.itemsPath}/${ownersItem}`, { user: MEMBER })).status).toBe(404);
    const delta = valuesOf(await bed.call('GET', `${bed.itemsPath}/delta`, { user: MEMBER }));
    expect(delta.map((item) => item['id'])).toEqual([mine]);
    expect((await bed.call('PATCH', `${bed.itemsPath}/${ownersItem}/fields`, { user: MEMBER, body: { Title: 'x' } })).status).toBe(404);
    expect((await bed.call('PATCH', `${bed.itemsPath}/${mine}/fields`, { user: MEMBER, body: { Title: 'corrected' } })).status).toBe(200);
    // The report level has no Delete Items: a report is evidence.
    expect((await bed.call('DELETE', `${bed.itemsPath}/${mine}`, { user: MEMBER })).status).toBe(403);
    // The owners' Full Control includes Override List Behaviors: every item.
    expect(valuesOf(await bed.call('GET', bed.itemsPath, { user: WRITER }))).toHaveLength(2);
  });

  it('lets a level with Override List Behaviors read and edit every item', async () => {
    const bed = createTestBed();
    const security = bed.security();
    const handling = security.createRoleDefinition(APP_PERMISSION_LEVELS.caseHandling.name, '', APP_PERMISSION_LEVELS.caseHandling.mask);
    const report = security.createRoleDefinition(APP_PERMISSION_LEVELS.report.name, '', APP_PERMISSION_LEVELS.report.mask);
    const team = security.createGroup('Case team', '');
    security.addGroupMember(team.id, READER.id);
    protect(bed, [[team.id, handling.id], [security.associatedGroups.members.id, report.id]], { readSecurity: 2, writeSecurity: 2 });
    const created = await bed.call('POST', bed.itemsPath, { user: MEMBER, body: { fields: { Title: 'a report', Code: 'R1' } } });
    const id = (created.body as { id: string }).id;
    expect(valuesOf(await bed.call('GET', bed.itemsPath, { user: READER })).map((item) => item['id'])).toEqual([id]);
    expect((await bed.call('PATCH', `${bed.itemsPath}/${id}/fields`, { user: READER, body: { Title: 'handled' } })).status).toBe(200);
  });

  it('gives "Everyone except external users" to members of the tenant, never to guests', async () => {
    const bed = createTestBed();
    const security = bed.security();
    protect(bed, [[security.everyoneExceptExternalUsersId(), BUILT_IN_PERMISSION_LEVELS.contribute.id]], { readSecurity: 1, writeSecurity: 1 });
    expect((await bed.call('POST', bed.itemsPath, { user: STRANGER, body: { fields: { Title: 'a', Code: 'S1' } } })).status).toBe(201);
    const refused = await bed.call('GET', bed.itemsPath, { user: GUEST });
    expect(refused.status).toBe(403);
    expect(errorCodeOf(refused)).toBe('accessDenied');
    expect(valuesOf(await bed.call('GET', `/sites/${bed.siteId}/lists`, { user: GUEST }))).toEqual([]);
  });

  it('refuses new items under write security "none" except to Override List Behaviors', async () => {
    const bed = createTestBed();
    const security = bed.security();
    protect(bed, [[security.associatedGroups.members.id, BUILT_IN_PERMISSION_LEVELS.contribute.id]], { readSecurity: 1, writeSecurity: 4 });
    expect((await bed.call('POST', bed.itemsPath, { user: MEMBER, body: { fields: { Title: 'a', Code: 'N1' } } })).status).toBe(403);
    expect((await bed.call('POST', bed.itemsPath, { user: WRITER, body: { fields: { Title: 'a', Code: 'N2' } } })).status).toBe(201);
  });

  it('keeps a guest out of a list that names no group of theirs, even with Members removed elsewhere', async () => {
    const bed = createTestBed();
    protect(bed, [], { readSecurity: 1, writeSecurity: 1 });
    for (const user of [MEMBER, GUEST, READER]) expect((await bed.call('GET', bed.itemsPath, { user })).status).toBe(403);
    expect((await bed.call('GET', bed.itemsPath, { user: SITE_ADMIN })).status).toBe(200);
  });
});
