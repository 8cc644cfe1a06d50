import { z } from 'zod';
import { jsonField, optionalField, type FieldWriteMode, type GraphFields } from './graphFields';
import { jsonTextField, optionalDateTimeField, optionalTextField, requiredTextField } from './graphFieldSchemas';
import { breachRecordSchema, type BreachRecord } from './incidentCaseMapping';
import { parseListItem, readListItems, type ItemParseResult, type ListReadResult } from './listReadResult';
import { optionalEntry } from './optionalEntry';

/**
 * One entry of the art. 33(5) register of personal-data breaches: the breach record of a
 * case without the case's free text, so that it can outlive the case when retention
 * removes that ("the register entry must outlive the case").
 */
export interface BreachRegisterEntry {
  readonly id: string;
  readonly eTag: string;
  readonly submissionId: string;
  readonly title: string;
  /** The SubmissionId of the case the breach was reported in. */
  readonly caseId: string;
  /** When the institution became aware of the breach (the 72-hour clock's start). */
  readonly breachAwareOn?: string;
  readonly breach: BreachRecord;
  readonly lastModified: string;
}

export type BreachRegisterDraft = Omit<BreachRegisterEntry, 'id' | 'eTag' | 'lastModified'>;

/** Fields the app reads from the BreachRegister list. */
export const BREACH_REGISTER_SELECT = ['Title', 'SubmissionId', 'CaseId', 'BreachAwareOn', 'BreachJson'] as const;

const breachRegisterFieldsSchema = z.object({
  Title: optionalTextField,
  SubmissionId: requiredTextField,
  CaseId: requiredTextField,
  BreachAwareOn: optionalDateTimeField,
  BreachJson: jsonTextField(breachRecordSchema, { types: [] }),
});

/** Maps one raw Graph item of the BreachRegister list. */
export function parseBreachRegisterItem(raw: unknown): ItemParseResult<BreachRegisterEntry> {
  return parseListItem(raw, breachRegisterFieldsSchema, (meta, fields) => ({
    id: meta.id,
    eTag: meta.eTag,
    lastModified: meta.lastModified,
    submissionId: fields.SubmissionId,
    title: fields.Title ?? '',
    caseId: fields.CaseId,
    ...optionalEntry('breachAwareOn', fields.BreachAwareOn),
    breach: fields.BreachJson,
  }));
}

/** Maps raw Graph items of the BreachRegister list; malformed items are skipped with a reason. */
export function readBreachRegister(rawItems: readonly unknown[]): ListReadResult<BreachRegisterEntry> {
  return readListItems(rawItems, parseBreachRegisterItem);
}

/** The SubmissionId of a case's register entry: one entry per case, however often retention runs. */
export function breachRegisterSubmissionId(caseSubmissionId: string): string {
  return `breach:${caseSubmissionId}`.slice(0, 64);
}

/** The Graph `fields` object for creating or updating a register entry. */
export function toBreachRegisterFields(draft: BreachRegisterDraft, mode: FieldWriteMode = 'create'): GraphFields {
  return {
    Title: draft.title,
    SubmissionId: draft.submissionId,
    CaseId: draft.caseId,
    ...optionalField('BreachAwareOn', draft.breachAwareOn, mode),
    BreachJson: jsonField(draft.breach),
  };
}
