import { randomUUID } from 'node:crypto';
import { isGraphError } from '../../src/graph';
import type { GraphClient, ListClient } from '../../src/graph';
import type { ListSchema } from '../../src/lists/listSchema';
import { buildProbeFields, PROBE_PREFIX } from './buildProbeFields';
import { computeProvisioningPlan } from './computeProvisioningPlan';
import type { SiteGateway } from './createSiteGateway';
import { describeColumn } from './describePlan';
import { provisioningPaths } from './provisioningPaths';

/** One thing the doctor found wrong, with the command or action that fixes it. */
export interface HealthProblem {
  readonly list: string;
  readonly message: string;
  readonly fix: string;
}

/** What the doctor checked per list, for the report. */
export interface ListHealth {
  readonly list: string;
  readonly present: boolean;
  readonly readable: boolean | undefined;
  /** undefined when not checked (the app does not write the list, the check was skipped, or the list is incomplete). */
  readonly writable: boolean | undefined;
}

/** Something the doctor explains that needs no fix for the app to work. */
export interface HealthNote {
  readonly list: string;
  readonly message: string;
}

/** Everything the doctor found. */
export interface HealthReport {
  readonly lists: readonly ListHealth[];
  readonly problems: readonly HealthProblem[];
  /** A column whose type Graph cannot show, a column of an earlier version: explained, not failed. */
  readonly notes: readonly HealthNote[];
}

/** What the doctor needs. */
export interface HealthCheckParts {
  readonly graph: GraphClient;
  readonly gateway: SiteGateway;
  readonly lists: ListClient;
  readonly schemas: readonly ListSchema[];
  /** The command an admin runs to provision this site (`npm run provision -- --site ...`). */
  readonly provisionCommand: string;
  readonly checkWrites: boolean;
}

/**
 * Checks the site against the app's schemas (every list, column, type, index and
 * uniqueness), then that the signed-in account can read every list and write the lists
 * the app writes (those with a SubmissionId). Graph has no "may I write here?" query for
 * list items, so the write check creates a probe item that fills only the required
 * columns, with a SubmissionId starting `ivho-doctor-probe-`, and deletes it at once.
 */
export async function checkSiteHealth(parts: HealthCheckParts): Promise<HealthReport> {
  const { gateway, schemas, provisionCommand } = parts;
  const existing = await gateway.readLists();
  const plan = computeProvisioningPlan(schemas, existing);
  const problems: HealthProblem[] = [];
  const notes: HealthNote[] = [];
  const health: ListHealth[] = [];
  const siteId = await gateway.siteId();

  for (const schema of schemas) {
    const listSteps = plan.steps.filter((step) => (step.kind === 'createList' ? step.list.displayName : step.list) === schema.displayName);
    const found = existing.find((list) => list.displayName.toLowerCase() === schema.displayName.toLowerCase());
    if (found === undefined) {
      // SharePoint hides lists the caller cannot read: ask for this one by name to tell which.
      const probe = await gateway.probeList(schema.displayName);
      if (probe === 'forbidden') {
        problems.push({ list: schema.displayName, message: `The signed-in account cannot read the list ${schema.displayName}.`, fix: accessFix(schema) });
        health.push({ list: schema.displayName, present: true, readable: false, writable: undefined });
      } else {
        problems.push({ list: schema.displayName, message: `The list ${schema.displayName} does not exist.`, fix: provisionCommand });
        health.push({ list: schema.displayName, present: false, readable: undefined, writable: undefined });
      }
      continue;
    }
    for (const step of listSteps) {
      if (step.kind === 'addColumn') {
        problems.push({ list: schema.displayName, message: `The column ${schema.displayName}.${step.column.name} (${describeColumn(step.column)}) is missing.`, fix: provisionCommand });
      } else if (step.kind === 'extendChoices') {
        problems.push({ list: schema.displayName, message: `The column ${schema.displayName}.${step.column.name} lacks the choices ${step.added.join(', ')}.`, fix: provisionCommand });
      } else if (step.kind === 'conflict') {
        problems.push({ list: schema.displayName, message: `The column ${schema.displayName}.${step.column} ${step.reason}.`, fix: step.fix });
      } else if (step.kind === 'note') {
        notes.push({ list: schema.displayName, message: `The column ${schema.displayName}.${step.column} ${step.message}.` });
      }
    }
    const readable = await canRead(parts.graph, siteId, found.id);
    if (!readable) problems.push({ list: schema.displayName, message: `The signed-in account cannot read the items of ${schema.displayName}.`, fix: accessFix(schema) });
    let writable: boolean | undefined;
    const appWrites = schema.columns.some((column) => column.name === 'SubmissionId');
    const complete = !listSteps.some((step) => step.kind === 'addColumn');
    if (parts.checkWrites && appWrites && readable && complete) {
      const outcome = await probeWrite(parts.lists, schema);
      writable = outcome.ok;
      if (!outcome.ok) problems.push({ list: schema.displayName, message: `The signed-in account cannot add items to ${schema.displayName}: ${outcome.reason}.`, fix: outcome.fix ?? accessFix(schema) });
    }
    health.push({ list: schema.displayName, present: true, readable, writable });
  }
  return { lists: health, problems, notes };
}

async function canRead(graph: GraphClient, siteId: string, listId: string): Promise<boolean> {
  try {
    await graph.send({ method: 'GET', path: provisioningPaths.firstItem(siteId, listId) });
    return true;
  } catch (error: unknown) {
    if (isGraphError(error) && error.kind === 'forbidden') return false;
    throw error;
  }
}

async function probeWrite(lists: ListClient, schema: ListSchema): Promise<{ ok: true } | { ok: false; reason: string; fix?: string }> {
  let id: string;
  try {
    // Repeated after a 503 only where a repeat cannot leave a second test item behind.
    const idempotent = schema.columns.some((column) => column.name === 'SubmissionId' && column.enforceUniqueValues === true);
    id = (await lists.createItem(schema.displayName, buildProbeFields(schema, randomUUID(), new Date()), { idempotent })).id;
  } catch (error: unknown) {
    if (isGraphError(error) && error.kind === 'forbidden') return { ok: false, reason: 'access denied (403)' };
    if (isGraphError(error) && error.kind === 'validation') return { ok: false, reason: `a test item was refused (${error.message})`, fix: 'compare the list\'s columns with docs/admin-guide.md and run provision' };
    throw error;
  }
  try {
    await lists.deleteItem(schema.displayName, id);
  } catch (error: unknown) {
    const detail = isGraphError(error) ? `${error.status} ${error.code}` : String(error);
    return { ok: false, reason: `a test item (id ${id}) was created but could not be deleted (${detail})`, fix: `delete the item whose SubmissionId starts with ${PROBE_PREFIX} from ${schema.displayName}` };
  }
  return { ok: true };
}

function accessFix(schema: ListSchema): string {
  return schema.confidential
    ? `if this account should see cases, add it to the case team group (see "Who may do what" in docs/admin-guide.md)`
    : `give the account (or its group) Edit permission on the site or on ${schema.displayName}`;
}
