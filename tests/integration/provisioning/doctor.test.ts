/** `npm run doctor` against the emulator over real HTTP. */
import type { ListSchema } from '../../../src/lists/listSchema';
import { actionsList, ALL_LISTS, instrumentsList } from '../../../src/lists/schemas';
import { runDoctor } from '../../../scripts/provision/runDoctor';
import { runProvision } from '../../../scripts/provision/runProvision';
import { join } from 'node:path';
import { loadEmulatorConfig } from '../../../emulator/config/loadEmulatorConfig';
import { applyDemoSecurity } from '../../../emulator/seed/applyDemoSecurity';
import { runCommand, startProvisioningBed } from './provisioningTestBed';
import type { ProvisioningBed } from './provisioningTestBed';

let bed: ProvisioningBed;

beforeAll(async () => {
  bed = await startProvisioningBed();
});

afterAll(async () => {
  await bed?.stop();
});

/** Gives a site made by hand the permission model, as the emulator's demo site has it. */
function protectAsTheModelSays(siteId: string): void {
  applyDemoSecurity(bed.emulator.store, siteId, loadEmulatorConfig(join(process.cwd(), 'config', 'emulator.json')));
}

describe('doctor', () => {
  it('finds nothing wrong on the seeded demo site and leaves no probe items behind', async () => {
    const before = bed.emulator.store.countItems((await bed.graph('GET', '/sites/contoso.sharepoint.com:/sites/ivho')).body['id'] as string, 'Actions');
    const run = await runCommand(runDoctor, bed.emulatorArgs);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Actions +present, readable, writable/);
    expect(run.out).toMatch(/Instruments +present, readable$/m);
    expect(run.out).toContain('No problems found');
    const after = bed.emulator.store.countItems((await bed.graph('GET', '/sites/contoso.sharepoint.com:/sites/ivho')).body['id'] as string, 'Actions');
    expect(after).toBe(before);
  });

  it('reports a missing column with the command that fixes it, exits 1, then 0 after provisioning', async () => {
    const site = bed.emptySite('doctored');
    const withoutDueOn: ListSchema = { ...actionsList, columns: actionsList.columns.filter((column) => column.name !== 'DueOn') };
    for (const schema of ALL_LISTS) bed.emulator.store.ensureList(site.siteId, schema === actionsList ? withoutDueOn : schema);

    const sick = await runCommand(runDoctor, ['--site', site.url, ...bed.emulatorArgs]);
    expect(sick.code).toBe(1);
    expect(sick.err).toContain('PROBLEM The column Actions.DueOn (dateTime, indexed) is missing.');
    expect(sick.err).toContain(`fix: npm run provision -- --site ${site.url} --emulator ${bed.emulator.url}`);
    // Lists made without provisioning inherit the site's permissions: every member could read every case.
    expect(sick.err).toContain("PROBLEM The site lacks the app's groups or permission levels: still to create the SharePoint group \"IV-HO Case team\"");
    expect(sick.err).toContain("PROBLEM The permissions of IncidentCases differ from the app's model: still to stop inheriting the site's permissions;");
    expect(sick.err).toContain('13 problems:');

    expect((await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs])).code).toBe(0);
    const healthy = await runCommand(runDoctor, ['--site', site.url, ...bed.emulatorArgs]);
    expect(healthy.err).toBe('');
    expect(healthy.code).toBe(0);
    expect(healthy.out).toContain('note: The group "IV-HO Case team" has no members yet');
  });

  it('passes a site whose link column type Graph cannot show, and explains the retired hyperlink column without failing', async () => {
    const site = bed.emptySite('doctor-legacy-link');
    const legacyInstruments: ListSchema = {
      ...instrumentsList,
      columns: [
        ...instrumentsList.columns.map((column) => (column.name === 'DocumentLink' ? { name: 'DocumentLink', hyperlinkOrPicture: { isPicture: false } } : column)),
        { name: 'DocumentUrl', hyperlinkOrPicture: { isPicture: false } },
      ],
    };
    for (const schema of ALL_LISTS) bed.emulator.store.ensureList(site.siteId, schema === instrumentsList ? legacyInstruments : schema);
    protectAsTheModelSays(site.siteId);
    const run = await runCommand(runDoctor, ['--site', site.url, ...bed.emulatorArgs]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('note: The column Instruments.DocumentLink exists, but Graph does not show its type');
    expect(run.out).toContain('note: The column Instruments.DocumentUrl is the hyperlink column of version 0.1');
    expect(run.out).toContain('No problems found');
  });

  it('reports missing lists on an empty site', async () => {
    const site = bed.emptySite('bare');
    const run = await runCommand(runDoctor, ['--site', site.url, ...bed.emulatorArgs]);
    expect(run.code).toBe(1);
    for (const schema of ALL_LISTS) expect(run.err).toContain(`The list ${schema.displayName} does not exist.`);
  });

  it('reports lists the signed-in account cannot read or write', async () => {
    const run = await runCommand(runDoctor, [...bed.emulatorArgs, '--user', 'reader@contoso.example']);
    expect(run.code).toBe(1);
    // reader@ is a visitor: the permission model gives visitors no actions and no assessments, and lessons to read only.
    expect(run.err).toContain('The signed-in account cannot read the list Actions.');
    expect(run.err).toContain('The signed-in account cannot read the list Assessments.');
    expect(run.err).toContain('The signed-in account cannot add items to Lessons: access denied (403).');
    expect(run.err).toContain('The permissions could not be checked');
    expect(run.out).toMatch(/Instruments +present, readable$/m);
  });

  it('skips the write probe on request', async () => {
    await bed.clearRequestLog();
    const run = await runCommand(runDoctor, [...bed.emulatorArgs, '--skip-write-check']);
    expect(run.code).toBe(0);
    expect(await bed.requestCount('POST', /./)).toBe(0);
    expect(await bed.requestCount('DELETE', /./)).toBe(0);
  });

  it('reports a column without its index as a problem an admin fixes in the list settings', async () => {
    const site = bed.emptySite('unindexed');
    const unindexed: ListSchema = {
      ...actionsList,
      columns: actionsList.columns.map((column) => (column.name === 'OwnerUpn' ? { ...column, indexed: false } : column)),
    };
    for (const schema of ALL_LISTS) bed.emulator.store.ensureList(site.siteId, schema === actionsList ? unindexed : schema);
    protectAsTheModelSays(site.siteId);
    const run = await runCommand(runDoctor, ['--site', site.url, ...bed.emulatorArgs]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Actions.OwnerUpn is not indexed');
    expect(run.err).toContain('Indexed columns');
  });
});
