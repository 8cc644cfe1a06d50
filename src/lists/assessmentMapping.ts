import { z } from 'zod';
import {
  assessmentAnswersSchema,
  assessmentTargetsSchema,
  scoreSummarySchema,
  type AssessmentAnswers,
  type AssessmentTargets,
  type ScoreSummary,
} from './assessmentAnswer';
import { jsonField, optionalField, type FieldWriteMode, type GraphFields } from './graphFields';
import { jsonTextField, optionalDateTimeField, optionalTextField, requiredChoiceField, requiredTextField } from './graphFieldSchemas';
import { parseListItem, readListItems, type ItemParseResult, type ListReadResult } from './listReadResult';
import { optionalEntry } from './optionalEntry';
import { ASSESSMENT_SCOPE_IDS, ASSESSMENT_STATUS_IDS, type AssessmentScopeId, type AssessmentStatusId } from './assessmentVocabulary';

/** One self-assessment (alone or by a team in a channel) against one version of a maturity model. */
export interface Assessment {
  readonly id: string;
  readonly eTag: string;
  /** Client-generated; unique, so a retried submit never duplicates. */
  readonly submissionId: string;
  readonly title: string;
  readonly modelId: string;
  readonly modelVersion: string;
  readonly scope: AssessmentScopeId;
  readonly teamId?: string;
  readonly channelId?: string;
  readonly coordinatorUpn?: string;
  readonly status: AssessmentStatusId;
  readonly targets: AssessmentTargets;
  /** The agreed answers of a team (or the single answers of a personal assessment). */
  readonly consensus: AssessmentAnswers;
  readonly scoreSummary?: ScoreSummary;
  /** ISO 8601 date-time the assessment was finalised. */
  readonly submittedOn?: string;
  readonly lastModified: string;
  /** Who created the item, as SharePoint recorded it (`createdBy.user.id`); undefined while only in the outbox. */
  readonly authorId?: string;
}

/** What the app writes for an assessment. */
export type AssessmentDraft = Omit<Assessment, 'id' | 'eTag' | 'lastModified' | 'authorId'>;

/** Fields the app reads from the Assessments list. */
export const ASSESSMENT_SELECT = [
  'Title',
  'SubmissionId',
  'ModelId',
  'ModelVersion',
  'Scope',
  'TeamId',
  'ChannelId',
  'CoordinatorUpn',
  'AssessmentStatus',
  'TargetsJson',
  'ConsensusJson',
  'ScoreSummaryJson',
  'SubmittedOn',
] as const;

const assessmentFieldsSchema = z.object({
  Title: optionalTextField,
  SubmissionId: requiredTextField,
  ModelId: requiredTextField,
  ModelVersion: requiredTextField,
  Scope: requiredChoiceField(ASSESSMENT_SCOPE_IDS),
  TeamId: optionalTextField,
  ChannelId: optionalTextField,
  CoordinatorUpn: optionalTextField,
  AssessmentStatus: requiredChoiceField(ASSESSMENT_STATUS_IDS),
  TargetsJson: jsonTextField(assessmentTargetsSchema, {}),
  ConsensusJson: jsonTextField(assessmentAnswersSchema, {}),
  ScoreSummaryJson: jsonTextField(scoreSummarySchema.optional(), undefined),
  SubmittedOn: optionalDateTimeField,
});

/** Maps one raw Graph item of the Assessments list. */
export function parseAssessmentItem(raw: unknown): ItemParseResult<Assessment> {
  return parseListItem(raw, assessmentFieldsSchema, (meta, fields) => ({
    id: meta.id,
    eTag: meta.eTag,
    lastModified: meta.lastModified,
    ...optionalEntry('authorId', meta.authorId),
    submissionId: fields.SubmissionId,
    title: fields.Title ?? '',
    modelId: fields.ModelId,
    modelVersion: fields.ModelVersion,
    scope: fields.Scope,
    ...optionalEntry('teamId', fields.TeamId),
    ...optionalEntry('channelId', fields.ChannelId),
    ...optionalEntry('coordinatorUpn', fields.CoordinatorUpn),
    status: fields.AssessmentStatus,
    targets: fields.TargetsJson,
    consensus: fields.ConsensusJson,
    ...optionalEntry('scoreSummary', fields.ScoreSummaryJson),
    ...optionalEntry('submittedOn', fields.SubmittedOn),
  }));
}

/** Maps raw Graph items of the Assessments list; malformed items are skipped with a reason. */
export function readAssessments(rawItems: readonly unknown[]): ListReadResult<Assessment> {
  return readListItems(rawItems, parseAssessmentItem);
}

/** The Graph `fields` object for creating or updating an assessment. */
export function toAssessmentFields(draft: AssessmentDraft, mode: FieldWriteMode = 'create'): GraphFields {
  return {
    Title: draft.title,
    SubmissionId: draft.submissionId,
    ModelId: draft.modelId,
    ModelVersion: draft.modelVersion,
    Scope: draft.scope,
    ...optionalField('TeamId', draft.teamId, mode),
    ...optionalField('ChannelId', draft.channelId, mode),
    ...optionalField('CoordinatorUpn', draft.coordinatorUpn, mode),
    AssessmentStatus: draft.status,
    TargetsJson: jsonField(draft.targets),
    ConsensusJson: jsonField(draft.consensus),
    ...optionalField('ScoreSummaryJson', draft.scoreSummary === undefined ? undefined : jsonField(draft.scoreSummary), mode),
    ...optionalField('SubmittedOn', draft.submittedOn, mode),
  };
}
