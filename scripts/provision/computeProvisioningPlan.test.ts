import { ALL_LISTS, incidentCasesList, instrumentsList, lessonsList } from '../../src/lists/schemas';
import type { ColumnDefinition, ListSchema } from '../../src/lists/listSchema';
import { changesOf, computeProvisioningPlan, conflictsOf } from './computeProvisioningPlan';
import type { ExistingList } from './SiteSnapshot';
import { readExistingList } from './SiteSnapshot';

/** A list as Graph would return it with `$expand=columns`, built from a schema. */
function graphListOf(schema: ListSchema, id: string, edit: (column: ColumnDefinition) => Record<string, unknown> = (column) => ({ ...column })): ExistingList {
  const columns = [{ name: 'Title', text: { maxLength: 255 }, indexed: false }, ...schema.columns.map(edit), { name: 'Created', dateTime: {}, readOnly: true }];
  const list = readExistingList({ id, displayName: schema.displayName, columns });
  if (list === undefined) throw new Error('not a list');
  return list;
}

describe('computeProvisioningPlan', () => {
  it('creates every list on an empty site, then its columns one at a time', () => {
    const plan = computeProvisioningPlan(ALL_LISTS, []);
    expect(plan.steps.map((step) => `${step.kind} ${step.kind === 'createList' ? step.list.displayName : step.kind === 'addColumn' ? `${step.list}.${step.column.name}` : ''}`)).toEqual(
      ALL_LISTS.flatMap((list) => [`createList ${list.displayName}`, ...list.columns.map((column) => `addColumn ${list.displayName}.${column.name}`)]),
    );
    expect(plan.upToDate).toEqual([]);
  });

  it('notes a column whose type Graph does not show instead of reporting a conflict, and explains a retired column', () => {
    // A hyperlink column as Graph lists it: no type facet at all.
    const existing = graphListOf(instrumentsList, 'i', (column) => (column.name === 'DocumentLink' ? { name: 'DocumentLink' } : { ...column }));
    const withLegacy = { ...existing, columns: [...existing.columns, { id: '', name: 'DocumentUrl', kind: 'other', multi: false, indexed: false, enforceUniqueValues: false, choices: [], readOnly: false }] };
    const plan = computeProvisioningPlan([instrumentsList], [withLegacy]);
    expect(conflictsOf(plan)).toEqual([]);
    expect(changesOf(plan)).toEqual([]);
    expect(plan.steps).toEqual([
      { kind: 'note', list: 'Instruments', column: 'DocumentLink', message: expect.stringMatching(/Graph does not show its type.*multi-line text/) },
      { kind: 'note', list: 'Instruments', column: 'DocumentUrl', message: expect.stringMatching(/DocumentLink and DocumentLabel/) },
    ]);
    expect(plan.upToDate).toEqual(['Instruments']);
  });

  it('has nothing to do when every list matches, whatever extra lists and columns exist', () => {
    const existing = [
      ...ALL_LISTS.map((schema, index) => graphListOf(schema, `list-${index}`)),
      readExistingList({ id: 'x', displayName: 'Documents', columns: [] }) as ExistingList,
    ];
    const withExtra = existing.map((list) => (list.displayName === 'Lessons' ? { ...list, columns: [...list.columns, { ...list.columns[0]!, name: 'LocalNote' }] } : list));
    const plan = computeProvisioningPlan(ALL_LISTS, withExtra);
    expect(plan.steps).toEqual([]);
    expect(plan.upToDate).toEqual(ALL_LISTS.map((list) => list.displayName));
  });

  it('matches list and column names case-insensitively, as SharePoint does', () => {
    const lower = graphListOf(lessonsList, 'l', (column) => ({ ...column, name: column.name.toLowerCase() }));
    const plan = computeProvisioningPlan([lessonsList], [{ ...lower, displayName: 'lessons' }]);
    expect(plan.steps).toEqual([]);
  });

  it('adds only the missing column, addressed by the existing list id', () => {
    const existing = graphListOf({ ...instrumentsList, columns: instrumentsList.columns.filter((column) => column.name !== 'Tags') }, 'instr-id');
    const plan = computeProvisioningPlan([instrumentsList], [existing]);
    expect(changesOf(plan)).toEqual([{ kind: 'addColumn', list: 'Instruments', listId: 'instr-id', column: instrumentsList.columns.find((column) => column.name === 'Tags') }]);
  });

  it('adds the choices a choice column lacks, keeping the site’s own, when Graph gives the column’s id', () => {
    const existing = graphListOf(instrumentsList, 'i', (column) =>
      column.name === 'InstrumentType' ? { ...column, id: 'col-type', choice: { choices: ['tool', 'localType'], displayAs: 'dropDownMenu' } } : { ...column },
    );
    const plan = computeProvisioningPlan([instrumentsList], [existing]);
    expect(conflictsOf(plan)).toEqual([]);
    const wanted = instrumentsList.columns.find((column) => column.name === 'InstrumentType');
    const added = (wanted?.choice?.choices ?? []).filter((choice) => choice !== 'tool');
    expect(changesOf(plan)).toEqual([{ kind: 'extendChoices', list: 'Instruments', listId: 'i', columnId: 'col-type', column: wanted, added, choices: ['tool', 'localType', ...added] }]);
    expect(plan.upToDate).toEqual([]);
  });

  it('reports a different type, multi-ness, missing choices, index and uniqueness as conflicts and never changes them', () => {
    const existing = graphListOf(instrumentsList, 'i', (column) => {
      switch (column.name) {
        case 'Status':
          return { name: 'Status', number: {} };
        case 'Themes':
          return { ...column, choice: { choices: column.choice?.choices ?? [], displayAs: 'dropDownMenu' } };
        case 'InstrumentType':
          return { ...column, choice: { choices: ['tool'] } };
        case 'Language':
          return { ...column, indexed: false };
        case 'InstrumentKey':
          return { ...column, enforceUniqueValues: false };
        default:
          return { ...column };
      }
    });
    const plan = computeProvisioningPlan([instrumentsList], [existing]);
    expect(changesOf(plan)).toEqual([]);
    const conflicts = conflictsOf(plan).map((step) => `${step.column}: ${step.reason}`);
    expect(conflicts).toEqual([
      'InstrumentKey: does not enforce unique values, so a retried submit could be stored twice',
      'Themes: is single choice, the app needs multi-choice',
      expect.stringMatching(/^InstrumentType: lacks the choices normenkader, stappenplan/),
      "Language: is not indexed, so the app's filters on it are refused",
      'Status: is of type number, the app needs single choice',
    ]);
    expect(plan.upToDate).toEqual([]);
  });

  it('reports a unique SubmissionId in a list with item-level permissions as a conflict', () => {
    const existing = graphListOf(incidentCasesList, 'c', (column) => (column.name === 'SubmissionId' ? { ...column, enforceUniqueValues: true } : { ...column }));
    const conflicts = conflictsOf(computeProvisioningPlan([incidentCasesList], [existing])).map((step) => `${step.column}: ${step.reason}; ${step.fix}`);
    expect(conflicts).toEqual(['SubmissionId: enforces unique values, which SharePoint does not allow beside the item-level permissions this list gets (decision 2); set "Enforce unique values" to No in the settings of the column "SubmissionId"']);
  });
});
