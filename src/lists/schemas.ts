import type { ColumnDefinition, ListSchema } from './listSchema';
import { AUDIENCE_IDS, INSTRUMENT_STATUS_IDS, INSTRUMENT_TYPE_IDS, LANGUAGE_IDS, PROCESS_STEP_IDS, THEME_IDS } from './vocabulary';
import { ASSESSMENT_SCOPE_IDS, ASSESSMENT_STATUS_IDS, RESPONSE_STATUS_IDS } from './assessmentVocabulary';
import { ACTION_STATUS_IDS, CASE_STATUS_IDS, INCIDENT_KIND_IDS, TLP_IDS } from './incidentVocabulary';
import { optionalEntry } from './optionalEntry';

/**
 * The app's SharePoint lists: the single source of truth for the app's reads and
 * writes, the emulator's seed and provisioning. Links between lists are text columns
 * holding the other item's client-generated SubmissionId rather than lookup columns:
 * an outbox can then write a child before its parent has a server id, and a list can
 * be provisioned without knowing another list's GUID.
 */

/** Client-generated id of every item the app creates: a retried submit never duplicates. */
const submissionId: ColumnDefinition = {
  name: 'SubmissionId',
  text: { maxLength: 64 },
  indexed: true,
  required: true,
  enforceUniqueValues: true,
};

/**
 * The SubmissionId of a list with item-level permissions: each user reads only the items
 * they created (ReadSecurity 2, src/sharepoint/permissionModel.ts), or items get their own
 * permissions (an action's owner). SharePoint does not combine either with a column that
 * enforces unique values (decision 2), so here it is only indexed. The outbox still finds
 * its own item before it creates one, and readers keep the newest of two items with one
 * SubmissionId (two devices of one user racing).
 */
const { enforceUniqueValues: _unique, ...itemSecuredSubmissionId } = submissionId;

const multiLine = (name: string, required = false): ColumnDefinition => ({
  name,
  text: { allowMultipleLines: true, textType: 'plain' },
  required,
});

const singleLine = (name: string, options: { indexed?: boolean; required?: boolean } = {}): ColumnDefinition => ({
  name,
  text: { maxLength: 255 },
  ...options,
});

const choice = (
  name: string,
  choices: readonly string[],
  options: { indexed?: boolean; required?: boolean; multi?: boolean } = {},
): ColumnDefinition => ({
  name,
  choice: { choices, displayAs: options.multi === true ? 'checkBoxes' : 'dropDownMenu' },
  ...optionalEntry('indexed', options.indexed),
  ...optionalEntry('required', options.required),
});

const dateTime = (name: string, options: { indexed?: boolean; required?: boolean } = {}): ColumnDefinition => ({
  name,
  dateTime: { format: 'dateTime' },
  ...options,
});

export const instrumentsList: ListSchema = {
  displayName: 'Instruments',
  description: 'Instrumenten van het Platform Integrale Veiligheid Hoger Onderwijs',
  confidential: false,
  columns: [
    // Stable key so a catalog import upserts instead of duplicating.
    { name: 'InstrumentKey', text: { maxLength: 128 }, indexed: true, required: true, enforceUniqueValues: true },
    multiLine('Summary', true),
    { name: 'Body', text: { allowMultipleLines: true, textType: 'richText' } },
    choice('Themes', THEME_IDS, { multi: true, required: true }),
    choice('ProcessSteps', PROCESS_STEP_IDS, { multi: true }),
    choice('InstrumentType', INSTRUMENT_TYPE_IDS, { indexed: true, required: true }),
    choice('Audience', AUDIENCE_IDS, { multi: true }),
    choice('Language', LANGUAGE_IDS, { indexed: true, required: true }),
    // Plain text, not a hyperlink column: Graph cannot show a hyperlink column's type and
    // writes to one are refused (docs/decisions.md #14). Multi-line: links can be longer than 255.
    multiLine('DocumentLink'),
    singleLine('DocumentLabel'),
    singleLine('SourceOrganisation'),
    dateTime('PublishedOn', { indexed: true }),
    multiLine('Tags'),
    choice('Status', INSTRUMENT_STATUS_IDS, { indexed: true, required: true }),
  ],
  retiredColumns: [
    {
      name: 'DocumentUrl',
      note: 'is the hyperlink column of version 0.1; the app reads DocumentLink and DocumentLabel now (Graph cannot show a hyperlink column\'s type and refuses writes to one). Run `npm run import-catalog` with your catalog to fill them, then delete DocumentUrl in the list settings when you like',
    },
  ],
};

export const assessmentsList: ListSchema = {
  displayName: 'Assessments',
  description: 'Zelfevaluaties (volwassenheid) per team of persoon',
  confidential: false,
  columns: [
    submissionId,
    singleLine('ModelId', { indexed: true, required: true }),
    singleLine('ModelVersion', { required: true }),
    choice('Scope', ASSESSMENT_SCOPE_IDS, { indexed: true, required: true }),
    singleLine('TeamId', { indexed: true }),
    singleLine('ChannelId', { indexed: true }),
    singleLine('CoordinatorUpn', { indexed: true }),
    choice('AssessmentStatus', ASSESSMENT_STATUS_IDS, { indexed: true, required: true }),
    multiLine('TargetsJson'),
    multiLine('ConsensusJson'),
    multiLine('ScoreSummaryJson'),
    dateTime('SubmittedOn', { indexed: true }),
  ],
};

export const assessmentResponsesList: ListSchema = {
  displayName: 'AssessmentResponses',
  description: 'Antwoorden van één beoordelaar binnen een zelfevaluatie',
  confidential: false,
  columns: [
    itemSecuredSubmissionId,
    // The parent assessment's SubmissionId.
    singleLine('AssessmentId', { indexed: true, required: true }),
    singleLine('AssessorUpn', { indexed: true, required: true }),
    choice('ResponseStatus', RESPONSE_STATUS_IDS, { indexed: true, required: true }),
    multiLine('AnswersJson'),
    dateTime('UpdatedOn', { indexed: true }),
  ],
};

export const incidentCasesList: ListSchema = {
  displayName: 'IncidentCases',
  description: 'Vertrouwelijke incidentdossiers: alleen toegankelijk voor wie casussen mag zien',
  confidential: true,
  columns: [
    itemSecuredSubmissionId,
    choice('Kind', INCIDENT_KIND_IDS, { indexed: true, required: true }),
    dateTime('OccurredOn', { indexed: true }),
    dateTime('DiscoveredOn'),
    choice('Theme', THEME_IDS, { indexed: true }),
    choice('ProcessStep', PROCESS_STEP_IDS),
    { name: 'Impact', number: { decimalPlaces: 'none', minimum: 1, maximum: 4 } },
    multiLine('WhatHappened', true),
    multiLine('TimelineJson'),
    multiLine('ContributingFactorsJson'),
    multiLine('WentWell'),
    multiLine('WentWrong'),
    multiLine('Lucky'),
    multiLine('LessonsText'),
    choice('CaseStatus', CASE_STATUS_IDS, { indexed: true, required: true }),
    { name: 'PersonalDataInvolved', boolean: {}, indexed: true },
    dateTime('BreachAwareOn', { indexed: true }),
    multiLine('BreachJson'),
    // The Cyberbeveiligingswet (NIS2) steps of a significant incident (issue 16).
    multiLine('CyberIncidentJson'),
    singleLine('ReporterUpn', { indexed: true }),
  ],
};

export const lessonsList: ListSchema = {
  displayName: 'Lessons',
  description: 'Geanonimiseerde lessen uit incidenten, deelbaar volgens hun TLP-label',
  confidential: false,
  columns: [
    submissionId,
    singleLine('CaseId', { indexed: true }),
    choice('Theme', THEME_IDS, { indexed: true, required: true }),
    choice('ProcessStep', PROCESS_STEP_IDS),
    multiLine('RedactedText', true),
    choice('Tlp', TLP_IDS, { indexed: true, required: true }),
    dateTime('PublishedOn', { indexed: true }),
    // Maturity-model question ids separated by ';' (the self-assessment shows the lessons behind a theme).
    multiLine('MaturityQuestionIds'),
  ],
};

/**
 * Lessons labelled TLP:RED or TLP:AMBER+STRICT: the same columns as Lessons, in a list only
 * the case team may read, so they never sit in a list every staff member reads (issue 15).
 */
export const restrictedLessonsList: ListSchema = {
  ...lessonsList,
  displayName: 'RestrictedLessons',
  description: 'Lessen met TLP:RED of TLP:AMBER+STRICT: alleen voor het casusteam',
  confidential: true,
};

export const actionsList: ListSchema = {
  displayName: 'Actions',
  description: 'Verbeteracties bij incidentdossiers',
  confidential: false,
  columns: [
    itemSecuredSubmissionId,
    singleLine('CaseId', { indexed: true, required: true }),
    singleLine('OwnerUpn', { indexed: true }),
    singleLine('OwnerName'),
    dateTime('DueOn', { indexed: true }),
    choice('ActionStatus', ACTION_STATUS_IDS, { indexed: true, required: true }),
    multiLine('EffectivenessCheck'),
  ],
};

/**
 * The art. 33(5) register of personal-data breaches: one minimal record per breach (the
 * case's breach record, no free text of the case), written by `npm run retention` before
 * it removes an expired case, so the register outlives the case. Case team only.
 */
export const breachRegisterList: ListSchema = {
  displayName: 'BreachRegister',
  description: 'Register van datalekken (AVG art. 33 lid 5): blijft bestaan als het dossier is verwijderd',
  confidential: true,
  columns: [submissionId, singleLine('CaseId', { indexed: true, required: true }), dateTime('BreachAwareOn', { indexed: true }), multiLine('BreachJson', true)],
};

/**
 * Reports of a suspected wrongdoing under the Wet bescherming klokkenluiders (issue 16):
 * readable by the confidential advisers and by each reporter for their own report, never
 * by the case team; an adviser forwards what the case team needs as a case of their own,
 * so the case team never learns who reported.
 */
export const confidentialReportsList: ListSchema = {
  displayName: 'ConfidentialReports',
  description: 'Meldingen van een vermoeden van een misstand (Wet bescherming klokkenluiders): alleen de vertrouwenspersonen',
  confidential: true,
  columns: [
    itemSecuredSubmissionId,
    choice('Theme', THEME_IDS),
    multiLine('WhatHappened', true),
    singleLine('ReporterUpn'),
    dateTime('AcknowledgedOn'),
    dateTime('FeedbackOn'),
    singleLine('ForwardedCaseId'),
  ],
};

/**
 * One item per reminder of a legal clock that went out to Teams' activity feed (issue 16,
 * item 6). There is no server to remember it: the first case-team member whose app finds
 * a reminder due creates its item, and only the one whose create succeeds sends it; the
 * unique SubmissionId (the reminder's key) makes every other device get 409. Case team only.
 */
export const remindersList: ListSchema = {
  displayName: 'Reminders',
  description: 'Verstuurde herinneringen aan de wettelijke termijnen: één item per herinnering, zodat die één keer gaat',
  confidential: true,
  // The reminder's key is its SubmissionId: unique, so the second record of a reminder is a 409.
  columns: [submissionId, singleLine('CaseId', { indexed: true, required: true })],
};

/**
 * The Reminders list's twin for the Wbk deadlines of reports of a suspected wrongdoing:
 * one item per reminder the confidential advisers were sent. Apart from Reminders, so the
 * case team never learns from a reminder's key that a report exists. Advisers only.
 */
export const confidentialRemindersList: ListSchema = {
  ...remindersList,
  displayName: 'ConfidentialReminders',
  description: 'Verstuurde herinneringen aan de termijnen van de Wet bescherming klokkenluiders: alleen de vertrouwenspersonen',
};

/** Every list the app needs, in provisioning order. */
export const ALL_LISTS: readonly ListSchema[] = [
  instrumentsList,
  assessmentsList,
  assessmentResponsesList,
  incidentCasesList,
  lessonsList,
  restrictedLessonsList,
  actionsList,
  breachRegisterList,
  confidentialReportsList,
  remindersList,
  confidentialRemindersList,
];
