import { fromBasePermissions } from '../../../src/sharepoint/permissionKinds';
import type { PermissionMask, ReadSecurity, WriteSecurity } from '../../../src/sharepoint/permissionKinds';
import { SharePointRestFailure } from './createSharePointRest';
import type { SharePointRest } from './createSharePointRest';

/** A principal as a list's role assignment names it. */
export interface AssignedPrincipal {
  readonly id: number;
  readonly title: string;
  readonly loginName: string;
}

/** One list's permissions as SharePoint has them. */
export interface ListProtectionState {
  readonly hasUniqueRoleAssignments: boolean;
  readonly readSecurity: ReadSecurity;
  readonly writeSecurity: WriteSecurity;
  /** Each principal with the names of its permission levels on the list. */
  readonly assignments: ReadonlyArray<{ readonly principal: AssignedPrincipal; readonly levels: readonly string[] }>;
}

/** What the site's permissions are now, as far as the app's model is concerned. */
export interface SiteProtectionState {
  readonly associated: { readonly owners: string; readonly members: string; readonly visitors: string };
  /** Site group titles with their number of members. */
  readonly groups: ReadonlyArray<{ readonly title: string; readonly memberCount: number }>;
  readonly levels: ReadonlyArray<{ readonly name: string; readonly mask: PermissionMask }>;
  /** By list title; a list that does not exist is absent. */
  readonly lists: Readonly<Record<string, ListProtectionState>>;
}

interface RestPrincipal {
  readonly Id: number;
  readonly Title: string;
  readonly LoginName?: string;
}

/** Reads groups, permission levels and the permissions of `listTitles` over SharePoint REST. */
export async function readSiteProtection(rest: SharePointRest, listTitles: readonly string[]): Promise<SiteProtectionState> {
  const [owners, members, visitors] = await Promise.all(
    ['associatedownergroup', 'associatedmembergroup', 'associatedvisitorgroup'].map((which) => rest.get<RestPrincipal>(`web/${which}`)),
  );
  const groups = (await rest.get<{ value: RestPrincipal[] }>('web/sitegroups')).value;
  const groupsWithMembers = [];
  for (const group of groups) {
    const users = (await rest.get<{ value: unknown[] }>(`web/sitegroups/getbyid(${group.Id})/users`)).value;
    groupsWithMembers.push({ title: group.Title, memberCount: users.length });
  }
  const levels = (await rest.get<{ value: Array<{ Name: string; BasePermissions: { High: string; Low: string } }> }>('web/roledefinitions')).value.map((level) => ({
    name: level.Name,
    mask: fromBasePermissions(level.BasePermissions) ?? 0n,
  }));
  const lists: Record<string, ListProtectionState> = {};
  for (const title of listTitles) {
    const path = `web/lists/getbytitle('${title.replace(/'/g, "''")}')`;
    let list: { HasUniqueRoleAssignments: boolean; ReadSecurity: ReadSecurity; WriteSecurity: WriteSecurity };
    try {
      list = await rest.get(`${path}?$select=HasUniqueRoleAssignments,ReadSecurity,WriteSecurity`);
    } catch (error: unknown) {
      if (error instanceof SharePointRestFailure && error.status === 404) continue;
      throw error;
    }
    const assignments = (
      await rest.get<{ value: Array<{ Member: RestPrincipal; RoleDefinitionBindings: Array<{ Name: string }> }> }>(`${path}/roleassignments?$expand=Member,RoleDefinitionBindings`)
    ).value;
    lists[title] = {
      hasUniqueRoleAssignments: list.HasUniqueRoleAssignments,
      readSecurity: list.ReadSecurity,
      writeSecurity: list.WriteSecurity,
      assignments: assignments.map((assignment) => ({
        principal: { id: assignment.Member.Id, title: assignment.Member.Title, loginName: assignment.Member.LoginName ?? assignment.Member.Title },
        levels: assignment.RoleDefinitionBindings.map((binding) => binding.Name),
      })),
    };
  }
  return {
    associated: { owners: owners?.Title ?? '', members: members?.Title ?? '', visitors: visitors?.Title ?? '' },
    groups: groupsWithMembers,
    levels,
    lists,
  };
}
