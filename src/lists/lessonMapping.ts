import { z } from 'zod';
import { optionalField, type FieldWriteMode, type GraphFields } from './graphFields';
import { optionalChoiceField, optionalDateTimeField, optionalTextField, requiredChoiceField, requiredTextField } from './graphFieldSchemas';
import { parseListItem, readListItems, type ItemParseResult, type ListReadResult } from './listReadResult';
import { optionalEntry } from './optionalEntry';
import { PROCESS_STEP_IDS, THEME_IDS, type ProcessStepId, type ThemeId } from './vocabulary';
import { TLP_IDS, type TlpId } from './incidentVocabulary';

/** A redacted lesson from an incident, shareable with peers according to its TLP label. */
export interface Lesson {
  readonly id: string;
  readonly eTag: string;
  readonly submissionId: string;
  readonly title: string;
  /** The source case's SubmissionId; absent when the lesson stands on its own. */
  readonly caseId?: string;
  readonly theme: ThemeId;
  readonly processStep?: ProcessStepId;
  /** Text checked for personal data before it was saved. */
  readonly redactedText: string;
  readonly tlp: TlpId;
  readonly publishedOn?: string;
  /**
   * Ids of the maturity-model questions the lesson concerns, so a self-assessment can
   * show the lessons behind a theme. Absent when the lesson is linked to none.
   */
  readonly maturityQuestionIds?: readonly string[];
  readonly lastModified: string;
}

/** What the app writes for a lesson. */
export type LessonDraft = Omit<Lesson, 'id' | 'eTag' | 'lastModified'>;

/** Fields the app reads from the Lessons list. */
export const LESSON_SELECT = ['Title', 'SubmissionId', 'CaseId', 'Theme', 'ProcessStep', 'RedactedText', 'Tlp', 'PublishedOn', 'MaturityQuestionIds'] as const;

/** Question ids as the model allows them (lower case, digits, dots, dashes); anything else in the column is ignored. */
const QUESTION_ID = /^[a-z0-9][a-z0-9.-]*$/;

/**
 * Reads the MaturityQuestionIds column: ids separated by `;` (a plain text column, so an
 * admin can read and edit it in SharePoint). Unknown shapes are dropped, duplicates kept once.
 */
export function parseMaturityQuestionIds(value: string | undefined): readonly string[] {
  if (value === undefined) return [];
  const ids = value
    .split(/[;\s]+/u)
    .map((id) => id.trim())
    .filter((id) => QUESTION_ID.test(id));
  return [...new Set(ids)];
}

const lessonFieldsSchema = z.object({
  Title: optionalTextField,
  SubmissionId: requiredTextField,
  CaseId: optionalTextField,
  Theme: requiredChoiceField(THEME_IDS),
  ProcessStep: optionalChoiceField(PROCESS_STEP_IDS),
  RedactedText: requiredTextField,
  Tlp: requiredChoiceField(TLP_IDS),
  PublishedOn: optionalDateTimeField,
  MaturityQuestionIds: optionalTextField,
});

/** Maps one raw Graph item of the Lessons list. */
export function parseLessonItem(raw: unknown): ItemParseResult<Lesson> {
  return parseListItem(raw, lessonFieldsSchema, (meta, fields) => ({
    id: meta.id,
    eTag: meta.eTag,
    lastModified: meta.lastModified,
    submissionId: fields.SubmissionId,
    title: fields.Title ?? '',
    ...optionalEntry('caseId', fields.CaseId),
    theme: fields.Theme,
    ...optionalEntry('processStep', fields.ProcessStep),
    redactedText: fields.RedactedText,
    tlp: fields.Tlp,
    ...optionalEntry('publishedOn', fields.PublishedOn),
    ...linkedQuestions(parseMaturityQuestionIds(fields.MaturityQuestionIds)),
  }));
}

function linkedQuestions(ids: readonly string[]): { readonly maturityQuestionIds?: readonly string[] } {
  return ids.length === 0 ? {} : { maturityQuestionIds: ids };
}

/** Maps raw Graph items of the Lessons list; malformed items are skipped with a reason. */
export function readLessons(rawItems: readonly unknown[]): ListReadResult<Lesson> {
  return readListItems(rawItems, parseLessonItem);
}

/** The Graph `fields` object for creating or updating a lesson. */
export function toLessonFields(draft: LessonDraft, mode: FieldWriteMode = 'create'): GraphFields {
  return {
    Title: draft.title,
    SubmissionId: draft.submissionId,
    ...optionalField('CaseId', draft.caseId, mode),
    Theme: draft.theme,
    ...optionalField('ProcessStep', draft.processStep, mode),
    RedactedText: draft.redactedText,
    Tlp: draft.tlp,
    ...optionalField('PublishedOn', draft.publishedOn, mode),
    ...optionalField('MaturityQuestionIds', draft.maturityQuestionIds === undefined || draft.maturityQuestionIds.length === 0 ? undefined : draft.maturityQuestionIds.join(';'), mode),
  };
}
