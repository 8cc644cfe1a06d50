import { everyoneExceptExternalUsersLoginName, toBasePermissions } from '../../../src/sharepoint/permissionKinds';
import type { SharePointRest } from './createSharePointRest';
import { describeProtectionStep } from './computeProtectionPlan';
import type { PlannedPrincipal, ProtectionStep } from './computeProtectionPlan';

/**
 * Carries out the steps in order over SharePoint REST ("Set custom permissions on a
 * SharePoint list by using the REST interface"): groups and levels first, then per list
 * breaking inheritance (without copying: nothing the site grants stays on the list),
 * grants, revocations and item-level security. Ids are looked up when needed. A failure
 * stops the run; the same command continues where it stopped, as every step is re-planned.
 */
export async function applyProtectionPlan(rest: SharePointRest, steps: readonly ProtectionStep[], tenantId: string, say: (line: string) => void): Promise<void> {
  const ids = new Map<string, number>();
  const listPath = (list: string) => `web/lists/getbytitle('${list.replace(/'/g, "''")}')`;
  const principalId = async (principal: PlannedPrincipal): Promise<number> => {
    const key = principal.kind === 'group' ? `group:${principal.title.toLowerCase()}` : 'everyone';
    const known = ids.get(key);
    if (known !== undefined) return known;
    const found =
      principal.kind === 'group'
        ? await rest.get<{ Id: number }>(`web/sitegroups/getbyname('${principal.title.replace(/'/g, "''")}')`)
        : await rest.post<{ Id: number }>('web/ensureuser', { logonName: everyoneExceptExternalUsersLoginName(tenantId) });
    if (found === undefined) throw new Error(`SharePoint did not say which principal ${key} is`);
    ids.set(key, found.Id);
    return found.Id;
  };
  const levelId = async (name: string): Promise<number> => (await rest.get<{ Id: number }>(`web/roledefinitions/getbyname('${name.replace(/'/g, "''")}')`)).Id;

  for (const step of steps) {
    switch (step.kind) {
      case 'createGroup':
        await rest.post('web/sitegroups', { Title: step.title, Description: step.description });
        break;
      case 'createLevel':
        await rest.post('web/roledefinitions', { Name: step.name, Description: step.description, BasePermissions: toBasePermissions(step.mask), Order: 200 });
        break;
      case 'breakInheritance':
        await rest.post(`${listPath(step.list)}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`);
        break;
      case 'grant':
        await rest.post(`${listPath(step.list)}/roleassignments/addroleassignment(principalid=${await principalId(step.principal)},roledefid=${await levelId(step.level)})`);
        break;
      case 'revoke':
        await rest.post(`${listPath(step.list)}/roleassignments/removeroleassignment(principalid=${step.principal.id},roledefid=${await levelId(step.level)})`);
        break;
      case 'itemSecurity':
        await rest.post(listPath(step.list), { ReadSecurity: step.readSecurity, WriteSecurity: step.writeSecurity }, 'MERGE');
        break;
    }
    say(`done: ${describeProtectionStep(step)}`);
  }
}
