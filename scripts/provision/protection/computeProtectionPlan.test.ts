import { APP_PERMISSION_LEVELS, DEFAULT_APP_GROUP_TITLES, LIST_PROTECTIONS, levelOf } from '../../../src/sharepoint/permissionModel';
import type { PrincipalKey } from '../../../src/sharepoint/permissionModel';
import { BUILT_IN_PERMISSION_LEVELS } from '../../../src/sharepoint/permissionKinds';
import { computeProtectionPlan, describeProtectionStep } from './computeProtectionPlan';
import type { ListProtectionState, SiteProtectionState } from './readSiteProtection';

const ASSOCIATED = { owners: 'Site Owners', members: 'Site Members', visitors: 'Site Visitors' };
const EVERYONE = { id: 9, title: 'Everyone except external users', loginName: 'c:0-.f|rolemanager|spo-grid-all-users/6f1c2b7e-3d4a-4e59-9b0c-1a2b3c4d5e6f' };

function principal(key: PrincipalKey, id: number): { id: number; title: string; loginName: string } {
  if (key === 'everyoneExceptExternalUsers') return EVERYONE;
  const title = key === 'owners' || key === 'members' || key === 'visitors' ? ASSOCIATED[key] : DEFAULT_APP_GROUP_TITLES[key];
  return { id, title, loginName: title };
}

/** A site exactly as the model wants it. */
function protectedSite(): SiteProtectionState {
  const lists: Record<string, ListProtectionState> = {};
  for (const protection of LIST_PROTECTIONS) {
    lists[protection.list] = {
      hasUniqueRoleAssignments: true,
      readSecurity: protection.readSecurity,
      writeSecurity: protection.writeSecurity,
      assignments: protection.grants.map((grant, index) => ({ principal: principal(grant.principal, index + 1), levels: [levelOf(grant.level).name] })),
    };
  }
  return {
    associated: ASSOCIATED,
    groups: [...Object.values(ASSOCIATED), ...Object.values(DEFAULT_APP_GROUP_TITLES)].map((title) => ({ title, memberCount: 1 })),
    levels: [...Object.values(BUILT_IN_PERMISSION_LEVELS), ...Object.values(APP_PERMISSION_LEVELS)].map((level) => ({ name: level.name, mask: level.mask })),
    lists,
  };
}

describe('computeProtectionPlan', () => {
  it('has nothing to do on a site protected as the model says, whatever Limited Access SharePoint added', () => {
    const site = protectedSite();
    const cases = site.lists['IncidentCases'];
    if (cases === undefined) throw new Error('no IncidentCases');
    const withLimitedAccess = { ...site, lists: { ...site.lists, IncidentCases: { ...cases, assignments: [...cases.assignments, { principal: { id: 40, title: 'Sam Visser', loginName: 'i:0#.f|membership|staff@contoso.example' }, levels: ['Limited Access'] }] } } };
    expect(computeProtectionPlan(withLimitedAccess)).toEqual({ steps: [], conflicts: [], emptyGroups: [] });
  });

  it('takes away what the site grants beyond the model, and sets item-level security', () => {
    const site = protectedSite();
    const cases = site.lists['IncidentCases'];
    if (cases === undefined) throw new Error('no IncidentCases');
    const loose = { ...site, lists: { ...site.lists, IncidentCases: { ...cases, readSecurity: 1 as const, assignments: [...cases.assignments, { principal: principal('members', 2), levels: ['Edit'] }] } } };
    expect(computeProtectionPlan(loose).steps.map(describeProtectionStep)).toEqual([
      'IncidentCases: take "Edit" away from "Site Members"',
      'IncidentCases: item-level security: read own items, edit own items',
    ]);
  });

  it('plans a list that inherits from scratch: break inheritance, then every grant of the model', () => {
    const site = protectedSite();
    const { Actions: _actions, ...others } = site.lists;
    const steps = computeProtectionPlan({ ...site, lists: others }, { listsToCreate: ['Actions'] }).steps.map(describeProtectionStep);
    expect(steps).toEqual(['Actions: stop inheriting the site\'s permissions', 'Actions: give "Site Owners" the level "Full Control"', 'Actions: give "IV-HO Case team" the level "IV-HO Case handling"']);
  });

  it('names a permission level of the app that exists with other permissions as a conflict, and never changes it', () => {
    const site = protectedSite();
    const levels = site.levels.map((level) => (level.name === 'IV-HO Report' ? { ...level, mask: level.mask | 8n } : level));
    const plan = computeProtectionPlan({ ...site, levels });
    expect(plan.steps).toEqual([]);
    expect(plan.conflicts.map((conflict) => conflict.message)).toEqual(['The permission level "IV-HO Report" exists with other permissions than the app\'s model.']);
  });

  it('says which app groups have no members', () => {
    const site = protectedSite();
    const groups = site.groups.map((group) => (group.title === 'IV-HO Case team' ? { ...group, memberCount: 0 } : group));
    expect(computeProtectionPlan({ ...site, groups }).emptyGroups).toEqual(['IV-HO Case team']);
  });
});
