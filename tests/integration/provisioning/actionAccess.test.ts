/**
 * `npm run action-access` against the emulator (issue 15, item 1: "Actions: the case team
 * and each action's owner"): before it, SharePoint refuses a staff member the actions list;
 * after it, the owner reads and edits their own action (never deletes it) and sees no
 * other; a new owner takes over and the former one loses access; a second run changes
 * nothing. Every refusal is a Graph call made as the user who must be refused.
 */
import { runActionAccess } from '../../../scripts/provision/runActionAccess';
import { runProvision } from '../../../scripts/provision/runProvision';
import { runCommand, startProvisioningBed, type ProvisioningBed } from './provisioningTestBed';

let bed: ProvisioningBed;

beforeAll(async () => {
  bed = await startProvisioningBed();
});

afterAll(async () => {
  await bed?.stop();
});

const STAFF = 'staff@contoso.example';
const READER = 'reader@contoso.example';

describe('npm run action-access', () => {
  it('gives each action’s owner that action only, moves it with the owner, and is idempotent', async () => {
    const site = bed.emptySite('actions');
    expect((await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs])).code).toBe(0);
    const items = `/sites/${site.siteId}/lists/Actions/items`;
    const create = async (fields: Record<string, unknown>): Promise<string> => {
      const answer = await bed.graph('POST', items, { fields });
      expect(answer.status).toBe(201);
      return String(answer.body['id']);
    };
    const mine = await create({ Title: 'Nooduitgang vrijhouden', SubmissionId: 'action-staff', CaseId: 'case-1', OwnerUpn: STAFF, ActionStatus: 'open' });
    await create({ Title: 'Verwerkersovereenkomst nalopen', SubmissionId: 'action-reader', CaseId: 'case-1', OwnerUpn: READER, ActionStatus: 'open' });
    await create({ Title: 'Zonder eigenaar', SubmissionId: 'action-none', CaseId: 'case-1', ActionStatus: 'open' });

    // The model alone gives staff nothing on Actions.
    expect([403, 404]).toContain((await bed.graphAs(STAFF, 'GET', `${items}?expand=fields`)).status);

    const dry = await runCommand(runActionAccess, ['--site', site.url, ...bed.emulatorArgs, '--dry-run']);
    expect(dry.err).toBe('');
    expect(dry.out).toContain('Actions: 2 of 3 have an owner; 2 would be given access, 0 already had it; 0 former owners would lose access');
    expect([403, 404]).toContain((await bed.graphAs(STAFF, 'GET', `${items}?expand=fields`)).status);

    const run = await runCommand(runActionAccess, ['--site', site.url, ...bed.emulatorArgs]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('2 given access');

    // The owner sees exactly their action, may edit it, may not delete it or add one.
    const seen = await bed.graphAs(STAFF, 'GET', `${items}?expand=fields`);
    expect(seen.status).toBe(200);
    expect((seen.body['value'] as Array<{ fields: { SubmissionId: string } }>).map((item) => item.fields.SubmissionId)).toEqual(['action-staff']);
    expect((await bed.graphAs(STAFF, 'PATCH', `${items}/${mine}/fields`, { ActionStatus: 'done', EffectivenessCheck: 'Gecontroleerd bij de oefening.' })).status).toBe(200);
    expect((await bed.graphAs(STAFF, 'DELETE', `${items}/${mine}`)).status).toBe(403);
    expect((await bed.graphAs(STAFF, 'POST', items, { fields: { Title: 'Eigen actie', SubmissionId: 'action-new', CaseId: 'case-1', ActionStatus: 'open' } })).status).toBe(403);

    // The action moves to another owner: the former one no longer reaches it.
    expect((await bed.graph('PATCH', `${items}/${mine}/fields`, { OwnerUpn: READER })).status).toBe(200);
    const moved = await runCommand(runActionAccess, ['--site', site.url, ...bed.emulatorArgs]);
    expect(moved.out).toContain('Actions: 2 of 3 have an owner; 1 given access, 1 already had it; 1 former owner lost access');
    expect([403, 404]).toContain((await bed.graphAs(STAFF, 'GET', `${items}/${mine}`)).status);
    const readerSees = await bed.graphAs(READER, 'GET', `${items}?expand=fields`);
    expect((readerSees.body['value'] as Array<{ fields: { SubmissionId: string } }>).map((item) => item.fields.SubmissionId).sort()).toEqual(['action-reader', 'action-staff']);

    const again = await runCommand(runActionAccess, ['--site', site.url, ...bed.emulatorArgs]);
    expect(again.out).toContain('Actions: 2 of 3 have an owner; 0 given access, 2 already had it; 0 former owners lost access');
  });
});
