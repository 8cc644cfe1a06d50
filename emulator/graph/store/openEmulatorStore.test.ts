import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { incidentCasesList, instrumentsList } from '../../../src/lists/schemas';
import { openEmulatorStore } from './openEmulatorStore';

describe('openEmulatorStore on a file', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'emulator-store-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('uses WAL and keeps sites, lists and items across reopening', () => {
    const file = join(directory, 'graph.sqlite');
    const first = openEmulatorStore(file);
    expect(first.database.pragma('journal_mode', { simple: true })).toBe('wal');
    const siteId = first.ensureSite('contoso.sharepoint.com', '/sites/ivho', 'IV-HO');
    const listId = first.ensureList(siteId, instrumentsList);
    first.seedItem(siteId, 'Instruments', {
      Title: 'Stappenplan',
      InstrumentKey: 'k-1',
      Summary: 'Samenvatting',
      Themes: [instrumentsList.columns.find((column) => column.name === 'Themes')?.choice?.choices[0]],
      InstrumentType: instrumentsList.columns.find((column) => column.name === 'InstrumentType')?.choice?.choices[0],
      Language: 'nl',
      Status: instrumentsList.columns.find((column) => column.name === 'Status')?.choice?.choices[0],
    });
    first.close();

    const second = openEmulatorStore(file);
    expect(second.ensureSite('contoso.sharepoint.com', '/sites/ivho', 'IV-HO')).toBe(siteId);
    expect(second.ensureList(siteId, instrumentsList)).toBe(listId);
    expect(second.countItems(siteId, 'Instruments')).toBe(1);
    second.close();
  });
});

describe('store transactions', () => {
  it('rolls a failed write back completely', () => {
    const store = openEmulatorStore(':memory:');
    const siteId = store.ensureSite('contoso.sharepoint.com', '/sites/ivho', 'IV-HO');
    store.ensureList(siteId, { displayName: 'L', description: '', confidential: false, columns: [{ name: 'Code', text: {}, indexed: true, enforceUniqueValues: true }] });
    expect(() =>
      store.transaction(() => {
        store.seedItem(siteId, 'L', { Title: 'a', Code: 'x' });
        store.seedItem(siteId, 'L', { Title: 'b', Code: 'X' });
      }),
    ).toThrow(/duplicate values/);
    expect(store.countItems(siteId, 'L')).toBe(0);
    expect(store.tables.latestChangeSeq()).toBe(0);
    store.close();
  });

  it('refuses an invalid app schema without creating the list', () => {
    const store = openEmulatorStore(':memory:');
    const siteId = store.ensureSite('contoso.sharepoint.com', '/sites/ivho', 'IV-HO');
    expect(() => store.ensureList(siteId, { displayName: 'Bad', description: '', confidential: false, columns: [{ name: 'Two', text: {}, number: {} }] })).toThrow(
      /exactly one type facet/,
    );
    expect(store.tables.listsOfSite(siteId)).toEqual([]);
    expect(() => store.ensureList('nope', { displayName: 'X', description: '', confidential: false, columns: [] })).toThrow(/No site/);
    store.close();
  });

  it('seeds every list of the app schemas', () => {
    const store = openEmulatorStore(':memory:');
    const siteId = store.ensureSite('contoso.sharepoint.com', '/sites/ivho', 'IV-HO');
    for (const schema of [instrumentsList]) expect(store.ensureList(siteId, schema)).toMatch(/^[0-9a-f-]{36}$/);
    store.close();
  });

  it('gives a data folder of an earlier version the new choices of a choice column (a new case state), keeping its own', () => {
    const folder = mkdtempSync(join(tmpdir(), 'emulator-store-'));
    const store = openEmulatorStore(join(folder, 'graph.sqlite'));
    const siteId = store.ensureSite('contoso.sharepoint.com', '/sites/ivho', 'IV-HO');
    const older = { ...incidentCasesList, columns: incidentCasesList.columns.map((column) => (column.name === 'CaseStatus' && column.choice !== undefined ? { ...column, choice: { ...column.choice, choices: ['draft', 'open', 'closed'] } } : column)) };
    const listId = store.ensureList(siteId, older);
    store.ensureList(siteId, incidentCasesList);
    const status = store.tables.columnsOf(listId).find((column) => column.definition.name === 'CaseStatus');
    expect(status?.definition.choice?.choices).toEqual(['draft', 'open', 'closed', 'inProgress', 'decided']);
    // A new state can be written now.
    expect(() => store.seedItem(siteId, 'IncidentCases', { Title: 'x', SubmissionId: 's-1', Kind: 'incident', WhatHappened: 'w', CaseStatus: 'inProgress' })).not.toThrow();
    store.close();
    rmSync(folder, { recursive: true, force: true });
  });
});
