import { APP_GROUPS, APP_PERMISSION_LEVELS, DEFAULT_APP_GROUP_TITLES, LIST_PROTECTIONS, levelOf } from '../../../src/sharepoint/permissionModel';
import type { AppGroupKey, AppGroupTitles, ListProtection, PrincipalKey } from '../../../src/sharepoint/permissionModel';
import type { PermissionMask, ReadSecurity, WriteSecurity } from '../../../src/sharepoint/permissionKinds';
import type { SiteProtectionState } from './readSiteProtection';

/** Who a grant is for, as the plan names it: a site group by title, or the "Everyone except external users" claim. */
export type PlannedPrincipal = { readonly kind: 'group'; readonly title: string } | { readonly kind: 'everyoneExceptExternalUsers' };

/** One change that brings the site to the permission model. */
export type ProtectionStep =
  | { readonly kind: 'createGroup'; readonly title: string; readonly description: string }
  | { readonly kind: 'createLevel'; readonly name: string; readonly description: string; readonly mask: PermissionMask }
  | { readonly kind: 'breakInheritance'; readonly list: string }
  | { readonly kind: 'grant'; readonly list: string; readonly principal: PlannedPrincipal; readonly level: string }
  | { readonly kind: 'revoke'; readonly list: string; readonly principal: { readonly id: number; readonly title: string }; readonly level: string }
  | { readonly kind: 'itemSecurity'; readonly list: string; readonly readSecurity: ReadSecurity; readonly writeSecurity: WriteSecurity };

/** What the plan cannot fix by itself; an admin must look. */
export interface ProtectionConflict {
  readonly message: string;
  readonly fix: string;
}

/** The changes, the conflicts, and groups of the model that have no members yet. */
export interface ProtectionPlan {
  readonly steps: readonly ProtectionStep[];
  readonly conflicts: readonly ProtectionConflict[];
  readonly emptyGroups: readonly string[];
}

/**
 * Levels SharePoint adds and manages by itself (a user given one item gets "Limited
 * Access" on its list): never a difference from the model, never removed.
 */
const SYSTEM_LEVELS: ReadonlySet<string> = new Set(['limited access', 'web-only limited access']);
const EVERYONE_CLAIM = /^c:0-\.f\|rolemanager\|spo-grid-all-users\//i;

/**
 * Compares a site with the permission model (src/sharepoint/permissionModel.ts). Lists in
 * `listsToCreate` do not exist yet but will (provisioning creates them first): they
 * inherit the site's permissions until protected. Pure: reading and writing are elsewhere.
 */
export function computeProtectionPlan(state: SiteProtectionState, options: { readonly groupTitles?: AppGroupTitles; readonly listsToCreate?: readonly string[] } = {}): ProtectionPlan {
  const titles = options.groupTitles ?? DEFAULT_APP_GROUP_TITLES;
  const steps: ProtectionStep[] = [];
  const conflicts: ProtectionConflict[] = [];
  const has = (title: string) => state.groups.some((group) => group.title.toLowerCase() === title.toLowerCase());
  for (const key of Object.keys(APP_GROUPS) as AppGroupKey[]) {
    if (!has(titles[key])) steps.push({ kind: 'createGroup', title: titles[key], description: APP_GROUPS[key].description });
  }
  for (const level of Object.values(APP_PERMISSION_LEVELS)) {
    const existing = state.levels.find((candidate) => candidate.name.toLowerCase() === level.name.toLowerCase());
    if (existing === undefined) steps.push({ kind: 'createLevel', name: level.name, description: level.description, mask: level.mask });
    else if (existing.mask !== level.mask) {
      conflicts.push({
        message: `The permission level "${level.name}" exists with other permissions than the app's model.`,
        fix: `compare it in Site settings > Site permissions > Permission Levels with docs/admin-guide.md ("Who may do what"), or delete it and run provision again`,
      });
    }
  }
  const principalTitle = (key: PrincipalKey): PlannedPrincipal => {
    if (key === 'owners' || key === 'members' || key === 'visitors') return { kind: 'group', title: state.associated[key] };
    if (key === 'everyoneExceptExternalUsers') return { kind: 'everyoneExceptExternalUsers' };
    return { kind: 'group', title: titles[key] };
  };
  for (const protection of LIST_PROTECTIONS) {
    const current = state.lists[protection.list];
    if (current === undefined && !(options.listsToCreate ?? []).includes(protection.list)) continue;
    steps.push(...listSteps(protection, current, principalTitle));
  }
  const emptyGroups = (Object.keys(APP_GROUPS) as AppGroupKey[]).map((key) => titles[key]).filter((title) => (state.groups.find((group) => group.title.toLowerCase() === title.toLowerCase())?.memberCount ?? 0) === 0);
  return { steps, conflicts, emptyGroups };
}

function listSteps(protection: ListProtection, current: SiteProtectionState['lists'][string] | undefined, principalOf: (key: PrincipalKey) => PlannedPrincipal): ProtectionStep[] {
  const steps: ProtectionStep[] = [];
  const list = protection.list;
  const unique = current?.hasUniqueRoleAssignments ?? false;
  if (!unique) steps.push({ kind: 'breakInheritance', list });
  // Breaking inheritance without copying leaves no assignment: the whole model is then granted.
  const assignments = unique ? (current?.assignments ?? []) : [];
  const wanted = protection.grants.map((grant) => ({ principal: principalOf(grant.principal), level: levelOf(grant.level).name }));
  const matches = (principal: PlannedPrincipal, candidate: { readonly title: string; readonly loginName: string }) =>
    principal.kind === 'everyoneExceptExternalUsers' ? EVERYONE_CLAIM.test(candidate.loginName) : candidate.title.toLowerCase() === principal.title.toLowerCase();
  for (const grant of wanted) {
    const held = assignments.some((assignment) => matches(grant.principal, assignment.principal) && assignment.levels.some((level) => level.toLowerCase() === grant.level.toLowerCase()));
    if (!held) steps.push({ kind: 'grant', list, principal: grant.principal, level: grant.level });
  }
  for (const assignment of assignments) {
    for (const level of assignment.levels) {
      if (SYSTEM_LEVELS.has(level.toLowerCase())) continue;
      const allowed = wanted.some((grant) => matches(grant.principal, assignment.principal) && grant.level.toLowerCase() === level.toLowerCase());
      if (!allowed) steps.push({ kind: 'revoke', list, principal: { id: assignment.principal.id, title: assignment.principal.title }, level });
    }
  }
  const readSecurity = current?.readSecurity ?? 1;
  const writeSecurity = current?.writeSecurity ?? 1;
  if (readSecurity !== protection.readSecurity || writeSecurity !== protection.writeSecurity) {
    steps.push({ kind: 'itemSecurity', list, readSecurity: protection.readSecurity, writeSecurity: protection.writeSecurity });
  }
  return steps;
}

/** One step as a line of the plan. */
export function describeProtectionStep(step: ProtectionStep): string {
  const who = (principal: PlannedPrincipal) => (principal.kind === 'group' ? principal.title : 'Everyone except external users');
  switch (step.kind) {
    case 'createGroup':
      return `create the SharePoint group "${step.title}"`;
    case 'createLevel':
      return `create the permission level "${step.name}"`;
    case 'breakInheritance':
      return `${step.list}: stop inheriting the site's permissions`;
    case 'grant':
      return `${step.list}: give "${who(step.principal)}" the level "${step.level}"`;
    case 'revoke':
      return `${step.list}: take "${step.level}" away from "${step.principal.title}"`;
    case 'itemSecurity':
      return `${step.list}: item-level security: read ${step.readSecurity === 2 ? 'own items' : 'all items'}, edit ${step.writeSecurity === 2 ? 'own items' : step.writeSecurity === 4 ? 'no items' : 'all items'}`;
  }
}
