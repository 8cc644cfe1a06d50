/**
 * The SharePoint REST calls provisioning and the doctor make (permissions Graph cannot
 * set), with a token for the SharePoint resource; and what they change is what Graph
 * then enforces.
 */
import { BUILT_IN_PERMISSION_LEVELS } from '../../../src/sharepoint/permissionKinds';
import { COORDINATOR, STAFF, startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest } from './emulatorTestHarness';

const SHAREPOINT_SCOPE = 'https://contoso.sharepoint.com/AllSites.FullControl';

let emu: EmulatorUnderTest;
let api: string;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
  api = `${emu.emulator.url}/sharepoint/contoso.sharepoint.com/sites/ivho/_api`;
});
afterAll(async () => {
  await emu.stop();
});

async function rest(method: 'GET' | 'POST', path: string, options: { user?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const token = options.token ?? (await emu.token(options.user ?? COORDINATOR, { scopes: SHAREPOINT_SCOPE }));
  const response = await fetch(`${api}/${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json;odata=nometadata', 'content-type': 'application/json', ...options.headers },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

describe('tokens are for one resource', () => {
  it('gives a token for SharePoint that Graph refuses, and refuses a Graph token at SharePoint', async () => {
    const sharePointToken = await emu.token(COORDINATOR, { scopes: SHAREPOINT_SCOPE });
    expect((await emu.graph('GET', '/me', { token: sharePointToken })).status).toBe(401);
    expect((await rest('GET', 'web', { token: await emu.token(COORDINATOR) })).status).toBe(401);
    expect((await rest('GET', 'web')).status).toBe(200);
  });

  it('refuses scopes of two resources in one request (AADSTS28000) and an unknown resource (AADSTS500011)', async () => {
    const mixed = await emu.control('GET', `/token?user=${COORDINATOR}&scopes=${encodeURIComponent(`User.Read ${SHAREPOINT_SCOPE}`)}`);
    expect(mixed.status).toBe(400);
    expect(JSON.stringify(mixed.body)).toContain('AADSTS28000');
    const unknown = await emu.control('GET', `/token?user=${COORDINATOR}&scopes=${encodeURIComponent('https://fabrikam.sharepoint.com/AllSites.Read')}`);
    expect(JSON.stringify(unknown.body)).toContain('AADSTS500011');
  });
});

describe('permissions over REST', () => {
  it('reads the demo site’s groups, levels and a protected list as provisioning left them', async () => {
    expect((await rest('GET', 'web/associatedmembergroup')).body).toMatchObject({ Title: 'Integrale Veiligheid Members', PrincipalType: 8 });
    const list = await rest('GET', "web/lists/getbytitle('IncidentCases')");
    expect(list.body).toMatchObject({ HasUniqueRoleAssignments: true, ReadSecurity: 2, WriteSecurity: 2 });
    const levels = (await rest('GET', 'web/roledefinitions')).body['value'] as Array<{ Name: string; BasePermissions: { High: string; Low: string } }>;
    expect(levels.find((level) => level.Name === 'Read')?.BasePermissions).toEqual({ High: '176', Low: '138612833' });
    const assignments = (await rest('GET', "web/lists/getbytitle('IncidentCases')/roleassignments?$expand=Member,RoleDefinitionBindings")).body['value'] as Array<{
      Member: { Title: string };
      RoleDefinitionBindings: Array<{ Name: string }>;
    }>;
    const byMember = Object.fromEntries(assignments.map((assignment) => [assignment.Member.Title, assignment.RoleDefinitionBindings.map((binding) => binding.Name)]));
    expect(byMember).toEqual({
      'Integrale Veiligheid Owners': ['Full Control'],
      'IV-HO Case team': ['IV-HO Case handling'],
      'Everyone except external users': ['IV-HO Report'],
    });
  });

  it('refuses a member who cannot manage permissions', async () => {
    const refused = await rest('GET', 'web/roledefinitions', { user: STAFF });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toContain('System.UnauthorizedAccessException');
  });

  it('breaks a list’s inheritance, grants a level and sets item-level security: Graph then enforces it', async () => {
    const site = await emu.siteId();
    expect((await emu.graph('POST', `/sites/${site}/lists`, { body: { displayName: 'RestProbe', columns: [] } })).status).toBe(201);
    const member = await emu.graph('POST', `/sites/${site}/lists/RestProbe/items`, { user: STAFF, body: { fields: { Title: 'before' } } });
    expect(member.status).toBe(201);
    // Adding to an inheriting list is refused.
    const members = (await rest('GET', 'web/associatedmembergroup')).body['Id'] as number;
    const early = await rest('POST', `web/lists/getbytitle('RestProbe')/roleassignments/addroleassignment(principalid=${members},roledefid=${BUILT_IN_PERMISSION_LEVELS.read.id})`);
    expect(early.status).toBe(400);
    expect((await rest('POST', "web/lists/getbytitle('RestProbe')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)")).status).toBe(200);
    expect((await rest('POST', `web/lists/getbytitle('RestProbe')/roleassignments/addroleassignment(principalid=${members},roledefid=${BUILT_IN_PERMISSION_LEVELS.contribute.id})`)).status).toBe(200);
    expect((await rest('POST', "web/lists/getbytitle('RestProbe')", { body: { ReadSecurity: 2, WriteSecurity: 2 }, headers: { 'x-http-method': 'MERGE' } })).status).toBe(204);
    // The item a member made earlier is still theirs; the coordinator's new one is hidden from them.
    await emu.graph('POST', `/sites/${site}/lists/RestProbe/items`, { body: { fields: { Title: 'coordinator' } } });
    const seen = (await emu.graph('GET', `/sites/${site}/lists/RestProbe/items?expand=fields`, { user: STAFF })).body['value'] as Array<{ fields: { Title: string } }>;
    expect(seen.map((item) => item.fields.Title)).toEqual(['before']);
  });

  it('creates a group, adds a user through ensureuser and a permission level from BasePermissions', async () => {
    const group = await rest('POST', 'web/sitegroups', { body: { Title: 'Probe group', Description: 'made over REST' } });
    expect(group.status).toBe(201);
    const user = await rest('POST', 'web/ensureuser', { body: { logonName: 'i:0#.f|membership|staff@contoso.example' } });
    expect(user.body).toMatchObject({ LoginName: 'i:0#.f|membership|staff@contoso.example', PrincipalType: 1 });
    expect((await rest('POST', `web/sitegroups/getbyid(${String(group.body['Id'])})/users`, { body: { LoginName: 'i:0#.f|membership|staff@contoso.example' } })).status).toBe(201);
    const users = (await rest('GET', "web/sitegroups/getbyname('Probe group')/users")).body['value'] as Array<{ Title: string }>;
    expect(users.map((entry) => entry.Title)).toEqual(['Sam Visser']);
    const level = await rest('POST', 'web/roledefinitions', { body: { Name: 'Probe level', Description: '', BasePermissions: { High: '0', Low: '1' }, Order: 200 } });
    expect(level.status).toBe(201);
    expect((await rest('GET', "web/roledefinitions/getbyname('Probe level')")).body).toMatchObject({ BasePermissions: { High: '0', Low: '1' } });
  });
});

describe('unique values and item-level permissions do not mix', () => {
  const uniqueCode = { name: 'Code', text: { maxLength: 20 }, indexed: true, enforceUniqueValues: true };

  it('refuses read-own-items security on a list with a unique column, and a unique column on such a list', async () => {
    const site = await emu.siteId();
    expect((await emu.graph('POST', `/sites/${site}/lists`, { body: { displayName: 'UniqueProbe', columns: [uniqueCode] } })).status).toBe(201);
    const refused = await rest('POST', "web/lists/getbytitle('UniqueProbe')", { body: { ReadSecurity: 2 }, headers: { 'x-http-method': 'MERGE' } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('unique values');
    expect((await rest('GET', "web/lists/getbytitle('UniqueProbe')")).body).toMatchObject({ ReadSecurity: 1 });
    // Write-own-items alone hides nothing, so it stays allowed.
    expect((await rest('POST', "web/lists/getbytitle('UniqueProbe')", { body: { WriteSecurity: 2 }, headers: { 'x-http-method': 'MERGE' } })).status).toBe(204);

    expect((await emu.graph('POST', `/sites/${site}/lists`, { body: { displayName: 'OwnItemsProbe', columns: [] } })).status).toBe(201);
    expect((await rest('POST', "web/lists/getbytitle('OwnItemsProbe')", { body: { ReadSecurity: 2 }, headers: { 'x-http-method': 'MERGE' } })).status).toBe(204);
    const column = await emu.graph('POST', `/sites/${site}/lists/OwnItemsProbe/columns`, { body: uniqueCode });
    expect(column.status).toBe(400);
    expect(JSON.stringify(column.body)).toContain('item-level read security');
    expect((await emu.graph('POST', `/sites/${site}/lists/OwnItemsProbe/columns`, { body: { ...uniqueCode, enforceUniqueValues: false } })).status).toBe(201);
  });

  it('refuses own permissions on an item of a list with a unique column, and a unique column beside such an item', async () => {
    const site = await emu.siteId();
    expect((await emu.graph('POST', `/sites/${site}/lists`, { body: { displayName: 'UniqueItemProbe', columns: [uniqueCode] } })).status).toBe(201);
    const item = await emu.graph('POST', `/sites/${site}/lists/UniqueItemProbe/items`, { body: { fields: { Title: 'one', Code: 'A' } } });
    const broken = await rest('POST', `web/lists/getbytitle('UniqueItemProbe')/items(${String(item.body['id'])})/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    expect(broken.status).toBe(400);
    expect(JSON.stringify(broken.body)).toContain('unique permissions');

    expect((await emu.graph('POST', `/sites/${site}/lists`, { body: { displayName: 'ItemPermissionsProbe', columns: [] } })).status).toBe(201);
    const own = await emu.graph('POST', `/sites/${site}/lists/ItemPermissionsProbe/items`, { body: { fields: { Title: 'own permissions' } } });
    expect((await rest('POST', `web/lists/getbytitle('ItemPermissionsProbe')/items(${String(own.body['id'])})/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`)).status).toBe(200);
    const column = await emu.graph('POST', `/sites/${site}/lists/ItemPermissionsProbe/columns`, { body: uniqueCode });
    expect(column.status).toBe(400);
    expect(JSON.stringify(column.body)).toContain('unique permissions');
  });
});
