/**
 * `npm run retention` against the emulator over real HTTP (issue 15, item 7): what has
 * expired is removed, a breach's register entry (AVG art. 33(5)) outlives its case, a dry
 * run changes nothing and a second run nothing more.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProvision } from '../../../scripts/provision/runProvision';
import { runRetention } from '../../../scripts/provision/runRetention';
import { runCommand, startProvisioningBed, type ProvisioningBed } from './provisioningTestBed';

let bed: ProvisioningBed;
let workDir: string;

beforeAll(async () => {
  bed = await startProvisioningBed();
  workDir = mkdtempSync(join(tmpdir(), 'ivho-retention-'));
});

afterAll(async () => {
  await bed?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const DAY_MS = 24 * 60 * 60 * 1000;
const inSixYears = () => new Date(Date.now() + 6 * 365 * DAY_MS);

const breach = {
  types: ['confidentiality'],
  dataCategories: ['contactgegevens'],
  subjectCount: 40,
  notifiedAuthorityOn: '2026-03-03T09:00:00Z',
  authorityReference: 'AP-2026-0001',
  consequences: 'Adressen zichtbaar voor een verkeerde ontvanger.',
  remedialAction: 'E-mail teruggeroepen, ontvanger heeft verwijderd.',
};

describe('npm run retention', () => {
  it('removes what has expired, keeps each breach in the register, and a second run changes nothing', async () => {
    const site = bed.emptySite('retention');
    const provisioned = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs]);
    expect(provisioned.code).toBe(0);
    const items = (list: string) => `/sites/${site.siteId}/lists/${list}/items`;
    const create = async (list: string, fields: Record<string, unknown>) => expect((await bed.graph('POST', items(list), { fields })).status).toBe(201);
    await create('IncidentCases', {
      Title: 'Mail met adressen van Jan de Vries naar verkeerde ontvanger',
      SubmissionId: 'case-breach',
      Kind: 'incident',
      WhatHappened: 'Jan de Vries stuurde de adreslijst naar een externe partij.',
      CaseStatus: 'closed',
      PersonalDataInvolved: true,
      BreachAwareOn: '2026-03-01T08:00:00Z',
      BreachJson: JSON.stringify(breach),
    });
    await create('IncidentCases', { Title: 'Deur stond open', SubmissionId: 'case-plain', Kind: 'nearMiss', WhatHappened: 'De serverruimte stond open.', CaseStatus: 'closed' });
    await create('Actions', { Title: 'Adreslijsten als BCC', SubmissionId: 'action-1', CaseId: 'case-breach', ActionStatus: 'done' });
    await create('AssessmentResponses', { Title: 'staff', SubmissionId: 'response-1', AssessmentId: 'a-1', AssessorUpn: 'staff@contoso.example', ResponseStatus: 'submitted', AnswersJson: '{}' });
    await create('Lessons', { Title: 'BCC', SubmissionId: 'lesson-1', Theme: 'privacy', RedactedText: 'Gebruik BCC.', Tlp: 'GREEN' });

    // Nothing has expired yet.
    const early = await runCommand(runRetention, ['--site', site.url, ...bed.emulatorArgs]);
    expect(early.err).toBe('');
    expect(early.code).toBe(0);
    expect(early.out).toContain('IncidentCases: 0 of 2 items older than 1826 days since their last change; removed 0');
    expect(bed.emulator.store.countItems(site.siteId, 'IncidentCases')).toBe(2);

    // Six years on, a dry run names what would go and changes nothing.
    const dry = await runCommand(runRetention, ['--site', site.url, ...bed.emulatorArgs, '--dry-run'], { now: inSixYears });
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('IncidentCases: 2 of 2 items older than 1826 days since their last change; would remove 2; 1 breach register entry would be written');
    expect(dry.out).toContain('Dry run: nothing was changed.');
    expect(bed.emulator.store.countItems(site.siteId, 'IncidentCases')).toBe(2);
    expect(bed.emulator.store.countItems(site.siteId, 'BreachRegister')).toBe(0);

    const run = await runCommand(runRetention, ['--site', site.url, ...bed.emulatorArgs], { now: inSixYears });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('IncidentCases: 2 of 2 items older than 1826 days since their last change; removed 2; 1 breach register entry written');
    expect(run.out).toContain('Actions: 1 of 1 items older than 1826 days since their last change; removed 1');
    expect(run.out).toContain('AssessmentResponses: 1 of 1 items older than 730 days since their last change; removed 1');
    expect(bed.emulator.store.countItems(site.siteId, 'IncidentCases')).toBe(0);
    expect(bed.emulator.store.countItems(site.siteId, 'Actions')).toBe(0);
    expect(bed.emulator.store.countItems(site.siteId, 'AssessmentResponses')).toBe(0);
    // Lessons have no rule: they stay.
    expect(bed.emulator.store.countItems(site.siteId, 'Lessons')).toBe(1);

    // The register entry: the breach record, none of the case's free text or names.
    const register = await bed.graph('GET', `${items('BreachRegister')}?expand=fields&$top=5000`);
    const entries = (register.body['value'] as Array<{ fields: Record<string, unknown> }>).map((entry) => entry.fields);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ Title: 'Datalek 2026-03-01', SubmissionId: 'breach:case-breach', CaseId: 'case-breach' });
    expect(JSON.parse(String(entries[0]?.['BreachJson']))).toMatchObject({ types: ['confidentiality'], subjectCount: 40, authorityReference: 'AP-2026-0001' });
    expect(JSON.stringify(entries)).not.toContain('Jan de Vries');

    // Only the case team reads the register: a staff member is refused by SharePoint.
    const asStaff = await bed.graphAs('staff@contoso.example', 'GET', `${items('BreachRegister')}?expand=fields`);
    expect([403, 404]).toContain(asStaff.status);

    const again = await runCommand(runRetention, ['--site', site.url, ...bed.emulatorArgs], { now: inSixYears });
    expect(again.code).toBe(0);
    expect(again.out).toContain('IncidentCases: 0 of 0 items older than 1826 days since their last change; removed 0');
    expect(again.out).not.toContain('breach register');
    expect(bed.emulator.store.countItems(site.siteId, 'BreachRegister')).toBe(1);
  });

  it('refuses a rules file that names a list the app does not have, before touching anything', async () => {
    const file = join(workDir, 'typo.json');
    writeFileSync(file, JSON.stringify({ lists: { IncidentCase: { keepDays: 30 } } }));
    const site = bed.emptySite('retention-typo');
    const run = await runCommand(runRetention, ['--site', site.url, ...bed.emulatorArgs, '--rules', file]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('names a list the app does not have: IncidentCase');
  });
});
