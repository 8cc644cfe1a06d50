import { BUILT_IN_PERMISSION_LEVELS, FULL_MASK, maskHas } from '../../../src/sharepoint/permissionKinds';
import type { PermissionMask, ReadSecurity, WriteSecurity } from '../../../src/sharepoint/permissionKinds';
import type { SharePointTables } from '../../graph/store/sharePointTables';
import type { SiteRecord } from '../../graph/store/storeRecords';

/**
 * A site's permissions as SharePoint keeps them: SharePoint groups with members, permission
 * levels (role definitions), role assignments on the web and on lists that break
 * inheritance, and each list's item-level read and write security.
 *
 * Followed: "Understanding permission levels in SharePoint" (levels, Override List
 * Behaviors), "Customize permissions for a SharePoint list or library" (breaking
 * inheritance), SP.List.ReadSecurity / WriteSecurity (item-level permissions; only the
 * item's author, unless the user has Override List Behaviors), "Manage site collection
 * administrators" (they have full control everywhere). Principal ids of users, groups and
 * claims share one number space per site, as in SharePoint.
 */

/** A SharePoint group of the site. */
export interface SiteGroup {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  /** Entra ID object ids of the members. */
  readonly memberIds: readonly string[];
}

/** A permission level (role definition) of the site. */
export interface RoleDefinition {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly mask: PermissionMask;
  readonly roleTypeKind: number;
  readonly hidden: boolean;
}

/** One principal's permission levels on a securable (the web or a list). */
export interface RoleAssignment {
  readonly principalId: number;
  readonly roleDefinitionIds: readonly number[];
}

/** A list's own security settings. */
export interface ListSecurity {
  readonly hasUniqueRoleAssignments: boolean;
  readonly readSecurity: ReadSecurity;
  readonly writeSecurity: WriteSecurity;
  /** Only meaningful with unique role assignments. */
  readonly roleAssignments: readonly RoleAssignment[];
}

/** Who is asking: what the permission check needs of a user. */
export interface SecurityPrincipalUser {
  readonly id: string;
  /** Guests are never in "Everyone except external users". */
  readonly userType: 'Member' | 'Guest';
}

/** A user's rights on one list, worked out once per request. */
export interface ListAccess {
  readonly userId: string;
  readonly mask: PermissionMask;
  /**
   * The user's rights on each item of the list that has its own permissions (broken
   * inheritance), by item id: they replace the list's for that item. A right on one item
   * also lets the user reach the list (SharePoint's "Limited Access").
   */
  readonly itemMasks: ReadonlyMap<number, PermissionMask>;
  readonly readSecurity: ReadSecurity;
  readonly writeSecurity: WriteSecurity;
}

interface StoredState {
  siteCollectionAdminIds: string[];
  groups: Array<{ id: number; title: string; description: string; memberIds: string[] }>;
  roleDefinitions: Array<{ id: number; name: string; description: string; mask: string; roleTypeKind: number; hidden: boolean }>;
  associated: { owners: number; members: number; visitors: number };
  web: RoleAssignment[];
  lists: Record<string, { unique: boolean; readSecurity: ReadSecurity; writeSecurity: WriteSecurity; assignments: RoleAssignment[] }>;
  /** Items with their own permissions: list id, then item id, then the item's assignments. Absent in state stored before items had them. */
  items?: Record<string, Record<string, RoleAssignment[]>>;
  nextRoleDefinitionId: number;
}

const META_PREFIX = 'sharePointSecurity:';
/** Principal key of the claim "Everyone except external users" in the site's user table. */
const EVERYONE_EXCEPT_EXTERNAL_KEY = 'claim:spo-grid-all-users';
const DEFAULT_ITEM_SECURITY = { readSecurity: 1, writeSecurity: 1 } as const;

/**
 * One site's security, read from and written to the store's meta table as one JSON
 * document (a site has a few groups and a few dozen assignments).
 */
export class SiteSecurity {
  private constructor(
    private readonly tables: SharePointTables,
    private readonly siteId: string,
    private state: StoredState,
  ) {}

  /**
   * The security of `siteId`. A site seen for the first time gets what a new Teams site
   * has: the built-in permission levels and the groups "<site> Owners" (Full Control),
   * "<site> Members" (Edit) and "<site> Visitors" (Read).
   */
  static of(tables: SharePointTables, site: SiteRecord): SiteSecurity {
    const siteId = site.id;
    const siteTitle = site.displayName;
    const stored = tables.readMeta(META_PREFIX + siteId);
    if (stored !== undefined) return new SiteSecurity(tables, siteId, JSON.parse(stored) as StoredState);
    const security = new SiteSecurity(tables, siteId, {
      siteCollectionAdminIds: [],
      groups: [],
      roleDefinitions: Object.values(BUILT_IN_PERMISSION_LEVELS).map((level) => ({
        id: level.id,
        name: level.name,
        description: `${level.name} (built in)`,
        mask: String(level.mask),
        roleTypeKind: level.roleTypeKind,
        hidden: false,
      })),
      associated: { owners: 0, members: 0, visitors: 0 },
      web: [],
      lists: {},
      nextRoleDefinitionId: 1073741931,
    });
    const owners = security.createGroup(`${siteTitle} Owners`, 'Owners of the site');
    const members = security.createGroup(`${siteTitle} Members`, 'Members of the team');
    const visitors = security.createGroup(`${siteTitle} Visitors`, 'Visitors of the site');
    security.state.associated = { owners: owners.id, members: members.id, visitors: visitors.id };
    security.addRoleAssignment(undefined, owners.id, BUILT_IN_PERMISSION_LEVELS.fullControl.id);
    security.addRoleAssignment(undefined, members.id, BUILT_IN_PERMISSION_LEVELS.edit.id);
    security.addRoleAssignment(undefined, visitors.id, BUILT_IN_PERMISSION_LEVELS.read.id);
    return security;
  }

  // ---- reading ----

  get groups(): readonly SiteGroup[] {
    return this.state.groups;
  }

  /** The site's Owners, Members and Visitors groups. */
  get associatedGroups(): { readonly owners: SiteGroup; readonly members: SiteGroup; readonly visitors: SiteGroup } {
    const { owners, members, visitors } = this.state.associated;
    return { owners: this.requireGroup(owners), members: this.requireGroup(members), visitors: this.requireGroup(visitors) };
  }

  group(idOrTitle: number | string): SiteGroup | undefined {
    return typeof idOrTitle === 'number'
      ? this.state.groups.find((group) => group.id === idOrTitle)
      : this.state.groups.find((group) => group.title.toLowerCase() === idOrTitle.toLowerCase());
  }

  get roleDefinitions(): readonly RoleDefinition[] {
    return this.state.roleDefinitions.map((definition) => ({ ...definition, mask: BigInt(definition.mask) }));
  }

  roleDefinition(idOrName: number | string): RoleDefinition | undefined {
    return this.roleDefinitions.find((definition) => (typeof idOrName === 'number' ? definition.id === idOrName : definition.name.toLowerCase() === idOrName.toLowerCase()));
  }

  /** Role assignments of the web, a list or an item: its own when it breaks inheritance, else its parent's. */
  roleAssignments(listId?: string, itemId?: number): readonly RoleAssignment[] {
    if (listId === undefined) return this.state.web;
    const own = itemId === undefined ? undefined : this.state.items?.[listId]?.[String(itemId)];
    if (own !== undefined) return own;
    const list = this.state.lists[listId];
    return list?.unique === true ? list.assignments : this.state.web;
  }

  listSecurity(listId: string): ListSecurity {
    const list = this.state.lists[listId];
    return {
      hasUniqueRoleAssignments: list?.unique ?? false,
      readSecurity: list?.readSecurity ?? DEFAULT_ITEM_SECURITY.readSecurity,
      writeSecurity: list?.writeSecurity ?? DEFAULT_ITEM_SECURITY.writeSecurity,
      roleAssignments: this.roleAssignments(listId),
    };
  }

  isSiteCollectionAdmin(userId: string): boolean {
    return this.state.siteCollectionAdminIds.includes(userId);
  }

  /** The principal id of a user in this site (the same number as the user's lookup id). */
  principalIdOfUser(userId: string): number {
    return this.tables.lookupIdOf(userId);
  }

  /** The principal id of the claim "Everyone except external users". */
  everyoneExceptExternalUsersId(): number {
    return this.tables.lookupIdOf(EVERYONE_EXCEPT_EXTERNAL_KEY);
  }

  /** True when the item has its own permissions (SP.ListItem.HasUniqueRoleAssignments). */
  itemHasUniqueRoleAssignments(listId: string, itemId: number): boolean {
    return this.state.items?.[listId]?.[String(itemId)] !== undefined;
  }

  /** True when any item of the list has its own permissions. */
  hasItemsWithUniqueRoleAssignments(listId: string): boolean {
    return Object.keys(this.state.items?.[listId] ?? {}).length > 0;
  }

  /** What `user` may do on the web (no list), on a list, or on one item of it. */
  maskOf(user: SecurityPrincipalUser, listId?: string, itemId?: number): PermissionMask {
    if (this.isSiteCollectionAdmin(user.id)) return FULL_MASK;
    const principals = new Set<number>([this.principalIdOfUser(user.id)]);
    for (const group of this.state.groups) if (group.memberIds.includes(user.id)) principals.add(group.id);
    if (user.userType === 'Member') principals.add(this.everyoneExceptExternalUsersId());
    let mask = 0n;
    for (const assignment of this.roleAssignments(listId, itemId)) {
      if (!principals.has(assignment.principalId)) continue;
      for (const id of assignment.roleDefinitionIds) mask |= BigInt(this.state.roleDefinitions.find((definition) => definition.id === id)?.mask ?? '0');
    }
    return mask;
  }

  accessTo(user: SecurityPrincipalUser, listId: string): ListAccess {
    const { readSecurity, writeSecurity } = this.listSecurity(listId);
    const itemMasks = new Map<number, PermissionMask>();
    for (const itemId of Object.keys(this.state.items?.[listId] ?? {})) itemMasks.set(Number(itemId), this.maskOf(user, listId, Number(itemId)));
    return { userId: user.id, mask: this.maskOf(user, listId), itemMasks, readSecurity, writeSecurity };
  }

  // ---- writing (each write is stored at once) ----

  createGroup(title: string, description: string): SiteGroup {
    if (this.group(title) !== undefined) throw new Error(`The group '${title}' already exists.`);
    const group = { id: this.tables.lookupIdOf(`group:${this.siteId}:${crypto.randomUUID()}`), title, description, memberIds: [] };
    this.state.groups.push(group);
    this.save();
    return group;
  }

  addGroupMember(groupId: number, userId: string): void {
    const group = this.state.groups.find((candidate) => candidate.id === groupId);
    if (group === undefined) throw new Error(`No group ${groupId}.`);
    if (!group.memberIds.includes(userId)) group.memberIds.push(userId);
    this.save();
  }

  setSiteCollectionAdmins(userIds: readonly string[]): void {
    this.state.siteCollectionAdminIds = [...userIds];
    this.save();
  }

  createRoleDefinition(name: string, description: string, mask: PermissionMask): RoleDefinition {
    if (this.roleDefinition(name) !== undefined) throw new Error(`The permission level '${name}' already exists.`);
    const definition = { id: this.state.nextRoleDefinitionId, name, description, mask: String(mask), roleTypeKind: 0, hidden: false };
    this.state.nextRoleDefinitionId += 1;
    this.state.roleDefinitions.push(definition);
    this.save();
    return { ...definition, mask };
  }

  /** Adds a level for a principal on the web (`listId` undefined), or on a list or an item that breaks inheritance. */
  addRoleAssignment(listId: string | undefined, principalId: number, roleDefinitionId: number, itemId?: number): void {
    const assignments = this.writableAssignments(listId, itemId);
    const existing = assignments.find((assignment) => assignment.principalId === principalId);
    if (existing === undefined) assignments.push({ principalId, roleDefinitionIds: [roleDefinitionId] });
    else if (!existing.roleDefinitionIds.includes(roleDefinitionId)) {
      assignments.splice(assignments.indexOf(existing), 1, { principalId, roleDefinitionIds: [...existing.roleDefinitionIds, roleDefinitionId] });
    }
    this.save();
  }

  removeRoleAssignment(listId: string | undefined, principalId: number, roleDefinitionId: number, itemId?: number): void {
    const assignments = this.writableAssignments(listId, itemId);
    const index = assignments.findIndex((assignment) => assignment.principalId === principalId);
    const existing = assignments[index];
    if (existing === undefined) return;
    const remaining = existing.roleDefinitionIds.filter((id) => id !== roleDefinitionId);
    if (remaining.length === 0) assignments.splice(index, 1);
    else assignments.splice(index, 1, { principalId, roleDefinitionIds: remaining });
    this.save();
  }

  /** SP.List.breakRoleInheritance: the list gets its own assignments, a copy of the web's or none. */
  breakRoleInheritance(listId: string, copyRoleAssignments: boolean): void {
    const list = this.listState(listId);
    if (list.unique) return;
    list.unique = true;
    list.assignments = copyRoleAssignments ? this.state.web.map((assignment) => ({ ...assignment, roleDefinitionIds: [...assignment.roleDefinitionIds] })) : [];
    this.save();
  }

  /** SP.ListItem.breakRoleInheritance: the item gets its own assignments, a copy of the list's or none. */
  breakItemRoleInheritance(listId: string, itemId: number, copyRoleAssignments: boolean): void {
    if (this.itemHasUniqueRoleAssignments(listId, itemId)) return;
    const copied = copyRoleAssignments ? this.roleAssignments(listId).map((assignment) => ({ ...assignment, roleDefinitionIds: [...assignment.roleDefinitionIds] })) : [];
    this.state.items ??= {};
    (this.state.items[listId] ??= {})[String(itemId)] = copied;
    this.save();
  }

  resetRoleInheritance(listId: string): void {
    const list = this.listState(listId);
    list.unique = false;
    list.assignments = [];
    this.save();
  }

  setItemSecurity(listId: string, settings: { readonly readSecurity?: ReadSecurity; readonly writeSecurity?: WriteSecurity }): void {
    const list = this.listState(listId);
    if (settings.readSecurity !== undefined) list.readSecurity = settings.readSecurity;
    if (settings.writeSecurity !== undefined) list.writeSecurity = settings.writeSecurity;
    this.save();
  }

  private writableAssignments(listId: string | undefined, itemId?: number): RoleAssignment[] {
    if (listId === undefined) return this.state.web;
    if (itemId !== undefined) {
      const own = this.state.items?.[listId]?.[String(itemId)];
      if (own === undefined) throw new Error('This operation is not allowed on an object that inherits permissions.');
      return own;
    }
    const list = this.listState(listId);
    if (!list.unique) throw new Error('This operation is not allowed on an object that inherits permissions.');
    return list.assignments;
  }

  private listState(listId: string): StoredState['lists'][string] {
    const existing = this.state.lists[listId];
    if (existing !== undefined) return existing;
    const created = { unique: false, ...DEFAULT_ITEM_SECURITY, assignments: [] };
    this.state.lists[listId] = created;
    return created;
  }

  private requireGroup(id: number): SiteGroup {
    const group = this.group(id);
    if (group === undefined) throw new Error(`The site's group ${id} is missing.`);
    return group;
  }

  private save(): void {
    this.tables.writeMeta(META_PREFIX + this.siteId, JSON.stringify(this.state));
  }
}

/** What an item check needs of an item. */
interface SecuredItem {
  readonly id: number;
  readonly createdBy: { readonly id: string };
}

/** The user's rights on one item: its own permissions when it has them, else the list's. */
function itemMask(access: ListAccess, item: SecuredItem): PermissionMask {
  return access.itemMasks.get(item.id) ?? access.mask;
}

/** True when `access` lets its user read `item` (item permissions and item-level read security included). */
export function canReadItem(access: ListAccess, item: SecuredItem): boolean {
  const mask = itemMask(access, item);
  if (!maskHas(mask, 'viewListItems')) return false;
  return access.readSecurity === 1 || item.createdBy.id === access.userId || maskHas(mask, 'cancelCheckout');
}

/** True when `access` lets its user edit or delete `item` (item permissions and item-level write security included). */
export function canWriteItem(access: ListAccess, item: SecuredItem, operation: 'edit' | 'delete'): boolean {
  const mask = itemMask(access, item);
  if (!maskHas(mask, operation === 'edit' ? 'editListItems' : 'deleteListItems')) return false;
  if (maskHas(mask, 'cancelCheckout')) return true;
  if (access.writeSecurity === 4) return false;
  return access.writeSecurity === 1 || item.createdBy.id === access.userId;
}

/** True when `access` lets its user add items (write security "none" refuses it). */
export function canAddItems(access: ListAccess): boolean {
  return maskHas(access.mask, 'addListItems') && (access.writeSecurity !== 4 || maskHas(access.mask, 'cancelCheckout'));
}
