import { isGraphError } from '../../../graph';
import { jsonField, optionalField, type GraphFields } from '../../../lists/graphFields';
import { IMPROVEMENT_ACTION_SELECT, parseImprovementActionItem, type ImprovementAction } from '../../../lists/improvementActionMapping';
import { INCIDENT_CASE_SELECT, parseIncidentCaseItem, type IncidentCase } from '../../../lists/incidentCaseMapping';
import { linesOf, type CaseEdit } from '../model/caseEdit';
import type { TimelineEntry } from '../../../lists/incidentCaseMapping';
import type { IncidentLearningEnvironment } from './IncidentLearningEnvironment';

/** What saving an item's changes came to. */
export type SaveOutcome =
  | { readonly kind: 'saved' }
  /** Someone saved the case since it was read (412): the user chooses. */
  | { readonly kind: 'conflict' }
  /** SharePoint refused the write (403): not this user's case to change. */
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'failed' };

/**
 * The columns a case edit writes: only the parts the user changed from `base` (the
 * version they started from), so that saving over a concurrent change keeps the other
 * person's changes to other parts; the status only for the case team.
 */
export function caseEditFields(edit: CaseEdit, base: CaseEdit, timeline: readonly TimelineEntry[], options: { readonly includeStatus: boolean }): GraphFields {
  const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const changed = (key: keyof CaseEdit): boolean => edit[key].trim() !== base[key].trim();
  return {
    ...(options.includeStatus && changed('status') ? { CaseStatus: edit.status } : {}),
    ...(changed('theme') ? optionalField('Theme', edit.theme === '' ? undefined : edit.theme, 'update') : {}),
    ...(changed('processStep') ? optionalField('ProcessStep', edit.processStep === '' ? undefined : edit.processStep, 'update') : {}),
    ...(changed('timeline') ? { TimelineJson: jsonField(timeline) } : {}),
    ...(changed('whys') || changed('factors') ? { ContributingFactorsJson: jsonField({ whys: linesOf(edit.whys), factors: linesOf(edit.factors) }) } : {}),
    ...(changed('wentWell') ? optionalField('WentWell', text(edit.wentWell), 'update') : {}),
    ...(changed('wentWrong') ? optionalField('WentWrong', text(edit.wentWrong), 'update') : {}),
    ...(changed('lucky') ? optionalField('Lucky', text(edit.lucky), 'update') : {}),
    ...(changed('lessonsText') ? optionalField('LessonsText', text(edit.lessonsText), 'update') : {}),
  };
}

/**
 * Writes an item's changes (a case, an action) with If-Match on the eTag the user edited:
 * a concurrent save by someone else is a conflict for the user to resolve, never
 * overwritten unseen. A direct write, not the outbox: the answer (saved, conflict,
 * refused) is what the form shows, and the form keeps the text until it is saved.
 */
export async function saveChanges(environment: IncidentLearningEnvironment, list: string, itemId: string, ifMatch: string, fields: GraphFields): Promise<SaveOutcome> {
  try {
    await environment.lists.updateItemFields(list, itemId, fields, { ifMatch });
    return { kind: 'saved' };
  } catch (error: unknown) {
    if (isGraphError(error) && error.kind === 'preconditionFailed') return { kind: 'conflict' };
    if (isGraphError(error) && error.kind === 'forbidden') return { kind: 'forbidden' };
    return { kind: 'failed' };
  }
}

/** The action as SharePoint has it now (after a conflict), or undefined when it cannot be read. */
export async function readStoredAction(environment: IncidentLearningEnvironment, actionItemId: string): Promise<ImprovementAction | undefined> {
  try {
    const parsed = parseImprovementActionItem(await environment.lists.getItem(environment.listNames.actions, actionItemId, { select: IMPROVEMENT_ACTION_SELECT }));
    return parsed.ok ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}

/** The case as SharePoint has it now (after a conflict), or undefined when it cannot be read. */
export async function readStoredCase(environment: IncidentLearningEnvironment, caseItemId: string): Promise<IncidentCase | undefined> {
  try {
    const item = await environment.lists.getItem(environment.listNames.incidentCases, caseItemId, { select: INCIDENT_CASE_SELECT });
    const parsed = parseIncidentCaseItem(item);
    return parsed.ok ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}
