import { z } from 'zod';
import { optionalField, type FieldWriteMode, type GraphFields } from './graphFields';
import { optionalChoiceField, optionalDateTimeField, optionalTextField, requiredTextField } from './graphFieldSchemas';
import { parseListItem, readListItems, type ItemParseResult, type ListReadResult } from './listReadResult';
import { optionalEntry } from './optionalEntry';
import { THEME_IDS, type ThemeId } from './vocabulary';

/**
 * A report of a suspected wrongdoing (Wet bescherming klokkenluiders) in the
 * ConfidentialReports list: only the confidential advisers and the reporter read it.
 */
export interface ConfidentialReport {
  readonly id: string;
  readonly eTag: string;
  readonly submissionId: string;
  readonly title: string;
  readonly theme?: ThemeId;
  readonly whatHappened: string;
  readonly reporterUpn?: string;
  /** When SharePoint received it (`createdDateTime`): the Wbk's seven days start here. */
  readonly receivedOn?: string;
  /** When the adviser acknowledged receipt to the reporter. */
  readonly acknowledgedOn?: string;
  /** When the adviser gave the reporter feedback on the follow-up. */
  readonly feedbackOn?: string;
  /** The SubmissionId of the case the adviser made for the case team, without the reporter. */
  readonly forwardedCaseId?: string;
  readonly lastModified: string;
  /** Who wrote the report (SharePoint's `createdBy`): the reporter. */
  readonly authorId?: string;
  /** Who changed it last (`lastModifiedBy`): a confidential adviser, once it was handled. */
  readonly lastModifiedById?: string;
}

/** What the app writes for a report. */
export type ConfidentialReportDraft = Omit<ConfidentialReport, 'id' | 'eTag' | 'lastModified' | 'receivedOn' | 'authorId' | 'lastModifiedById'>;

/** Fields the app reads from the ConfidentialReports list. */
export const CONFIDENTIAL_REPORT_SELECT = ['Title', 'SubmissionId', 'Theme', 'WhatHappened', 'ReporterUpn', 'AcknowledgedOn', 'FeedbackOn', 'ForwardedCaseId'] as const;

const confidentialReportFieldsSchema = z.object({
  Title: optionalTextField,
  SubmissionId: requiredTextField,
  Theme: optionalChoiceField(THEME_IDS),
  WhatHappened: requiredTextField,
  ReporterUpn: optionalTextField,
  AcknowledgedOn: optionalDateTimeField,
  FeedbackOn: optionalDateTimeField,
  ForwardedCaseId: optionalTextField,
});

/** Maps one raw Graph item of the ConfidentialReports list. */
export function parseConfidentialReportItem(raw: unknown): ItemParseResult<ConfidentialReport> {
  return parseListItem(raw, confidentialReportFieldsSchema, (meta, fields) => ({
    id: meta.id,
    eTag: meta.eTag,
    lastModified: meta.lastModified,
    ...optionalEntry('receivedOn', meta.created),
    ...optionalEntry('authorId', meta.authorId),
    ...optionalEntry('lastModifiedById', meta.lastModifiedById),
    submissionId: fields.SubmissionId,
    title: fields.Title ?? '',
    ...optionalEntry('theme', fields.Theme),
    whatHappened: fields.WhatHappened,
    ...optionalEntry('reporterUpn', fields.ReporterUpn),
    ...optionalEntry('acknowledgedOn', fields.AcknowledgedOn),
    ...optionalEntry('feedbackOn', fields.FeedbackOn),
    ...optionalEntry('forwardedCaseId', fields.ForwardedCaseId),
  }));
}

/** Maps raw Graph items of the ConfidentialReports list; malformed items are skipped with a reason. */
export function readConfidentialReports(rawItems: readonly unknown[]): ListReadResult<ConfidentialReport> {
  return readListItems(rawItems, parseConfidentialReportItem);
}

/** The Graph `fields` object for creating or updating a report. */
export function toConfidentialReportFields(draft: ConfidentialReportDraft, mode: FieldWriteMode = 'create'): GraphFields {
  return {
    Title: draft.title,
    SubmissionId: draft.submissionId,
    ...optionalField('Theme', draft.theme, mode),
    WhatHappened: draft.whatHappened,
    ...optionalField('ReporterUpn', draft.reporterUpn, mode),
    ...optionalField('AcknowledgedOn', draft.acknowledgedOn, mode),
    ...optionalField('FeedbackOn', draft.feedbackOn, mode),
    ...optionalField('ForwardedCaseId', draft.forwardedCaseId, mode),
  };
}
