import { resolve } from 'node:path';
import { createListClient, isGraphError } from '../../src/graph';
import type { ColumnDefinition, ListSchema } from '../../src/lists/listSchema';
import { ALL_LISTS, instrumentsList } from '../../src/lists/schemas';
import { EXIT_CODES, isCliError } from './CliError';
import type { ExitCode } from './CliError';
import type { CommandContext } from './CommandContext';
import { changesOf, computeProvisioningPlan, conflictsOf } from './computeProvisioningPlan';
import type { ProvisioningPlan } from './computeProvisioningPlan';
import { createSiteGateway } from './createSiteGateway';
import type { SiteGateway } from './createSiteGateway';
import { describeColumn, describePlan, describeStep } from './describePlan';
import { loadCatalog } from './loadCatalog';
import { CONNECTION_FLAGS, openGraphConnection } from './openGraphConnection';
import { flagValue, hasFlag, parseCliArguments } from './parseCliArguments';
import { protectSite } from './protection/protectSite';
import { toCliError } from './toCliError';

/** The demo catalog `--seed` loads. */
export const DEFAULT_CATALOG_FILE = resolve(__dirname, '..', '..', 'config', 'catalog', 'instruments.json');

const FLAGS = { ...CONNECTION_FLAGS, seed: 'switch', 'grant-app': 'value', 'app-name': 'value', 'dry-run': 'switch', help: 'switch' } as const;

/** `npm run provision -- --help`. */
export const PROVISION_USAGE = `Usage: npm run provision -- --site <site URL> [--seed] [--grant-app <client id> [--app-name <name>]] [--dry-run]
                             [--emulator [URL] [--user <upn>]] [--client-id <id> --tenant <tenant>]
Creates or completes the app's SharePoint lists on the site and sets who may read and write each
(the permission model: groups, permission levels, list permissions, item-level security, over
SharePoint REST); never deletes lists, columns or items.
  --seed        upsert the instrument catalog (config/catalog/instruments.json) by InstrumentKey
  --grant-app   give the app registration write access to this site only (Sites.Selected)
  --dry-run     print the plan, change nothing
Sign-in: device code with --client-id/--tenant (or IVHO_PROVISION_CLIENT_ID/IVHO_TENANT_ID), or tokens in
IVHO_GRAPH_TOKEN (Graph) and IVHO_SHAREPOINT_TOKEN (SharePoint, for the permissions).
Exit codes: 0 done, 1 conflicts or rejected catalog rows, 2 usage, 3 no access, 4 not found, 5 unreachable/failed.`;

/**
 * `npm run provision`: resolves the site, compares its lists with the app's schemas,
 * prints the plan and applies it (unless `--dry-run`); then `--seed` and `--grant-app`.
 * Returns the exit code; every failure is one line on `err`.
 */
export async function runProvision(argv: readonly string[], context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  try {
    const args = parseCliArguments(argv, FLAGS, 'provision');
    if (hasFlag(args, 'help')) {
      io.out(PROVISION_USAGE);
      return EXIT_CODES.ok;
    }
    if (args.positionals.length > 0) {
      io.err(`provision: unexpected argument ${args.positionals[0] ?? ''} (did you mean --site ${args.positionals[0] ?? ''}?)`);
      return EXIT_CODES.usage;
    }
    const grantApp = flagValue(args, 'grant-app');
    if (hasFlag(args, 'app-name') && grantApp === undefined) {
      io.err('provision: --app-name only goes with --grant-app');
      return EXIT_CODES.usage;
    }
    const dryRun = hasFlag(args, 'dry-run');
    const connection = await openGraphConnection(args, 'provision', {
      env: context.env,
      say: io.out,
      needsGrantScope: grantApp !== undefined,
      ...(context.retry === undefined ? {} : { retry: context.retry }),
    });
    const gateway = createSiteGateway(connection.graph, connection.site);
    const schemas = context.lists ?? ALL_LISTS;

    const plan = await readPlan(gateway, schemas, connection.siteUrl);
    io.out(`${dryRun ? 'Plan (dry run, nothing is changed)' : 'Plan'} for ${connection.siteUrl}:`);
    if (plan.steps.length === 0) io.out('  nothing to change: every list and column is in place');
    else for (const line of describePlan(plan)) io.out(line);

    const refusedColumns = !dryRun && changesOf(plan).length > 0 ? await applyPlan(gateway, plan, schemas, connection.siteUrl, io.out) : 0;

    const listsToCreate = plan.steps.flatMap((step) => (step.kind === 'createList' ? [step.list.displayName] : []));
    let problems = conflictsOf(plan).length + refusedColumns;
    if (hasFlag(args, 'seed')) {
      const listMissing = plan.steps.some((step) => step.kind === 'createList' && step.list.displayName === instrumentsList.displayName);
      const lists = createListClient(connection.graph, connection.site);
      const seeded = await loadCatalog(lists, context.catalogFile ?? DEFAULT_CATALOG_FILE, { dryRun, listMissing: dryRun && listMissing }, io);
      problems += seeded.problems;
    }
    if (grantApp !== undefined) await grantSite(gateway, grantApp, flagValue(args, 'app-name') ?? 'IV-HO Teams app', dryRun, io.out, connection.siteUrl);
    problems += await protectSite({ rest: connection.sharePoint, tokens: connection.sharePointTokens }, { dryRun, listsToCreate: dryRun ? listsToCreate : [], say: io.out });

    if (problems > 0) {
      io.err(`provision: finished with ${problems} problem${problems === 1 ? '' : 's'} that need an admin (see above)`);
      return EXIT_CODES.problemsFound;
    }
    io.out(dryRun ? 'Dry run: nothing was changed.' : 'Done.');
    return EXIT_CODES.ok;
  } catch (error: unknown) {
    const failure = isCliError(error) ? error : toCliError(error, 'provisioning');
    io.err(failure.message);
    return failure.exitCode;
  }
}

async function readPlan(gateway: SiteGateway, schemas: readonly ListSchema[], siteUrl: string): Promise<ProvisioningPlan> {
  try {
    return computeProvisioningPlan(schemas, await gateway.readLists());
  } catch (error: unknown) {
    throw toCliError(error, `reading the site ${siteUrl}`);
  }
}

/** A column SharePoint refused to create, with its reason. */
interface RefusedColumn {
  readonly list: string;
  readonly column: ColumnDefinition;
  readonly reason: string;
}

/**
 * Applies the changes in order: each list is created bare, then its columns one at a
 * time. A column that SharePoint refuses (Graph's 400 or 500 for that one column: it is
 * reported to happen with multi-choice columns, microsoft-graph-docs #21021) is named
 * with the way to add it by hand, and the rest still land; the count of refused columns
 * is returned. A failure of access, the network or a whole list stops the run: the steps
 * before it are done, and the same command continues where it stopped.
 */
async function applyPlan(gateway: SiteGateway, plan: ProvisioningPlan, schemas: readonly ListSchema[], siteUrl: string, say: (line: string) => void): Promise<number> {
  const createdListIds = new Map<string, string>();
  const refused: RefusedColumn[] = [];
  for (const step of changesOf(plan)) {
    try {
      if (step.kind === 'createList') createdListIds.set(step.list.displayName, await gateway.createList(step.list));
      else if (step.kind === 'extendChoices') await gateway.setChoices(step.listId, step.columnId, step.column, step.choices);
      else await gateway.addColumn(step.listId ?? createdListIds.get(step.list) ?? '', step.column);
    } catch (error: unknown) {
      if (step.kind === 'addColumn' && isColumnRefusal(error)) {
        refused.push({ list: step.list, column: step.column, reason: isGraphError(error) ? `${error.status} ${error.code}: ${error.message}` : String(error) });
        say(`REFUSED: ${describeStep(step).trim()}`);
        continue;
      }
      throw toCliError(error, `applying "${describeStep(step).trim()}" (steps before it are done; run the same command again to continue)`);
    }
    say(`done: ${describeStep(step).trim()}`);
  }
  for (const { list, column, reason } of refused) {
    say(`  PROBLEM SharePoint refused the column ${list}.${column.name} (${reason}).`);
    say(`    fix: add it by hand under List settings > Create column: name ${column.name}, ${describeColumn(column)}; then run provision again to check`);
  }
  const after = await readPlan(gateway, schemas, siteUrl);
  const left = changesOf(after).filter((step) => !(step.kind === 'addColumn' && refused.some((refusal) => refusal.list === step.list && refusal.column.name === step.column.name)));
  if (left.length > 0) {
    throw toCliError(new Error(`after applying, the site still lacks: ${left.map((step) => describeStep(step).trim()).join('; ')}`), 'checking the result');
  }
  return refused.length;
}

/** Graph refused this one column's definition, as opposed to refusing us (auth) or failing to answer (network, throttling). */
function isColumnRefusal(error: unknown): boolean {
  return isGraphError(error) && (error.kind === 'validation' || (error.kind === 'unknown' && error.status >= 500));
}

async function grantSite(gateway: SiteGateway, clientId: string, displayName: string, dryRun: boolean, say: (line: string) => void, siteUrl: string): Promise<void> {
  const doing = `granting the app ${clientId} write access to ${siteUrl}`;
  try {
    const grants = await gateway.readPermissions();
    if (grants.some((grant) => grant.applicationIds.includes(clientId) && (grant.roles.includes('write') || grant.roles.includes('owner') || grant.roles.includes('fullcontrol')))) {
      say(`Sites.Selected: the app ${clientId} already has write access to this site`);
      return;
    }
    if (dryRun) {
      say(`Sites.Selected: would grant the app ${clientId} write access to this site`);
      return;
    }
    await gateway.grantApplication({ id: clientId, displayName }, ['write']);
    say(`Sites.Selected: granted the app ${clientId} write access to this site`);
  } catch (error: unknown) {
    throw toCliError(error, doing);
  }
}
