import { isGraphError } from '../../../graph';
import { jsonField, optionalField, type GraphFields } from '../../../lists/graphFields';
import { IMPROVEMENT_ACTION_SELECT, parseImprovementActionItem, type ImprovementAction } from '../../../lists/improvementActionMapping';
import { INCIDENT_CASE_SELECT, parseIncidentCaseItem, type IncidentCase } from '../../../lists/incidentCaseMapping';
import type { CheckedBreach } from '../model/breachEdit';
import type { CyberIncidentRecord } from '../../../lists/incidentCaseMapping';
import { linesOf, type CaseEdit, type CaseEditText } from '../model/caseEdit';
import type { TimelineEntry } from '../../../lists/incidentCaseMapping';
import type { ItemParseResult } from '../../../lists/listReadResult';
import type { IncidentLearningEnvironment } from './IncidentLearningEnvironment';

/** What saving an item's changes came to. */
export type SaveOutcome =
  | { readonly kind: 'saved' }
  /** Someone saved the item since it was read (412): the user chooses. */
  | { readonly kind: 'conflict' }
  /** SharePoint refused the write (403): not this user's item to change. */
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'failed' };

/**
 * The columns a case edit writes: only the parts the user changed from `base` (the
 * version they started from), so that saving over a concurrent change keeps the other
 * person's changes to other parts; the status only for the case team, and the breach
 * assessment and the Cbw part (`breach`, `cyber`, given only when they changed) only from
 * the case team's form. A
 * verdict "breach" marks the case as one with personal data, whatever the reporter said.
 */
export function caseEditFields(
  edit: CaseEdit,
  base: CaseEdit,
  timeline: readonly TimelineEntry[],
  options: { readonly includeStatus: boolean; readonly breach?: CheckedBreach | undefined; readonly cyber?: CyberIncidentRecord | undefined },
): GraphFields {
  const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const changed = (key: CaseEditText): boolean => edit[key].trim() !== base[key].trim();
  const breach = options.breach;
  return {
    ...(options.cyber === undefined ? {} : { CyberIncidentJson: jsonField(options.cyber) }),
    ...(breach === undefined
      ? {}
      : {
          BreachJson: jsonField(breach.record),
          ...optionalField('BreachAwareOn', breach.awareOn, 'update'),
          ...(breach.record.decision === 'breach' ? { PersonalDataInvolved: true } : {}),
        }),
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

/** An item as SharePoint has it now (after a conflict), or undefined when it cannot be read. */
async function readStored<T>(environment: IncidentLearningEnvironment, list: string, itemId: string, select: readonly string[], parse: (raw: unknown) => ItemParseResult<T>): Promise<T | undefined> {
  try {
    const parsed = parse(await environment.lists.getItem(list, itemId, { select }));
    return parsed.ok ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}

/** The action as SharePoint has it now (after a conflict), or undefined when it cannot be read. */
export function readStoredAction(environment: IncidentLearningEnvironment, actionItemId: string): Promise<ImprovementAction | undefined> {
  return readStored(environment, environment.listNames.actions, actionItemId, IMPROVEMENT_ACTION_SELECT, parseImprovementActionItem);
}

/** The case as SharePoint has it now (after a conflict), or undefined when it cannot be read. */
export function readStoredCase(environment: IncidentLearningEnvironment, caseItemId: string): Promise<IncidentCase | undefined> {
  return readStored(environment, environment.listNames.incidentCases, caseItemId, INCIDENT_CASE_SELECT, parseIncidentCaseItem);
}
