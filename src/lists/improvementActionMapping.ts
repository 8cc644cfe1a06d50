import { z } from 'zod';
import { optionalField, type FieldWriteMode, type GraphFields } from './graphFields';
import { optionalDateTimeField, optionalTextField, requiredChoiceField, requiredTextField } from './graphFieldSchemas';
import { parseListItem, readListItems, type ItemParseResult, type ListReadResult } from './listReadResult';
import { optionalEntry } from './optionalEntry';
import { ACTION_STATUS_IDS, type ActionStatusId } from './incidentVocabulary';

/** An improvement action from an incident case (the Actions list). */
export interface ImprovementAction {
  readonly id: string;
  readonly eTag: string;
  readonly submissionId: string;
  /** What will be done. */
  readonly title: string;
  /** The case's SubmissionId. */
  readonly caseId: string;
  readonly ownerUpn?: string;
  readonly ownerName?: string;
  readonly dueOn?: string;
  readonly status: ActionStatusId;
  /** How and when it was checked that the action worked. */
  readonly effectivenessCheck?: string;
  readonly lastModified: string;
}

/** What the app writes for an action. */
export type ImprovementActionDraft = Omit<ImprovementAction, 'id' | 'eTag' | 'lastModified'>;

/** Fields the app reads from the Actions list. */
export const IMPROVEMENT_ACTION_SELECT = ['Title', 'SubmissionId', 'CaseId', 'OwnerUpn', 'OwnerName', 'DueOn', 'ActionStatus', 'EffectivenessCheck'] as const;

const improvementActionFieldsSchema = z.object({
  Title: requiredTextField,
  SubmissionId: requiredTextField,
  CaseId: requiredTextField,
  OwnerUpn: optionalTextField,
  OwnerName: optionalTextField,
  DueOn: optionalDateTimeField,
  ActionStatus: requiredChoiceField(ACTION_STATUS_IDS),
  EffectivenessCheck: optionalTextField,
});

/** Maps one raw Graph item of the Actions list. */
export function parseImprovementActionItem(raw: unknown): ItemParseResult<ImprovementAction> {
  return parseListItem(raw, improvementActionFieldsSchema, (meta, fields) => ({
    id: meta.id,
    eTag: meta.eTag,
    lastModified: meta.lastModified,
    submissionId: fields.SubmissionId,
    title: fields.Title,
    caseId: fields.CaseId,
    ...optionalEntry('ownerUpn', fields.OwnerUpn),
    ...optionalEntry('ownerName', fields.OwnerName),
    ...optionalEntry('dueOn', fields.DueOn),
    status: fields.ActionStatus,
    ...optionalEntry('effectivenessCheck', fields.EffectivenessCheck),
  }));
}

/** Maps raw Graph items of the Actions list; malformed items are skipped with a reason. */
export function readImprovementActions(rawItems: readonly unknown[]): ListReadResult<ImprovementAction> {
  return readListItems(rawItems, parseImprovementActionItem);
}

/** The Graph `fields` object for creating or updating an action. */
export function toImprovementActionFields(draft: ImprovementActionDraft, mode: FieldWriteMode = 'create'): GraphFields {
  return {
    Title: draft.title,
    SubmissionId: draft.submissionId,
    CaseId: draft.caseId,
    ...optionalField('OwnerUpn', draft.ownerUpn, mode),
    ...optionalField('OwnerName', draft.ownerName, mode),
    ...optionalField('DueOn', draft.dueOn, mode),
    ActionStatus: draft.status,
    ...optionalField('EffectivenessCheck', draft.effectivenessCheck, mode),
  };
}
