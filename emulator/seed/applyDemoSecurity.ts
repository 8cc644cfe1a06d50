import { APP_GROUPS, DEFAULT_APP_GROUP_TITLES, LIST_PROTECTIONS, levelOf } from '../../src/sharepoint/permissionModel';
import type { AppGroupKey, LevelKey, PrincipalKey } from '../../src/sharepoint/permissionModel';
import type { EmulatorConfig } from '../config/loadEmulatorConfig';
import type { EmulatorStore } from '../graph/store/openEmulatorStore';
import { SiteSecurity } from '../sharepoint/security/SiteSecurity';

/**
 * Gives the demo site the group memberships of config/emulator.json and, on every list
 * of the app that still inherits the site's permissions, the app's permission model
 * (src/sharepoint/permissionModel.ts): the demo tenant behaves as a site after
 * `npm run provision`. A list that already has its own permissions is left as it is, so
 * what a test or a developer changed through SharePoint REST survives a restart.
 */
export function applyDemoSecurity(store: EmulatorStore, siteId: string, config: EmulatorConfig): void {
  const security = applyDemoGroups(store, siteId, config);
  const associated = security.associatedGroups;
  for (const key of Object.keys(APP_GROUPS) as AppGroupKey[]) {
    const title = DEFAULT_APP_GROUP_TITLES[key];
    if (security.group(title) === undefined) security.createGroup(title, APP_GROUPS[key].description);
  }
  for (const [title, upns] of Object.entries(config.sharePoint.appGroups)) {
    const group = security.group(title) ?? security.createGroup(title, '');
    for (const upn of upns) security.addGroupMember(group.id, userIdOf(config, upn));
  }

  const principalIdOf = (key: PrincipalKey): number => {
    if (key === 'owners' || key === 'members' || key === 'visitors') return associated[key].id;
    if (key === 'everyoneExceptExternalUsers') return security.everyoneExceptExternalUsersId();
    const group = security.group(DEFAULT_APP_GROUP_TITLES[key]);
    if (group === undefined) throw new Error(`No group ${DEFAULT_APP_GROUP_TITLES[key]}`);
    return group.id;
  };
  const roleDefinitionIdOf = (key: LevelKey): number => {
    const level = levelOf(key);
    const existing = security.roleDefinition(level.name);
    return (existing ?? security.createRoleDefinition(level.name, 'IV-HO permission level', level.mask)).id;
  };
  for (const protection of LIST_PROTECTIONS) {
    const list = store.tables.findList(siteId, protection.list);
    if (list === undefined || security.listSecurity(list.id).hasUniqueRoleAssignments) continue;
    security.breakRoleInheritance(list.id, false);
    for (const grant of protection.grants) security.addRoleAssignment(list.id, principalIdOf(grant.principal), roleDefinitionIdOf(grant.level));
    security.setItemSecurity(list.id, { readSecurity: protection.readSecurity, writeSecurity: protection.writeSecurity });
  }
}

/**
 * The memberships of config/emulator.json on a site: its administrators, Owners, Members
 * and Visitors, as for any site of the demo team. Nothing of the app: a site after this
 * is a Teams site before `npm run provision`.
 */
export function applyDemoGroups(store: EmulatorStore, siteId: string, config: EmulatorConfig): SiteSecurity {
  const site = store.tables.findSiteById(siteId);
  if (site === undefined) throw new Error(`No site ${siteId}`);
  const security = SiteSecurity.of(store.tables, site);
  const { siteCollectionAdmins, associatedGroups } = config.sharePoint;
  security.setSiteCollectionAdmins(siteCollectionAdmins.map((upn) => userIdOf(config, upn)));
  const associated = security.associatedGroups;
  for (const which of ['owners', 'members', 'visitors'] as const) {
    for (const upn of associatedGroups[which]) security.addGroupMember(associated[which].id, userIdOf(config, upn));
  }
  return security;
}

function userIdOf(config: EmulatorConfig, upn: string): string {
  const user = config.users.find((candidate) => candidate.userPrincipalName.toLowerCase() === upn.toLowerCase());
  if (user === undefined) throw new Error(`No demo user ${upn}`);
  return user.id;
}
