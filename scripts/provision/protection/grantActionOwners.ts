import type { ListClient } from '../../../src/graph';
import { APP_PERMISSION_LEVELS } from '../../../src/sharepoint/permissionModel';
import { PRINCIPAL_TYPE, userLoginName } from '../../../src/sharepoint/permissionKinds';
import { actionsList } from '../../../src/lists/schemas';
import { SharePointRestFailure, type SharePointRest } from './createSharePointRest';

/** What granting the owners did (or, in a dry run, would do). */
export interface ActionOwnerOutcome {
  readonly actions: number;
  readonly withOwner: number;
  readonly granted: number;
  readonly upToDate: number;
  /** Former owners whose access to an action was taken away. */
  readonly revoked: number;
  /** Actions left as they are, with why. */
  readonly problems: readonly string[];
}

interface RestAssignment {
  readonly PrincipalId: number;
  readonly Member?: { readonly PrincipalType?: number };
  readonly RoleDefinitionBindings?: ReadonlyArray<{ readonly Id: number }>;
}

const ACTIONS = `web/lists/getbytitle('${actionsList.displayName}')`;

/**
 * Gives each improvement action's owner read and edit rights on that one action, and
 * takes them from a former owner: SharePoint's item-level security follows the author
 * only, and an action is written by the case team, so the owner needs the item's own
 * permissions (broken inheritance, a copy of the list's, plus the owner with the app's
 * "IV-HO Report" level: view and edit, never delete). Graph cannot set item permissions;
 * this uses SharePoint REST, idempotently (docs/admin-guide.md, section 7).
 */
export async function grantActionOwners(lists: ListClient, rest: SharePointRest, options: { readonly dryRun: boolean }): Promise<ActionOwnerOutcome> {
  const items = await lists.listItems(actionsList.displayName, { select: ['OwnerUpn'] });
  const level = await rest.get<{ Id: number }>(`web/roledefinitions/getbyname('${APP_PERMISSION_LEVELS.report.name}')`);
  const problems: string[] = [];
  let withOwner = 0;
  let granted = 0;
  let upToDate = 0;
  let revoked = 0;
  for (const item of items) {
    const upn = item.fields['OwnerUpn'];
    if (typeof upn !== 'string' || upn.trim() === '') continue;
    withOwner += 1;
    let ownerId: number;
    try {
      ownerId = (await rest.post<{ Id: number }>('web/ensureuser', { logonName: userLoginName(upn.trim()) }))?.Id ?? Number.NaN;
    } catch (error: unknown) {
      if (error instanceof SharePointRestFailure && error.status === 404) {
        problems.push(`action ${item.id}: the owner ${upn} is not a user of this tenant; only the case team can reach it`);
        continue;
      }
      throw error;
    }
    const path = `${ACTIONS}/items(${item.id})`;
    const unique = (await rest.get<{ HasUniqueRoleAssignments: boolean }>(path)).HasUniqueRoleAssignments;
    const assignments = unique ? (await rest.get<{ value: RestAssignment[] }>(`${path}/roleassignments?$expand=Member,RoleDefinitionBindings`)).value : [];
    const hasReport = (assignment: RestAssignment): boolean => (assignment.RoleDefinitionBindings ?? []).some((binding) => binding.Id === level.Id);
    const formerOwners = assignments.filter((assignment) => assignment.PrincipalId !== ownerId && assignment.Member?.PrincipalType === PRINCIPAL_TYPE.user && hasReport(assignment));
    const ownerHasAccess = assignments.some((assignment) => assignment.PrincipalId === ownerId && hasReport(assignment));
    if (ownerHasAccess && formerOwners.length === 0) {
      upToDate += 1;
      continue;
    }
    if (!options.dryRun) {
      if (!unique) await rest.post(`${path}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
      if (!ownerHasAccess) await rest.post(`${path}/roleassignments/addroleassignment(principalid=${ownerId},roledefid=${level.Id})`);
      for (const former of formerOwners) await rest.post(`${path}/roleassignments/removeroleassignment(principalid=${former.PrincipalId},roledefid=${level.Id})`);
    }
    if (!ownerHasAccess) granted += 1;
    revoked += formerOwners.length;
  }
  return { actions: items.length, withOwner, granted, upToDate, revoked, problems };
}
