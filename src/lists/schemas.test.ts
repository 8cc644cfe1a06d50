import { ASSESSMENT_SELECT, toAssessmentFields } from './assessmentMapping';
import { ASSESSMENT_RESPONSE_SELECT, toAssessmentResponseFields } from './assessmentResponseMapping';
import type { GraphFields } from './graphFields';
import { IMPROVEMENT_ACTION_SELECT, toImprovementActionFields } from './improvementActionMapping';
import { INCIDENT_CASE_SELECT, toIncidentCaseFields } from './incidentCaseMapping';
import { INSTRUMENT_SELECT, toInstrumentFields } from './instrumentMapping';
import { LESSON_SELECT, toLessonFields } from './lessonMapping';
import { columnKind, type ColumnDefinition, type ListSchema } from './listSchema';
import { BREACH_REGISTER_SELECT, toBreachRegisterFields } from './breachRegisterMapping';
import { CONFIDENTIAL_REPORT_SELECT, toConfidentialReportFields } from './confidentialReportMapping';
import { REMINDER_SELECT, toReminderFields } from './reminderMapping';
import { ALL_LISTS, actionsList, breachRegisterList, confidentialReportsList, remindersList, confidentialRemindersList, assessmentResponsesList, assessmentsList, incidentCasesList, instrumentsList, lessonsList, restrictedLessonsList } from './schemas';
import { LIST_PROTECTIONS } from '../sharepoint/permissionModel';
import { AUDIENCE_IDS, INSTRUMENT_STATUS_IDS, INSTRUMENT_TYPE_IDS, LANGUAGE_IDS, PROCESS_STEP_IDS, THEME_IDS } from './vocabulary';
import { ASSESSMENT_SCOPE_IDS, ASSESSMENT_STATUS_IDS, RESPONSE_STATUS_IDS } from './assessmentVocabulary';
import { ACTION_STATUS_IDS, CASE_STATUS_IDS, INCIDENT_KIND_IDS, TLP_IDS } from './incidentVocabulary';

const FACETS = ['text', 'choice', 'number', 'dateTime', 'boolean', 'hyperlinkOrPicture', 'personOrGroup'] as const;

/** Every choice column and the vocabulary it must offer, per list. */
const EXPECTED_CHOICES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Instruments: {
    Themes: THEME_IDS,
    ProcessSteps: PROCESS_STEP_IDS,
    InstrumentType: INSTRUMENT_TYPE_IDS,
    Audience: AUDIENCE_IDS,
    Language: LANGUAGE_IDS,
    Status: INSTRUMENT_STATUS_IDS,
  },
  Assessments: { Scope: ASSESSMENT_SCOPE_IDS, AssessmentStatus: ASSESSMENT_STATUS_IDS },
  AssessmentResponses: { ResponseStatus: RESPONSE_STATUS_IDS },
  IncidentCases: { Kind: INCIDENT_KIND_IDS, Theme: THEME_IDS, ProcessStep: PROCESS_STEP_IDS, CaseStatus: CASE_STATUS_IDS },
  Lessons: { Theme: THEME_IDS, ProcessStep: PROCESS_STEP_IDS, Tlp: TLP_IDS },
  RestrictedLessons: { Theme: THEME_IDS, ProcessStep: PROCESS_STEP_IDS, Tlp: TLP_IDS },
  Actions: { ActionStatus: ACTION_STATUS_IDS },
  ConfidentialReports: { Theme: THEME_IDS },
};

/** Per list: the fields the app selects and the fields its writer produces (update mode writes every column). */
const MAPPINGS: readonly { list: ListSchema; select: readonly string[]; written: GraphFields }[] = [
  {
    list: instrumentsList,
    select: INSTRUMENT_SELECT,
    written: toInstrumentFields(
      { key: 'k', title: 't', summary: 's', bodyHtml: '', themes: ['privacy'], processSteps: [], type: 'tool', audience: [], language: 'nl', tags: [], status: 'published' },
      'update',
    ),
  },
  {
    list: assessmentsList,
    select: ASSESSMENT_SELECT,
    written: toAssessmentFields({ submissionId: 's', title: 't', modelId: 'm', modelVersion: '1', scope: 'team', status: 'open', targets: {}, consensus: {} }, 'update'),
  },
  {
    list: assessmentResponsesList,
    select: ASSESSMENT_RESPONSE_SELECT,
    written: toAssessmentResponseFields({ submissionId: 's', title: 't', assessmentId: 'a', assessorUpn: 'u', status: 'inProgress', answers: {} }, 'update'),
  },
  {
    list: incidentCasesList,
    select: INCIDENT_CASE_SELECT,
    written: toIncidentCaseFields(
      { submissionId: 's', title: 't', kind: 'incident', whatHappened: 'w', timeline: [], contributingFactors: { whys: [], factors: [] }, status: 'draft', personalDataInvolved: false },
      'update',
    ),
  },
  {
    list: lessonsList,
    select: LESSON_SELECT,
    written: toLessonFields({ submissionId: 's', title: 't', theme: 'privacy', redactedText: 'r', tlp: 'GREEN' }, 'update'),
  },
  {
    list: restrictedLessonsList,
    select: LESSON_SELECT,
    written: toLessonFields({ submissionId: 's', title: 't', theme: 'privacy', redactedText: 'r', tlp: 'RED' }, 'update'),
  },
  {
    list: actionsList,
    select: IMPROVEMENT_ACTION_SELECT,
    written: toImprovementActionFields({ submissionId: 's', title: 't', caseId: 'c', status: 'open' }, 'update'),
  },
  {
    list: breachRegisterList,
    select: BREACH_REGISTER_SELECT,
    written: toBreachRegisterFields({ submissionId: 's', title: 't', caseId: 'c', breach: { types: ['confidentiality'] } }, 'update'),
  },
  {
    list: confidentialReportsList,
    select: CONFIDENTIAL_REPORT_SELECT,
    written: toConfidentialReportFields({ submissionId: 's', title: 't', whatHappened: 'w' }, 'update'),
  },
  { list: remindersList, select: REMINDER_SELECT, written: toReminderFields({ key: 'breach:c:24h', caseId: 'c' }) },
  { list: confidentialRemindersList, select: REMINDER_SELECT, written: toReminderFields({ key: 'wbk:r:acknowledgement', caseId: 'r' }) },
];

const columnNames = (list: ListSchema): Set<string> => new Set(['Title', ...list.columns.map((column) => column.name)]);

describe.each(ALL_LISTS.map((list) => [list.displayName, list] as const))('list %s', (_name, list) => {
  it('gives every column exactly one facet', () => {
    for (const column of list.columns) {
      const facets = FACETS.filter((facet) => column[facet] !== undefined);
      expect({ column: column.name, facets }).toEqual({ column: column.name, facets: [columnKind(column)] });
    }
  });

  it('indexes every unique column', () => {
    const uniqueNotIndexed = list.columns.filter((column) => column.enforceUniqueValues === true && column.indexed !== true);
    expect(uniqueNotIndexed.map((column) => column.name)).toEqual([]);
  });

  it('uses internal names without spaces, unique within the list and not clashing with Title', () => {
    const names = list.columns.map((column) => column.name);
    expect(names.filter((name) => !/^[A-Za-z][A-Za-z0-9_]*$/.test(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('Title');
    expect(list.displayName).toMatch(/^\S+$/);
  });

  it('offers exactly the vocabulary in its choice columns', () => {
    const choiceColumns = list.columns.filter((column): column is ColumnDefinition & { choice: NonNullable<ColumnDefinition['choice']> } => column.choice !== undefined);
    const actual = Object.fromEntries(choiceColumns.map((column) => [column.name, [...column.choice.choices]]));
    const expected = Object.fromEntries(Object.entries(EXPECTED_CHOICES[list.displayName] ?? {}).map(([name, ids]) => [name, [...ids]]));
    expect(actual).toEqual(expected);
  });
});

describe('SubmissionId', () => {
  /**
   * Lists with item-level permissions, where SharePoint allows no unique column: each user
   * reads only their own items, or (Actions) provisioning gives an item its owner's permissions.
   */
  const itemSecured = new Set([...LIST_PROTECTIONS.filter((protection) => protection.readSecurity === 2).map((protection) => protection.list), actionsList.displayName]);

  it.each(ALL_LISTS.filter((list) => list !== instrumentsList).map((list) => [list.displayName, list] as const))(
    'is a required, indexed text column of %s, unique unless the list has item-level permissions',
    (_name, list) => {
      const column = list.columns.find((candidate) => candidate.name === 'SubmissionId');
      expect(column).toBeDefined();
      expect(column?.text).toBeDefined();
      expect(column?.required).toBe(true);
      expect(column?.indexed).toBe(true);
      expect(column?.enforceUniqueValues === true).toBe(!itemSecured.has(list.displayName));
    },
  );

  it('is not unique in exactly the lists with item-level permissions', () => {
    expect([...itemSecured].sort()).toEqual(['Actions', 'AssessmentResponses', 'ConfidentialReports', 'IncidentCases']);
    const uniqueColumns = (list: ListSchema): readonly string[] => list.columns.filter((column) => column.enforceUniqueValues === true).map((column) => column.name);
    expect(ALL_LISTS.filter((list) => itemSecured.has(list.displayName)).flatMap(uniqueColumns)).toEqual([]);
  });

  it('is not used by Instruments, which upserts on a unique InstrumentKey instead', () => {
    const key = instrumentsList.columns.find((column) => column.name === 'InstrumentKey');
    expect(instrumentsList.columns.some((column) => column.name === 'SubmissionId')).toBe(false);
    expect(key).toMatchObject({ required: true, indexed: true, enforceUniqueValues: true });
  });
});

describe('mappings', () => {
  it('cover every list once', () => {
    expect(MAPPINGS.map((mapping) => mapping.list.displayName).sort()).toEqual(ALL_LISTS.map((list) => list.displayName).sort());
  });

  it.each(MAPPINGS.map((mapping) => [mapping.list.displayName, mapping] as const))('select only columns of %s, and all of them', (_name, mapping) => {
    const names = columnNames(mapping.list);
    expect(mapping.select.filter((field) => !names.has(field))).toEqual([]);
    expect([...names].filter((name) => !mapping.select.includes(name))).toEqual([]);
  });

  it.each(MAPPINGS.map((mapping) => [mapping.list.displayName, mapping] as const))('write only columns of %s, and all of them', (_name, mapping) => {
    const names = columnNames(mapping.list);
    const written = Object.keys(mapping.written).filter((key) => !key.endsWith('@odata.type'));
    expect(written.filter((field) => !names.has(field))).toEqual([]);
    expect([...names].filter((name) => !written.includes(name))).toEqual([]);
  });

  it('annotate exactly the multi-valued columns with their collection type', () => {
    for (const mapping of MAPPINGS) {
      const annotated = Object.keys(mapping.written)
        .filter((key) => key.endsWith('@odata.type'))
        .map((key) => key.replace('@odata.type', ''));
      const multi = mapping.list.columns.filter((column) => column.choice?.displayAs === 'checkBoxes').map((column) => column.name);
      expect({ list: mapping.list.displayName, annotated }).toEqual({ list: mapping.list.displayName, annotated: multi });
    }
  });
});
