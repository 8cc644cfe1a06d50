import type { ColumnDefinition, ListSchema } from '../../src/lists/listSchema';
import { columnKind, isMultiValued } from '../../src/lists/listSchema';
import type { ExistingColumn, ExistingList } from './SiteSnapshot';

/** One thing provisioning would do, or could not do. */
export type PlanStep =
  /** Creates the list without its columns: they follow one at a time, so one refused column does not fail the list. */
  | { readonly kind: 'createList'; readonly list: ListSchema }
  /** `listId` is undefined for a list created earlier in the same run. */
  | { readonly kind: 'addColumn'; readonly list: string; readonly listId: string | undefined; readonly column: ColumnDefinition }
  /** A choice column that lacks choices the app writes: they are added, the existing ones kept. */
  | { readonly kind: 'extendChoices'; readonly list: string; readonly listId: string; readonly columnId: string; readonly column: ColumnDefinition; readonly added: readonly string[]; readonly choices: readonly string[] }
  | {
      /** Something an admin should know that needs no change: a column whose type Graph cannot show, a retired column. */
      readonly kind: 'note';
      readonly list: string;
      readonly column: string;
      readonly message: string;
    }
  | {
      /** The column exists but differs in a way provisioning never changes by itself (data could be lost). */
      readonly kind: 'conflict';
      readonly list: string;
      readonly column: string;
      readonly reason: string;
      /** What an admin does about it. */
      readonly fix: string;
    };

/** What provisioning would do to bring a site in line with the app's list schemas. */
export interface ProvisioningPlan {
  readonly steps: readonly PlanStep[];
  /** Lists that already match their schema completely. */
  readonly upToDate: readonly string[];
}

/** A step that changes the site. */
export type ChangeStep = Extract<PlanStep, { kind: 'createList' | 'addColumn' | 'extendChoices' }>;

/** Steps that change the site (conflicts and notes are reported, never applied). */
export function changesOf(plan: ProvisioningPlan): ChangeStep[] {
  return plan.steps.filter((step): step is ChangeStep => step.kind === 'createList' || step.kind === 'addColumn' || step.kind === 'extendChoices');
}

/** Conflicts of the plan. */
export function conflictsOf(plan: ProvisioningPlan): Extract<PlanStep, { kind: 'conflict' }>[] {
  return plan.steps.filter((step): step is Extract<PlanStep, { kind: 'conflict' }> => step.kind === 'conflict');
}

/**
 * Compares the app's list schemas with the lists a site has. A missing list is created,
 * then its columns are added one at a time (a column Graph refuses is named, the rest
 * still land); missing columns are added; a column that exists with another type,
 * without a needed index or uniqueness, or without some choices is a conflict reported
 * for an admin. A column whose type Graph does not show ("columnDefinition resource
 * type": hyperlink columns come without a facet) cannot be compared and is a note, never
 * a conflict, so a re-run never loops on it. Retired columns are notes too. Lists and
 * columns the schemas do not name are left alone. Names compare case-insensitively, as
 * SharePoint's do. A choice column without some of the app's choices gets them added
 * (Graph's "Update columnDefinition"), keeping the site's own: a new workflow state then
 * needs no manual step.
 */
export function computeProvisioningPlan(schemas: readonly ListSchema[], existing: readonly ExistingList[]): ProvisioningPlan {
  const steps: PlanStep[] = [];
  const upToDate: string[] = [];
  for (const schema of schemas) {
    const list = existing.find((candidate) => sameName(candidate.displayName, schema.displayName));
    if (list === undefined) {
      steps.push({ kind: 'createList', list: schema });
      for (const column of schema.columns) steps.push({ kind: 'addColumn', list: schema.displayName, listId: undefined, column });
      continue;
    }
    const before = steps.length;
    for (const column of schema.columns) {
      const found = list.columns.find((candidate) => sameName(candidate.name, column.name));
      if (found === undefined) {
        steps.push({ kind: 'addColumn', list: schema.displayName, listId: list.id, column });
      } else if (found.kind === 'other') {
        steps.push({
          kind: 'note',
          list: schema.displayName,
          column: column.name,
          message: `exists, but Graph does not show its type, so it cannot be checked here; make sure it is ${describeType(columnKind(column), isMultiValued(column) || column.text?.allowMultipleLines === true)} in the list settings`,
        });
      } else {
        const added = missingChoices(column, found);
        if (added.length > 0 && found.kind === 'choice' && found.id !== '') {
          steps.push({ kind: 'extendChoices', list: schema.displayName, listId: list.id, columnId: found.id, column, added, choices: [...found.choices, ...added] });
        }
        for (const reason of columnDifferences(column, found, { choicesAddedByProvisioning: found.id !== '' })) {
          steps.push({ kind: 'conflict', list: schema.displayName, column: column.name, reason: reason.reason, fix: reason.fix });
        }
      }
    }
    const changed = steps.slice(before).some((step) => step.kind !== 'note');
    for (const retired of schema.retiredColumns ?? []) {
      const found = list.columns.find((candidate) => sameName(candidate.name, retired.name));
      if (found !== undefined) steps.push({ kind: 'note', list: schema.displayName, column: found.name, message: retired.note });
    }
    if (!changed) upToDate.push(schema.displayName);
  }
  return { steps, upToDate };
}

/** The app's choices an existing column lacks. */
function missingChoices(wanted: ColumnDefinition, found: ExistingColumn): string[] {
  return (wanted.choice?.choices ?? []).filter((choice) => !found.choices.some((existing) => existing === choice));
}

/**
 * How an existing column differs from its definition, each with what an admin can do.
 * Missing choices are left out when provisioning adds them itself.
 */
export function columnDifferences(wanted: ColumnDefinition, found: ExistingColumn, options: { readonly choicesAddedByProvisioning?: boolean } = {}): { reason: string; fix: string }[] {
  const kind = columnKind(wanted);
  const multi = isMultiValued(wanted) || wanted.text?.allowMultipleLines === true;
  const recreate = `rename or remove the column "${found.name}" in the list settings (keep a copy of its data), then run provision again`;
  if (found.kind !== kind) {
    return [{ reason: `is of type ${found.kind}, the app needs ${describeType(kind, multi)}`, fix: recreate }];
  }
  if (found.multi !== multi) {
    return [{ reason: `is ${describeType(found.kind, found.multi)}, the app needs ${describeType(kind, multi)}`, fix: recreate }];
  }
  const differences: { reason: string; fix: string }[] = [];
  const missing = options.choicesAddedByProvisioning === true ? [] : missingChoices(wanted, found);
  if (missing.length > 0) {
    differences.push({
      reason: `lacks the choices ${missing.join(', ')}`,
      fix: `add the choices in the list settings of the column "${found.name}"`,
    });
  }
  if (wanted.indexed === true && !found.indexed) {
    differences.push({
      reason: 'is not indexed, so the app\'s filters on it are refused',
      fix: `add an index on "${found.name}" under List settings > Indexed columns`,
    });
  }
  if (wanted.enforceUniqueValues === true && !found.enforceUniqueValues) {
    differences.push({
      reason: 'does not enforce unique values, so a retried submit could be stored twice',
      fix: `set "Enforce unique values" to Yes in the settings of the column "${found.name}"`,
    });
  }
  if (wanted.enforceUniqueValues !== true && found.enforceUniqueValues) {
    differences.push({
      reason: 'enforces unique values, which SharePoint does not allow beside the item-level permissions this list gets (decision 2)',
      fix: `set "Enforce unique values" to No in the settings of the column "${found.name}"`,
    });
  }
  return differences;
}

function describeType(kind: string, multi: boolean): string {
  if (kind === 'text') return multi ? 'multi-line text' : 'single-line text';
  if (kind === 'choice') return multi ? 'multi-choice' : 'single choice';
  return kind;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
