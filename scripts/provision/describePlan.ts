import { columnKind, isMultiValued } from '../../src/lists/listSchema';
import type { ColumnDefinition } from '../../src/lists/listSchema';
import type { PlanStep, ProvisioningPlan } from './computeProvisioningPlan';

/** The plan as lines for the console, one per step, then the lists already complete. */
export function describePlan(plan: ProvisioningPlan): string[] {
  const lines = plan.steps.map(describeStep);
  if (plan.upToDate.length > 0) lines.push(`  ok            ${plan.upToDate.join(', ')} (complete)`);
  return lines;
}

/** One step as a line. */
export function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case 'createList':
      return `  create list   ${step.list.displayName} (then its ${step.list.columns.length} columns, one at a time)`;
    case 'addColumn':
      return `  add column    ${step.list}.${step.column.name} (${describeColumn(step.column)})`;
    case 'extendChoices':
      return `  add choices   ${step.list}.${step.column.name}: ${step.added.join(', ')} (the existing ones stay)`;
    case 'conflict':
      return `  CONFLICT      ${step.list}.${step.column} ${step.reason}; not changed. Fix: ${step.fix}`;
    case 'note':
      return `  note          ${step.list}.${step.column} ${step.message}`;
  }
}

/** `single choice, indexed, required` and the like. */
export function describeColumn(column: ColumnDefinition): string {
  const kind = columnKind(column);
  const multi = isMultiValued(column) || column.text?.allowMultipleLines === true;
  const type = kind === 'text' ? (multi ? 'multi-line text' : 'text') : kind === 'choice' ? (multi ? 'multi-choice' : 'choice') : kind;
  const traits = [type];
  if (column.indexed === true) traits.push('indexed');
  if (column.enforceUniqueValues === true) traits.push('unique');
  if (column.required === true) traits.push('required');
  return traits.join(', ');
}
