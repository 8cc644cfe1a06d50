import { z } from 'zod';
import { multiChoiceFields, optionalField, type FieldWriteMode, type GraphFields } from './graphFields';
import {
  keywordListField,
  multiChoiceField,
  optionalDateTimeField,
  optionalHttpUrlField,
  optionalTextField,
  requiredChoiceField,
  requiredMultiChoiceField,
  requiredTextField,
  type Hyperlink,
} from './graphFieldSchemas';
import { parseListItem, readListItems, type ItemParseResult, type ListReadResult } from './listReadResult';
import { optionalEntry } from './optionalEntry';
import { unwrapRichText } from './sharePointRichText';
import {
  AUDIENCE_IDS,
  INSTRUMENT_STATUS_IDS,
  INSTRUMENT_TYPE_IDS,
  LANGUAGE_IDS,
  PROCESS_STEP_IDS,
  THEME_IDS,
  type AudienceId,
  type InstrumentStatusId,
  type InstrumentTypeId,
  type LanguageId,
  type ProcessStepId,
  type ThemeId,
} from './vocabulary';

/** An instrument of the platform, as the library shows it. */
export interface Instrument {
  readonly id: string;
  readonly eTag: string;
  /** Stable slug from the catalog; imports upsert on it. */
  readonly key: string;
  readonly title: string;
  readonly summary: string;
  /** Rich text exactly as stored: NOT sanitised, the view must sanitise before rendering. */
  readonly bodyHtml: string;
  readonly themes: readonly ThemeId[];
  readonly processSteps: readonly ProcessStepId[];
  readonly type: InstrumentTypeId;
  readonly audience: readonly AudienceId[];
  readonly language: LanguageId;
  readonly documentUrl?: Hyperlink;
  readonly sourceOrganisation?: string;
  /** ISO 8601 date-time. */
  readonly publishedOn?: string;
  /** Keywords, matched to maturity-model questions. */
  readonly tags: readonly string[];
  readonly status: InstrumentStatusId;
  /** ISO 8601 date-time of the last change. */
  readonly lastModified: string;
}

/** What the app writes for an instrument: everything but the server-owned properties. */
export type InstrumentDraft = Omit<Instrument, 'id' | 'eTag' | 'lastModified'>;

/** Fields the app reads from the Instruments list (`expand=fields(select=...)`). */
export const INSTRUMENT_SELECT = [
  'Title',
  'InstrumentKey',
  'Summary',
  'Body',
  'Themes',
  'ProcessSteps',
  'InstrumentType',
  'Audience',
  'Language',
  'DocumentLink',
  'DocumentLabel',
  'SourceOrganisation',
  'PublishedOn',
  'Tags',
  'Status',
] as const;

const instrumentFieldsSchema = z.object({
  Title: requiredTextField,
  InstrumentKey: requiredTextField,
  Summary: requiredTextField,
  Body: optionalTextField,
  Themes: requiredMultiChoiceField(THEME_IDS),
  ProcessSteps: multiChoiceField(PROCESS_STEP_IDS),
  InstrumentType: requiredChoiceField(INSTRUMENT_TYPE_IDS),
  Audience: multiChoiceField(AUDIENCE_IDS),
  Language: requiredChoiceField(LANGUAGE_IDS),
  DocumentLink: optionalHttpUrlField,
  DocumentLabel: optionalTextField,
  SourceOrganisation: optionalTextField,
  PublishedOn: optionalDateTimeField,
  Tags: keywordListField,
  Status: requiredChoiceField(INSTRUMENT_STATUS_IDS),
});

/** Maps one raw Graph item of the Instruments list. */
export function parseInstrumentItem(raw: unknown): ItemParseResult<Instrument> {
  return parseListItem(raw, instrumentFieldsSchema, (meta, fields) => ({
    id: meta.id,
    eTag: meta.eTag,
    lastModified: meta.lastModified,
    key: fields.InstrumentKey,
    title: fields.Title,
    summary: fields.Summary,
    // Without the wrapper SharePoint adds on save: the HTML as written.
    bodyHtml: unwrapRichText(fields.Body ?? ''),
    themes: fields.Themes,
    processSteps: fields.ProcessSteps,
    type: fields.InstrumentType,
    audience: fields.Audience,
    language: fields.Language,
    ...optionalEntry('documentUrl', fields.DocumentLink === undefined ? undefined : { url: fields.DocumentLink, description: fields.DocumentLabel ?? fields.DocumentLink }),
    ...optionalEntry('sourceOrganisation', fields.SourceOrganisation),
    ...optionalEntry('publishedOn', fields.PublishedOn),
    tags: fields.Tags,
    status: fields.Status,
  }));
}

/** Maps raw Graph items of the Instruments list; malformed items are skipped with a reason. */
export function readInstruments(rawItems: readonly unknown[]): ListReadResult<Instrument> {
  return readListItems(rawItems, parseInstrumentItem);
}

/** The Graph `fields` object for creating or updating an instrument. */
export function toInstrumentFields(draft: InstrumentDraft, mode: FieldWriteMode = 'create'): GraphFields {
  return {
    Title: draft.title,
    InstrumentKey: draft.key,
    Summary: draft.summary,
    Body: draft.bodyHtml,
    ...multiChoiceFields('Themes', draft.themes),
    ...multiChoiceFields('ProcessSteps', draft.processSteps),
    InstrumentType: draft.type,
    ...multiChoiceFields('Audience', draft.audience),
    Language: draft.language,
    ...optionalField('DocumentLink', draft.documentUrl?.url, mode),
    ...optionalField('DocumentLabel', draft.documentUrl?.description, mode),
    ...optionalField('SourceOrganisation', draft.sourceOrganisation, mode),
    ...optionalField('PublishedOn', draft.publishedOn, mode),
    Tags: draft.tags.join(';'),
    Status: draft.status,
  };
}
