import { z } from 'zod';
import { assessmentAnswersSchema, type AssessmentAnswers } from './assessmentAnswer';
import { jsonField, optionalField, type FieldWriteMode, type GraphFields } from './graphFields';
import { jsonTextField, optionalDateTimeField, optionalTextField, requiredChoiceField, requiredTextField } from './graphFieldSchemas';
import { parseListItem, readListItems, type ItemParseResult, type ListReadResult } from './listReadResult';
import { optionalEntry } from './optionalEntry';
import { RESPONSE_STATUS_IDS, type ResponseStatusId } from './assessmentVocabulary';

/** The answers of one assessor within one assessment. */
export interface AssessmentResponse {
  readonly id: string;
  readonly eTag: string;
  readonly submissionId: string;
  readonly title: string;
  /** The parent assessment's SubmissionId. */
  readonly assessmentId: string;
  readonly assessorUpn: string;
  readonly status: ResponseStatusId;
  readonly answers: AssessmentAnswers;
  /** ISO 8601 date-time of the assessor's last change. */
  readonly updatedOn?: string;
  readonly lastModified: string;
  /** Who created the item, as SharePoint recorded it (`createdBy.user.id`); undefined while only in the outbox. */
  readonly authorId?: string;
}

/** What the app writes for a response. */
export type AssessmentResponseDraft = Omit<AssessmentResponse, 'id' | 'eTag' | 'lastModified' | 'authorId'>;

/** Fields the app reads from the AssessmentResponses list. */
export const ASSESSMENT_RESPONSE_SELECT = ['Title', 'SubmissionId', 'AssessmentId', 'AssessorUpn', 'ResponseStatus', 'AnswersJson', 'UpdatedOn'] as const;

const assessmentResponseFieldsSchema = z.object({
  Title: optionalTextField,
  SubmissionId: requiredTextField,
  AssessmentId: requiredTextField,
  AssessorUpn: requiredTextField,
  ResponseStatus: requiredChoiceField(RESPONSE_STATUS_IDS),
  AnswersJson: jsonTextField(assessmentAnswersSchema, {}),
  UpdatedOn: optionalDateTimeField,
});

/** Maps one raw Graph item of the AssessmentResponses list. */
export function parseAssessmentResponseItem(raw: unknown): ItemParseResult<AssessmentResponse> {
  return parseListItem(raw, assessmentResponseFieldsSchema, (meta, fields) => ({
    id: meta.id,
    eTag: meta.eTag,
    lastModified: meta.lastModified,
    ...optionalEntry('authorId', meta.authorId),
    submissionId: fields.SubmissionId,
    title: fields.Title ?? '',
    assessmentId: fields.AssessmentId,
    assessorUpn: fields.AssessorUpn,
    status: fields.ResponseStatus,
    answers: fields.AnswersJson,
    ...optionalEntry('updatedOn', fields.UpdatedOn),
  }));
}

/** Maps raw Graph items of the AssessmentResponses list; malformed items are skipped with a reason. */
export function readAssessmentResponses(rawItems: readonly unknown[]): ListReadResult<AssessmentResponse> {
  return readListItems(rawItems, parseAssessmentResponseItem);
}

/** The Graph `fields` object for creating or updating a response. */
export function toAssessmentResponseFields(draft: AssessmentResponseDraft, mode: FieldWriteMode = 'create'): GraphFields {
  return {
    Title: draft.title,
    SubmissionId: draft.submissionId,
    AssessmentId: draft.assessmentId,
    AssessorUpn: draft.assessorUpn,
    ResponseStatus: draft.status,
    AnswersJson: jsonField(draft.answers),
    ...optionalField('UpdatedOn', draft.updatedOn, mode),
  };
}
