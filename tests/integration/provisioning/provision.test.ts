/**
 * `npm run provision` against the emulator over real HTTP: an empty site, a second run,
 * schema changes, a conflicting column, throttling and dropped connections mid-run.
 */
import type { ListSchema } from '../../../src/lists/listSchema';
import { ALL_LISTS, incidentCasesList, instrumentsList, lessonsList } from '../../../src/lists/schemas';
import { runDoctor } from '../../../scripts/provision/runDoctor';
import { runProvision } from '../../../scripts/provision/runProvision';
import { DEFAULT_APP_GROUP_TITLES, LIST_PROTECTIONS, levelOf } from '../../../src/sharepoint/permissionModel';
import type { PrincipalKey } from '../../../src/sharepoint/permissionModel';
import { SiteSecurity } from '../../../emulator/sharepoint/security/SiteSecurity';
import { columnsOf, listNames, runCommand, startProvisioningBed } from './provisioningTestBed';
import type { ProvisioningBed } from './provisioningTestBed';

let bed: ProvisioningBed;

beforeAll(async () => {
  bed = await startProvisioningBed();
});

afterAll(async () => {
  await bed?.stop();
});

afterEach(async () => {
  await bed.setFaults({});
});

const allNames = ALL_LISTS.map((list) => list.displayName).sort();

describe('provision on an empty site', () => {
  it('prints the plan in a dry run and changes nothing', async () => {
    const site = bed.emptySite('dryrun');
    const run = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--dry-run']);
    expect(run.code).toBe(0);
    for (const name of allNames) expect(run.out).toContain(`create list   ${name} (then its`);
    expect(run.out).toContain('+ create the SharePoint group "IV-HO Case team"');
    expect(run.out).toContain('+ create the permission level "IV-HO Report"');
    expect(run.out).toContain('+ IncidentCases: give "Everyone except external users" the level "IV-HO Report"');
    expect(run.out).toContain('+ IncidentCases: item-level security: read own items, edit own items');
    expect(run.out).toContain('Dry run: nothing was changed.');
    expect(await listNames(bed, site.siteId)).toEqual([]);
  });

  it('creates every list with its columns, then a second run changes nothing', async () => {
    const site = bed.emptySite('fresh');
    const first = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(await listNames(bed, site.siteId)).toEqual(allNames);
    for (const schema of ALL_LISTS) {
      const columns = await columnsOf(bed, site.siteId, schema.displayName);
      for (const column of schema.columns) {
        const found = columns.get(column.name);
        expect(found).toBeDefined();
        expect(found?.['indexed']).toBe(column.indexed ?? false);
        expect(found?.['enforceUniqueValues']).toBe(column.enforceUniqueValues ?? false);
        expect(found?.['required']).toBe(column.required ?? false);
      }
    }

    // Exactly the permission model, as SharePoint keeps it.
    const security = siteSecurityOf(bed, site.siteId);
    for (const protection of LIST_PROTECTIONS) {
      const list = bed.emulator.store.tables.findList(site.siteId, protection.list);
      const settings = security.listSecurity(list?.id ?? '');
      expect({ list: protection.list, unique: settings.hasUniqueRoleAssignments, read: settings.readSecurity, write: settings.writeSecurity }).toEqual({
        list: protection.list,
        unique: true,
        read: protection.readSecurity,
        write: protection.writeSecurity,
      });
      const granted = settings.roleAssignments.flatMap((assignment) => assignment.roleDefinitionIds.map((id) => `${principalName(security, assignment.principalId)}: ${security.roleDefinition(id)?.name ?? id}`));
      const wanted = protection.grants.map((grant) => `${expectedPrincipal(grant.principal)}: ${levelOf(grant.level).name}`);
      expect({ list: protection.list, granted: granted.sort() }).toEqual({ list: protection.list, granted: wanted.sort() });
    }
    // ...and enforced: a staff member of the new site reports and sees only that.
    expect((await bed.graphAs('staff@contoso.example', 'POST', `/sites/${site.siteId}/lists/IncidentCases/items`, { fields: { Title: 'melding', SubmissionId: 'p-1', Kind: 'nearMiss', WhatHappened: 'Deur open.', CaseStatus: 'open' } })).status).toBe(201);
    expect((await bed.graph('POST', `/sites/${site.siteId}/lists/IncidentCases/items`, { fields: { Title: 'van de coördinator', SubmissionId: 'p-2', Kind: 'nearMiss', WhatHappened: 'Deur open.', CaseStatus: 'open' } })).status).toBe(201);
    const seen = (await bed.graphAs('staff@contoso.example', 'GET', `/sites/${site.siteId}/lists/IncidentCases/items?expand=fields`)).body['value'] as Array<{ fields: { Title: string } }>;
    expect(seen.map((item) => item.fields.Title)).toEqual(['melding']);
    expect((await bed.graphAs('jan@peer.example', 'GET', `/sites/${site.siteId}/lists/IncidentCases/items`)).status).toBe(403);

    await bed.clearRequestLog();
    const second = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('nothing to change: every list and column is in place');
    expect(second.out).toContain('nothing to change: every list is protected as the model says');
    expect(await bed.requestCount('POST', /./)).toBe(0);
  });
});

function siteSecurityOf(provisioning: ProvisioningBed, siteId: string): SiteSecurity {
  const site = provisioning.emulator.store.tables.findSiteById(siteId);
  if (site === undefined) throw new Error(`no site ${siteId}`);
  return SiteSecurity.of(provisioning.emulator.store.tables, site);
}

function principalName(security: SiteSecurity, principalId: number): string {
  if (principalId === security.everyoneExceptExternalUsersId()) return 'everyone except external users';
  return security.group(principalId)?.title ?? `principal ${principalId}`;
}

function expectedPrincipal(key: PrincipalKey): string {
  const site = { owners: 'fresh Owners', members: 'fresh Members', visitors: 'fresh Visitors' } as const;
  if (key === 'owners' || key === 'members' || key === 'visitors') return site[key];
  if (key === 'everyoneExceptExternalUsers') return 'everyone except external users';
  return DEFAULT_APP_GROUP_TITLES[key];
}

describe('provision after a schema change', () => {
  it('adds only the column a new schema version has', async () => {
    const site = bed.emptySite('grown');
    expect((await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs])).code).toBe(0);
    const grownLessons: ListSchema = { ...lessonsList, columns: [...lessonsList.columns, { name: 'ReviewedOn', dateTime: { format: 'dateTime' }, indexed: true }] };
    const lists = ALL_LISTS.map((list) => (list === lessonsList ? grownLessons : list));

    await bed.clearRequestLog();
    const run = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs], { lists });
    expect(run.code).toBe(0);
    expect(run.out).toContain('add column    Lessons.ReviewedOn (dateTime, indexed)');
    expect(await bed.requestCount('POST', /./)).toBe(1);
    expect(await bed.requestCount('POST', /\/lists\/[^/]+\/columns$/)).toBe(1);
    expect((await columnsOf(bed, site.siteId, 'Lessons')).get('ReviewedOn')?.['indexed']).toBe(true);
  });

  it('completes a site whose list lacks a column, keeping its items', async () => {
    const site = bed.emptySite('incomplete');
    const withoutTags: ListSchema = { ...instrumentsList, columns: instrumentsList.columns.filter((column) => column.name !== 'Tags') };
    bed.emulator.store.ensureList(site.siteId, withoutTags);
    bed.emulator.store.seedItem(site.siteId, 'Instruments', {
      Title: 'Kept',
      InstrumentKey: 'kept',
      Summary: 'stays',
      Themes: ['privacy'],
      InstrumentType: 'tool',
      Language: 'nl',
      Status: 'published',
    });

    const run = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('add column    Instruments.Tags');
    expect(run.out).toContain('create list   Assessments');
    expect(run.out).not.toContain('create list   Instruments');
    expect((await columnsOf(bed, site.siteId, 'Instruments')).has('Tags')).toBe(true);
    expect(bed.emulator.store.countItems(site.siteId, 'Instruments')).toBe(1);
  });

  it('adds the choices a choice column lacks (a new workflow state), keeping the site’s own choices and the items', async () => {
    const site = bed.emptySite('choices');
    const fewerStates: ListSchema = {
      ...incidentCasesList,
      columns: incidentCasesList.columns.map((column) => (column.name === 'CaseStatus' && column.choice !== undefined ? { ...column, choice: { ...column.choice, choices: ['open', 'lokaal'] } } : column)),
    };
    bed.emulator.store.ensureList(site.siteId, fewerStates);
    bed.emulator.store.seedItem(site.siteId, 'IncidentCases', { Title: 'Kept', SubmissionId: 'kept', Kind: 'nearMiss', WhatHappened: 'stays', CaseStatus: 'lokaal' });
    const missing = (incidentCasesList.columns.find((column) => column.name === 'CaseStatus')?.choice?.choices ?? []).filter((choice) => choice !== 'open');

    const before = await runCommand(runDoctor, ['--site', site.url, ...bed.emulatorArgs]);
    expect(before.err).toContain(`The column IncidentCases.CaseStatus lacks the choices ${missing.join(', ')}.`);

    const run = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`add choices   IncidentCases.CaseStatus: ${missing.join(', ')} (the existing ones stay)`);
    const status = (await columnsOf(bed, site.siteId, 'IncidentCases')).get('CaseStatus');
    expect((status?.['choice'] as { choices: string[] }).choices).toEqual(['open', 'lokaal', ...missing]);
    expect(bed.emulator.store.countItems(site.siteId, 'IncidentCases')).toBe(1);

    const after = await runCommand(runDoctor, ['--site', site.url, ...bed.emulatorArgs]);
    expect(after.err).not.toContain('lacks the choices');
    const again = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(again.out).not.toContain('add choices');
  });

  it('reports a column of another type as a conflict, leaves it alone and exits 1', async () => {
    const site = bed.emptySite('conflict');
    const statusAsText: ListSchema = {
      ...instrumentsList,
      columns: instrumentsList.columns.map((column) => (column.name === 'Status' ? { name: 'Status', text: { maxLength: 255 } } : column)),
    };
    bed.emulator.store.ensureList(site.siteId, statusAsText);

    const run = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/CONFLICT +Instruments\.Status is of type text, the app needs single choice; not changed/);
    expect(run.err).toContain('1 problem');
    const status = (await columnsOf(bed, site.siteId, 'Instruments')).get('Status');
    expect(status?.['text']).toBeDefined();
    expect(status?.['choice']).toBeUndefined();
    // The rest was still provisioned.
    expect(await listNames(bed, site.siteId)).toEqual(allNames);
  });
});

describe('provision when SharePoint refuses a column', () => {
  it('creates the list and every other column, names the refused one with its fix, and a re-run completes it', async () => {
    const site = bed.emptySite('refused');
    // Graph is reported to refuse some column definitions (multi-choice ones among them) with 500 generalException.
    await bed.setFaults({ refuseColumns: ['Themes'] });
    const first = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    await bed.setFaults({});
    expect(first.code).toBe(1);
    expect(first.out).toContain('REFUSED: add column    Instruments.Themes (multi-choice, required)');
    expect(first.out).toMatch(/PROBLEM SharePoint refused the column Instruments\.Themes \(500 generalException/);
    expect(first.out).toContain('fix: add it by hand under List settings > Create column: name Themes, multi-choice, required');
    expect(await listNames(bed, site.siteId)).toEqual(allNames);
    const instruments = await columnsOf(bed, site.siteId, 'Instruments');
    expect(instruments.has('Themes')).toBe(false);
    for (const column of instrumentsList.columns.filter((candidate) => candidate.name !== 'Themes')) expect(instruments.has(column.name)).toBe(true);

    const second = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('add column    Instruments.Themes');
    const third = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(third.out).toContain('nothing to change');
  });

  it('never reports a conflict on a column whose type Graph cannot show, and explains the retired hyperlink column', async () => {
    const site = bed.emptySite('legacy-link');
    // A site provisioned by version 0.1: DocumentUrl is a hyperlink column, and DocumentLink was made a hyperlink by hand.
    const legacy: ListSchema = {
      ...instrumentsList,
      columns: [
        ...instrumentsList.columns.map((column) => (column.name === 'DocumentLink' ? { name: 'DocumentLink', hyperlinkOrPicture: { isPicture: false } } : column)),
        { name: 'DocumentUrl', hyperlinkOrPicture: { isPicture: false } },
      ],
    };
    bed.emulator.store.ensureList(site.siteId, legacy);
    const first = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(first.code).toBe(0);
    expect(first.out).not.toContain('CONFLICT');
    expect(first.out).toMatch(/note +Instruments\.DocumentLink exists, but Graph does not show its type/);
    expect(first.out).toMatch(/note +Instruments\.DocumentUrl is the hyperlink column of version 0\.1/);
    const second = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(second.code).toBe(0);
    expect(second.out).not.toContain('CONFLICT');
  });
});

describe('provision under faults', () => {
  it('ends complete through throttling and dropped connections mid-run', async () => {
    const site = bed.emptySite('throttled');
    await bed.clearRequestLog();
    await bed.setFaults({ throttleRate: 0.3, throttleStatuses: [429, 503], retryAfterSeconds: 0, dropRate: 0.1, seed: 7 });
    const run = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    await bed.setFaults({});
    const statuses = await bed.requestStatuses();
    expect(statuses.filter((status) => status === 429 || status === 503).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 0).length).toBeGreaterThan(0);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(await listNames(bed, site.siteId)).toEqual(allNames);
    const again = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(again.out).toContain('nothing to change');
  });
});
