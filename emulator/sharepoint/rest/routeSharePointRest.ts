import { everyoneExceptExternalUsersLoginName, fromBasePermissions, maskHas, PRINCIPAL_TYPE, toBasePermissions, userLoginName } from '../../../src/sharepoint/permissionKinds';
import type { EmulatorUser } from '../../graph/graphTypes';
import type { EmulatorStore } from '../../graph/store/openEmulatorStore';
import type { ListRecord, SiteRecord } from '../../graph/store/storeRecords';
import { SiteSecurity } from '../security/SiteSecurity';
import type { RoleAssignment, RoleDefinition, SiteGroup } from '../security/SiteSecurity';
import { hasUniqueColumn, UNIQUE_VALUES_WITH_ITEM_PERMISSIONS, UNIQUE_VALUES_WITH_OWN_ITEMS } from '../security/uniqueValuesAndOwnItems';

/**
 * The part of SharePoint's REST API (`/_api/web/...`) that provisioning and the doctor use
 * to set and read permissions, which Graph cannot: site groups and their users, permission
 * levels, role assignments, breaking a list's inheritance and its item-level security.
 * Shapes follow "Set custom permissions on a SharePoint list by using the REST interface"
 * and "Users, groups, and roles REST API reference" (learn.microsoft.com, dn531432), in
 * the `odata=nometadata` format. Every call needs Manage Permissions on the site (Owners,
 * site collection administrators): a stricter rule than SharePoint's for reads, which
 * also lets Enumerate Permissions read them, and the doctor runs as an owner anyway.
 */

/** One REST call after authentication. */
export interface SharePointRestRequest {
  readonly method: 'GET' | 'POST';
  /** `MERGE` or `DELETE` when the client tunnels them (`X-HTTP-Method`). */
  readonly tunnelledMethod: string | undefined;
  /** Path segments after `/_api/`, e.g. `["web", "lists", "getbytitle('Instruments')", "roleassignments"]`. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly caller: EmulatorUser;
  readonly site: SiteRecord;
}

/** A REST answer: status and JSON body (none for 204). */
export interface SharePointRestResponse {
  readonly status: number;
  readonly body?: unknown;
}

/** A refusal in SharePoint REST's error shape. */
export class SharePointRestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SharePointRestError';
  }

  toResponse(): SharePointRestResponse {
    return { status: this.status, body: { 'odata.error': { code: this.code, message: { lang: 'en-US', value: this.message } } } };
  }
}

const ACCESS_DENIED = (): SharePointRestError =>
  new SharePointRestError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');
const NOT_FOUND = (what: string): SharePointRestError => new SharePointRestError(404, '-2130575322, Microsoft.SharePoint.SPException', `${what} does not exist.`);
const BAD_REQUEST = (message: string): SharePointRestError => new SharePointRestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);

/** Answers one REST call; throws {@link SharePointRestError} for refusals. */
export function routeSharePointRest(store: EmulatorStore, tenant: RestTenant, request: SharePointRestRequest): SharePointRestResponse {
  const security = SiteSecurity.of(store.tables, request.site);
  if (!maskHas(security.maskOf(request.caller), 'managePermissions')) throw ACCESS_DENIED();
  const context = { store, directory: tenant.users, tenantId: tenant.tenantId, request, security };
  const [web, collection, target, child, action] = request.segments.map((segment) => segment.toLowerCase());
  if (web !== 'web') throw NOT_FOUND(`The resource ${request.segments.join('/')}`);
  const verb = request.tunnelledMethod ?? request.method;

  if (collection === undefined && verb === 'GET') return ok({ Id: request.site.id.split(',')[2], Title: request.site.displayName, ServerRelativeUrl: request.site.serverRelativePath });
  if (collection === 'associatedownergroup' || collection === 'associatedmembergroup' || collection === 'associatedvisitorgroup') {
    const which = collection === 'associatedownergroup' ? 'owners' : collection === 'associatedmembergroup' ? 'members' : 'visitors';
    return ok(groupJson(security.associatedGroups[which]));
  }
  if (collection === 'sitegroups') return siteGroups(context, request.segments[2], child, verb);
  if (collection === 'roledefinitions') return roleDefinitions(context, request.segments[2], verb);
  if (collection === 'ensureuser' && verb === 'POST') return ok(ensureUser(context, stringField(request.body, 'logonName')));
  if (collection === 'roleassignments' && target === undefined && verb === 'GET') return ok({ value: assignmentsJson(context, security.roleAssignments()) });
  if (collection === 'lists' && target !== undefined) {
    const list = findList(context, request.segments[2] ?? '');
    const item = /^items\((\d+)\)$/.exec(child ?? '');
    if (item !== null) return itemSecurity(context, list, Number(item[1]), request.segments[4], request.segments[5], verb);
    return listSecurity(context, list, child, action === undefined ? undefined : (request.segments[4] ?? ''), verb);
  }
  throw NOT_FOUND(`The resource ${request.segments.join('/')}`);
}

/** What the REST API knows of the tenant: its id and its users. */
export interface RestTenant {
  readonly tenantId: string;
  readonly users: readonly EmulatorUser[];
}

interface RestContext {
  readonly store: EmulatorStore;
  readonly tenantId: string;
  readonly directory: readonly EmulatorUser[];
  readonly request: SharePointRestRequest;
  readonly security: SiteSecurity;
}

function ok(body: unknown, status = 200): SharePointRestResponse {
  return { status, body };
}

function siteGroups(context: RestContext, selector: string | undefined, child: string | undefined, verb: string): SharePointRestResponse {
  const { security, request } = context;
  if (selector === undefined) {
    if (verb === 'GET') return ok({ value: security.groups.map(groupJson) });
    if (verb === 'POST') {
      const title = stringField(request.body, 'Title');
      if (security.group(title) !== undefined) throw new SharePointRestError(400, '-2130575293, Microsoft.SharePoint.SPException', 'The specified name is already in use.');
      return ok(groupJson(security.createGroup(title, optionalString(request.body, 'Description') ?? '')), 201);
    }
  }
  const group = selectGroup(security, selector ?? '');
  if (child === undefined && verb === 'GET') return ok(groupJson(group));
  if (child === 'users' && verb === 'GET') return ok({ value: group.memberIds.map((id) => userJson(context, id)) });
  if (child === 'users' && verb === 'POST') {
    const user = userByLoginName(context, stringField(request.body, 'LoginName'));
    security.addGroupMember(group.id, user.id);
    return ok(userJson(context, user.id), 201);
  }
  throw NOT_FOUND(`The resource ${request.segments.join('/')}`);
}

function roleDefinitions(context: RestContext, selector: string | undefined, verb: string): SharePointRestResponse {
  const { security, request } = context;
  if (selector === undefined && verb === 'GET') return ok({ value: security.roleDefinitions.map(roleDefinitionJson) });
  if (selector === undefined && verb === 'POST') {
    const name = stringField(request.body, 'Name');
    const base = (request.body as { BasePermissions?: { High?: unknown; Low?: unknown } }).BasePermissions;
    const mask = base === undefined ? undefined : fromBasePermissions(base);
    if (mask === undefined) throw BAD_REQUEST('BasePermissions must have High and Low as 32-bit numbers.');
    if (security.roleDefinition(name) !== undefined) throw new SharePointRestError(400, '-2130575293, Microsoft.SharePoint.SPException', 'A permission level with this name already exists.');
    return ok(roleDefinitionJson(security.createRoleDefinition(name, optionalString(request.body, 'Description') ?? '', mask)), 201);
  }
  const byName = /^getbyname\('(.*)'\)$/i.exec(selector ?? '');
  const found = byName === null ? undefined : security.roleDefinition(unquote(byName[1] ?? ''));
  if (found === undefined) throw NOT_FOUND('The permission level');
  return ok(roleDefinitionJson(found));
}

function listSecurity(context: RestContext, list: ListRecord, child: string | undefined, action: string | undefined, verb: string): SharePointRestResponse {
  const { security, request } = context;
  const settings = security.listSecurity(list.id);
  if (child === undefined && verb === 'GET') {
    return ok({ Id: list.id, Title: list.displayName, HasUniqueRoleAssignments: settings.hasUniqueRoleAssignments, ReadSecurity: settings.readSecurity, WriteSecurity: settings.writeSecurity });
  }
  if (child === undefined && verb === 'MERGE') {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const unknown = Object.keys(body).filter((key) => key !== 'ReadSecurity' && key !== 'WriteSecurity' && key !== '__metadata');
    if (unknown.length > 0) throw BAD_REQUEST(`The emulator changes only ReadSecurity and WriteSecurity of a list, not ${unknown.join(', ')}.`);
    const readSecurity = body['ReadSecurity'];
    const writeSecurity = body['WriteSecurity'];
    if (readSecurity !== undefined && readSecurity !== 1 && readSecurity !== 2) throw BAD_REQUEST('ReadSecurity must be 1 or 2.');
    if (writeSecurity !== undefined && writeSecurity !== 1 && writeSecurity !== 2 && writeSecurity !== 4) throw BAD_REQUEST('WriteSecurity must be 1, 2 or 4.');
    if (readSecurity === 2 && hasUniqueColumn(context.store.tables, list.id)) throw BAD_REQUEST(UNIQUE_VALUES_WITH_OWN_ITEMS);
    security.setItemSecurity(list.id, { ...(readSecurity === undefined ? {} : { readSecurity }), ...(writeSecurity === undefined ? {} : { writeSecurity }) });
    return { status: 204 };
  }
  const call = /^(\w+)(?:\((.*)\))?$/.exec(child ?? '');
  const name = call?.[1]?.toLowerCase();
  const args = parseArguments(call?.[2] ?? '');
  if (name === 'breakroleinheritance' && verb === 'POST') {
    security.breakRoleInheritance(list.id, args.get('copyroleassignments') !== 'false');
    return ok({});
  }
  if (name === 'resetroleinheritance' && verb === 'POST') {
    security.resetRoleInheritance(list.id);
    return ok({});
  }
  if (name === 'roleassignments' && action === undefined && verb === 'GET') return ok({ value: assignmentsJson(context, security.roleAssignments(list.id)) });
  if (name === 'roleassignments' && action !== undefined && verb === 'POST') {
    const { add, principalId, roleDefinitionId } = roleAssignmentCall(context, action);
    if (!settings.hasUniqueRoleAssignments) throw BAD_REQUEST('This operation is not allowed on an object that inherits permissions.');
    if (add) security.addRoleAssignment(list.id, principalId, roleDefinitionId);
    else security.removeRoleAssignment(list.id, principalId, roleDefinitionId);
    return ok({});
  }
  throw NOT_FOUND(`The resource ${request.segments.join('/')}`);
}

/** A role assignment call `addroleassignment(principalid=…,roledefid=…)` or its removal, checked. */
function roleAssignmentCall(context: RestContext, action: string): { readonly add: boolean; readonly principalId: number; readonly roleDefinitionId: number } {
  const call = /^(addroleassignment|removeroleassignment)\((.*)\)$/i.exec(action);
  if (call === null) throw NOT_FOUND(`The resource ${context.request.segments.join('/')}`);
  const args = parseArguments(call[2] ?? '');
  const principalId = Number(args.get('principalid'));
  const roleDefinitionId = Number(args.get('roledefid'));
  if (context.security.roleDefinition(roleDefinitionId) === undefined) throw NOT_FOUND(`The permission level ${roleDefinitionId}`);
  if (principalJson(context, principalId) === undefined) throw NOT_FOUND(`The principal ${principalId}`);
  return { add: call[1]?.toLowerCase() === 'addroleassignment', principalId, roleDefinitionId };
}

/**
 * An item's own permissions (SP.ListItem): `items(ID)` with HasUniqueRoleAssignments,
 * `breakroleinheritance(copyRoleAssignments=…)`, `roleassignments` and
 * `roleassignments/addroleassignment(…)` / `removeroleassignment(…)`, as on a list.
 */
function itemSecurity(context: RestContext, list: ListRecord, itemId: number, child: string | undefined, action: string | undefined, verb: string): SharePointRestResponse {
  const { security, store } = context;
  if (store.tables.findItem(list.id, itemId) === undefined) throw NOT_FOUND(`Item ${itemId}`);
  if (child === undefined && verb === 'GET') return ok({ Id: itemId, HasUniqueRoleAssignments: security.itemHasUniqueRoleAssignments(list.id, itemId) });
  const call = /^(\w+)(?:\((.*)\))?$/.exec(child ?? '');
  const name = call?.[1]?.toLowerCase();
  if (name === 'breakroleinheritance' && verb === 'POST') {
    if (!security.itemHasUniqueRoleAssignments(list.id, itemId) && hasUniqueColumn(store.tables, list.id)) throw BAD_REQUEST(UNIQUE_VALUES_WITH_ITEM_PERMISSIONS);
    security.breakItemRoleInheritance(list.id, itemId, parseArguments(call?.[2] ?? '').get('copyroleassignments') !== 'false');
    return ok({});
  }
  if (name === 'roleassignments' && action === undefined && verb === 'GET') return ok({ value: assignmentsJson(context, security.roleAssignments(list.id, itemId)) });
  if (name === 'roleassignments' && action !== undefined && verb === 'POST') {
    const { add, principalId, roleDefinitionId } = roleAssignmentCall(context, action);
    if (!security.itemHasUniqueRoleAssignments(list.id, itemId)) throw BAD_REQUEST('This operation is not allowed on an object that inherits permissions.');
    if (add) security.addRoleAssignment(list.id, principalId, roleDefinitionId, itemId);
    else security.removeRoleAssignment(list.id, principalId, roleDefinitionId, itemId);
    return ok({});
  }
  throw NOT_FOUND(`The resource ${context.request.segments.join('/')}`);
}

function findList(context: RestContext, selector: string): ListRecord {
  const byTitle = /^getbytitle\('(.*)'\)$/i.exec(selector);
  const list = byTitle === null ? undefined : context.store.tables.findList(context.request.site.id, unquote(byTitle[1] ?? ''));
  if (list === undefined) throw NOT_FOUND(`List '${byTitle?.[1] ?? selector}'`);
  return list;
}

function selectGroup(security: SiteSecurity, selector: string): SiteGroup {
  const byName = /^getbyname\('(.*)'\)$/i.exec(selector);
  const byId = /^getbyid\((\d+)\)$/i.exec(selector);
  const group = byName !== null ? security.group(unquote(byName[1] ?? '')) : byId !== null ? security.group(Number(byId[1])) : undefined;
  if (group === undefined) throw NOT_FOUND('Group cannot be found.');
  return group;
}

/** `web/ensureuser`: a user of the directory by claims login name, or the "Everyone except external users" claim. */
function ensureUser(context: RestContext, logonName: string): unknown {
  const everyone = /^c:0-\.f\|rolemanager\|spo-grid-all-users\//i.test(logonName);
  if (everyone) return principalJson(context, context.security.everyoneExceptExternalUsersId());
  const user = userByLoginName(context, logonName);
  return userJson(context, user.id);
}

function userByLoginName(context: RestContext, loginName: string): EmulatorUser {
  const upn = loginName.replace(/^i:0#\.f\|membership\|/i, '').toLowerCase();
  const user = context.directory.find((candidate) => candidate.userPrincipalName.toLowerCase() === upn);
  if (user === undefined) throw new SharePointRestError(404, '-2146232832, Microsoft.SharePoint.SPException', `The user with logon name ${loginName} does not exist.`);
  return user;
}

function groupJson(group: SiteGroup): Record<string, unknown> {
  return { Id: group.id, Title: group.title, LoginName: group.title, Description: group.description, PrincipalType: PRINCIPAL_TYPE.sharePointGroup };
}

function userJson(context: RestContext, userId: string): Record<string, unknown> {
  const user = context.directory.find((candidate) => candidate.id === userId);
  return {
    Id: context.security.principalIdOfUser(userId),
    Title: user?.displayName ?? userId,
    LoginName: userLoginName(user?.userPrincipalName ?? userId),
    Email: user?.mail ?? '',
    PrincipalType: PRINCIPAL_TYPE.user,
    IsSiteAdmin: context.security.isSiteCollectionAdmin(userId),
  };
}

/** A principal by id: a group, the "Everyone except external users" claim or a user; undefined when unknown. */
function principalJson(context: RestContext, principalId: number): Record<string, unknown> | undefined {
  const group = context.security.group(principalId);
  if (group !== undefined) return groupJson(group);
  if (principalId === context.security.everyoneExceptExternalUsersId()) {
    return { Id: principalId, Title: 'Everyone except external users', LoginName: everyoneExceptExternalUsersLoginName(context.tenantId), PrincipalType: PRINCIPAL_TYPE.securityGroup };
  }
  const userId = context.store.tables.userIdOfLookupId(principalId);
  return userId === undefined || !context.directory.some((user) => user.id === userId) ? undefined : userJson(context, userId);
}

function roleDefinitionJson(definition: RoleDefinition): Record<string, unknown> {
  return { Id: definition.id, Name: definition.name, Description: definition.description, BasePermissions: toBasePermissions(definition.mask), RoleTypeKind: definition.roleTypeKind, Hidden: definition.hidden };
}

/** Role assignments, with `Member` and `RoleDefinitionBindings` only when `$expand` asks for them, as REST does. */
function assignmentsJson(context: RestContext, assignments: readonly RoleAssignment[]): unknown[] {
  const expand = (context.request.query.get('$expand') ?? '').toLowerCase().split(',').map((part) => part.trim());
  return assignments.map((assignment) => ({
    PrincipalId: assignment.principalId,
    ...(expand.includes('member') ? { Member: principalJson(context, assignment.principalId) ?? { Id: assignment.principalId } } : {}),
    ...(expand.includes('roledefinitionbindings')
      ? { RoleDefinitionBindings: assignment.roleDefinitionIds.map((id) => context.security.roleDefinition(id)).filter((found) => found !== undefined).map(roleDefinitionJson) }
      : {}),
  }));
}

function parseArguments(text: string): Map<string, string> {
  const args = new Map<string, string>();
  for (const part of text.split(',')) {
    const [key, value] = part.split('=');
    if (key !== undefined && value !== undefined) args.set(key.trim().toLowerCase(), value.trim().toLowerCase());
  }
  return args;
}

function unquote(text: string): string {
  return text.replace(/''/g, "'");
}

function stringField(body: unknown, name: string): string {
  const value = optionalString(body, name);
  if (value === undefined || value.trim() === '') throw BAD_REQUEST(`The body needs "${name}".`);
  return value;
}

function optionalString(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}
