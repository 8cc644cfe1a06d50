import type { TokenSource } from '../../../src/graph';
import { LIST_PROTECTIONS } from '../../../src/sharepoint/permissionModel';
import { CliError, EXIT_CODES, isCliError } from '../CliError';
import { applyProtectionPlan } from './applyProtectionPlan';
import { computeProtectionPlan, describeProtectionStep } from './computeProtectionPlan';
import type { ProtectionPlan } from './computeProtectionPlan';
import { SharePointRestFailure } from './createSharePointRest';
import type { SharePointRest } from './createSharePointRest';
import { readSiteProtection } from './readSiteProtection';

/** What provisioning and the doctor need to read or set a site's permissions. */
export interface ProtectionAccess {
  readonly rest: SharePointRest;
  readonly tokens: TokenSource;
}

/** The site's permissions compared with the app's model; `listsToCreate` are lists provisioning is about to create. */
export async function planSiteProtection(access: ProtectionAccess, listsToCreate: readonly string[] = []): Promise<ProtectionPlan> {
  try {
    const state = await readSiteProtection(access.rest, LIST_PROTECTIONS.map((protection) => protection.list));
    return computeProtectionPlan(state, { listsToCreate });
  } catch (error: unknown) {
    throw asCliError(error, 'reading the site’s permissions');
  }
}

/**
 * Provisioning's permission part: prints the plan, applies it unless `dryRun`, and checks
 * that nothing is left. Returns the number of conflicts an admin must resolve.
 */
export async function protectSite(access: ProtectionAccess, options: { readonly dryRun: boolean; readonly listsToCreate: readonly string[]; readonly say: (line: string) => void }): Promise<number> {
  const { say } = options;
  const plan = await planSiteProtection(access, options.listsToCreate);
  say(`${options.dryRun ? 'Permissions plan (dry run)' : 'Permissions'}: the app's model (docs/admin-guide.md, "Who may do what"):`);
  if (plan.steps.length === 0) say('  nothing to change: every list is protected as the model says');
  else for (const step of plan.steps) say(`  + ${describeProtectionStep(step)}`);
  for (const conflict of plan.conflicts) {
    say(`  PROBLEM ${conflict.message}`);
    say(`    fix: ${conflict.fix}`);
  }
  if (!options.dryRun && plan.steps.length > 0) {
    try {
      await applyProtectionPlan(access.rest, plan.steps, tenantIdOf(await access.tokens.getAccessToken()), say);
    } catch (error: unknown) {
      throw asCliError(error, 'setting the permissions (steps before it are done; run the same command again to continue)');
    }
    const left = (await planSiteProtection(access)).steps;
    if (left.length > 0) throw new CliError(`After setting the permissions the site still differs from the model: ${left.map(describeProtectionStep).join('; ')}`, EXIT_CODES.failure);
  }
  for (const title of options.dryRun ? [] : plan.emptyGroups) say(`  note: the group "${title}" has no members yet: add them under Site settings > People and groups`);
  return plan.conflicts.length;
}

/** The tenant id (`tid`) of an Entra ID access token: the claim "Everyone except external users" ends in it. */
export function tenantIdOf(token: string): string {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { tid?: unknown };
    if (typeof payload.tid === 'string' && payload.tid !== '') return payload.tid;
  } catch {
    // Not a JWT: said below.
  }
  throw new CliError('The SharePoint token names no tenant (tid claim): sign in again, or give a token issued by Entra ID.', EXIT_CODES.access);
}

function asCliError(error: unknown, doing: string): CliError {
  if (isCliError(error)) return error;
  if (error instanceof SharePointRestFailure && (error.status === 401 || error.status === 403)) {
    return new CliError(
      `No access while ${doing}: ${error.message}. Setting permissions needs a site owner (or site collection administrator) and the scope AllSites.FullControl of SharePoint (docs/admin-guide.md, section 4).`,
      EXIT_CODES.access,
    );
  }
  if (error instanceof SharePointRestFailure && error.status === 404) return new CliError(`Not found while ${doing}: ${error.message}`, EXIT_CODES.notFound);
  return new CliError(`Failed while ${doing}: ${error instanceof Error ? error.message : String(error)}`, EXIT_CODES.failure);
}
