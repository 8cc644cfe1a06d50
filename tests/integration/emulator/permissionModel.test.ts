/**
 * The app's permission model as SharePoint enforces it (issue 15, Done when), over Graph,
 * per demo user: every refusal is a call made as the user who must be refused.
 * Users and groups: config/emulator.json; the model: src/sharepoint/permissionModel.ts.
 */
import { ADVISER, COORDINATOR, PRIVACY, READER, STAFF, startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest } from './emulatorTestHarness';

const GUEST = 'jan_peer.example#EXT#@contoso.example';

let emu: EmulatorUnderTest;
let site: string;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
  site = await emu.siteId();
});
afterAll(async () => {
  await emu.stop();
});

const items = (list: string): string => `/sites/${site}/lists/${list}/items`;

async function titlesSeenBy(user: string, list: string): Promise<string[]> {
  const answer = await emu.graph('GET', `${items(list)}?expand=fields&$top=5000`, { user });
  expect(answer.status).toBe(200);
  return (answer.body['value'] as Array<{ fields: Record<string, unknown> }>).map((item) => String(item.fields['Title']));
}

async function report(user: string, title: string): Promise<{ status: number; id: string }> {
  const answer = await emu.graph('POST', items('IncidentCases'), {
    user,
    body: { fields: { Title: title, SubmissionId: `perm-${title}`, Kind: 'nearMiss', WhatHappened: 'Een deur stond open.', CaseStatus: 'open' } },
  });
  return { status: answer.status, id: String(answer.body['id']) };
}

describe('IncidentCases: everyone reports, sees only their own; the case team handles all; guests nothing', () => {
  it('lets a staff member report (201) and read only their own reports', async () => {
    const staffs = await report(STAFF, 'Staff: deur open');
    expect(staffs.status).toBe(201);
    expect((await report(READER, 'Visitor: pas kwijt')).status).toBe(201);
    expect(await titlesSeenBy(STAFF, 'IncidentCases')).toEqual(['Staff: deur open']);
    expect(await titlesSeenBy(READER, 'IncidentCases')).toEqual(['Visitor: pas kwijt']);
    // Another's report does not exist for them, one by one either.
    const readersOwn = (await emu.graph('GET', `${items('IncidentCases')}?$filter=${encodeURIComponent("fields/SubmissionId eq 'perm-Visitor: pas kwijt'")}`, { user: PRIVACY })).body['value'] as Array<{ id: string }>;
    expect((await emu.graph('GET', `${items('IncidentCases')}/${readersOwn[0]?.id ?? ''}`, { user: STAFF })).status).toBe(404);
    // A reporter corrects their report but never deletes it: a report is evidence.
    expect((await emu.graph('PATCH', `${items('IncidentCases')}/${staffs.id}/fields`, { user: STAFF, body: { WhatHappened: 'Een branddeur stond open.' } })).status).toBe(200);
    const deleted = await emu.graph('DELETE', `${items('IncidentCases')}/${staffs.id}`, { user: STAFF });
    expect(deleted.status).toBe(403);
    expect(deleted.body.error?.code).toBe('accessDenied');
  });

  it('lets the case team read and edit every report', async () => {
    const seen = await titlesSeenBy(PRIVACY, 'IncidentCases');
    expect(seen).toEqual(expect.arrayContaining(['Staff: deur open', 'Visitor: pas kwijt']));
    const { id } = await report(STAFF, 'Staff: tweede melding');
    expect((await emu.graph('PATCH', `${items('IncidentCases')}/${id}/fields`, { user: PRIVACY, body: { CaseStatus: 'closed' } })).status).toBe(200);
  });

  it('refuses a guest every case: no reading, no reporting, the list not even listed', async () => {
    const read = await emu.graph('GET', items('IncidentCases'), { user: GUEST });
    expect(read.status).toBe(403);
    expect(read.body.error?.code).toBe('accessDenied');
    expect((await report(GUEST, 'Gast: melding')).status).toBe(403);
    const lists = (await emu.graph('GET', `/sites/${site}/lists`, { user: GUEST })).body['value'] as Array<{ displayName: string }>;
    expect(lists.map((list) => list.displayName)).not.toContain('IncidentCases');
  });
});

describe('Instruments, Lessons and Actions', () => {
  it('refuses a member changing an instrument; an instrument editor may', async () => {
    const [first] = (await emu.graph('GET', `${items('Instruments')}?$top=1`, { user: STAFF })).body['value'] as Array<{ id: string }>;
    const refused = await emu.graph('PATCH', `${items('Instruments')}/${first?.id ?? ''}/fields`, { user: STAFF, body: { Title: 'https://phishing.example' } });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe('accessDenied');
    expect((await emu.graph('PATCH', `${items('Instruments')}/${first?.id ?? ''}/fields`, { user: COORDINATOR, body: { Summary: 'Bijgewerkt door de redactie.' } })).status).toBe(200);
  });

  it('lets staff read lessons but not write them; the case team writes; a guest reads none', async () => {
    const lesson = { Title: 'Les', SubmissionId: 'perm-lesson', Theme: 'privacy', RedactedText: 'Controleer de ontvangers.', Tlp: 'GREEN' };
    expect((await emu.graph('POST', items('Lessons'), { user: STAFF, body: { fields: lesson } })).status).toBe(403);
    expect((await emu.graph('POST', items('Lessons'), { user: PRIVACY, body: { fields: lesson } })).status).toBe(201);
    expect(await titlesSeenBy(STAFF, 'Lessons')).toContain('Les');
    expect((await emu.graph('GET', items('Lessons'), { user: GUEST })).status).toBe(403);
  });

  it('keeps a TLP:RED lesson from staff: it is stored where only the case team reads', async () => {
    const red = { Title: 'Rode les', SubmissionId: 'perm-red', Theme: 'integriteit', RedactedText: 'Alleen voor het casusteam.', Tlp: 'RED' };
    expect((await emu.graph('POST', items('RestrictedLessons'), { user: STAFF, body: { fields: red } })).status).toBe(403);
    expect((await emu.graph('POST', items('RestrictedLessons'), { user: PRIVACY, body: { fields: red } })).status).toBe(201);
    const refused = await emu.graph('GET', items('RestrictedLessons'), { user: STAFF });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe('accessDenied');
    expect(await titlesSeenBy(STAFF, 'Lessons')).not.toContain('Rode les');
    expect(await titlesSeenBy(PRIVACY, 'RestrictedLessons')).toEqual(['Rode les']);
  });

  it('keeps Actions to the case team', async () => {
    for (const user of [STAFF, READER, GUEST]) expect((await emu.graph('GET', items('Actions'), { user })).status).toBe(403);
    expect((await emu.graph('GET', items('Actions'), { user: PRIVACY })).status).toBe(200);
  });
});

describe('Assessments and AssessmentResponses', () => {
  const response = (assessor: string, id: string) => ({
    Title: `Antwoorden ${assessor}`,
    SubmissionId: id,
    AssessmentId: 'perm-assessment',
    AssessorUpn: assessor,
    ResponseStatus: 'inProgress',
    AnswersJson: '{}',
  });

  it('lets a member start an assessment and change only their own', async () => {
    const fields = { Title: 'Teamevaluatie', SubmissionId: 'perm-assessment', ModelId: 'ivho', ModelVersion: '1', Scope: 'team', AssessmentStatus: 'open' };
    const started = await emu.graph('POST', items('Assessments'), { user: STAFF, body: { fields } });
    expect(started.status).toBe(201);
    const id = String(started.body['id']);
    expect((await emu.graph('PATCH', `${items('Assessments')}/${id}/fields`, { user: PRIVACY, body: { Title: 'Overgenomen' } })).status).toBe(403);
    expect((await emu.graph('PATCH', `${items('Assessments')}/${id}/fields`, { user: STAFF, body: { Title: 'Teamevaluatie 2026' } })).status).toBe(200);
    // The coordinators manage every assessment.
    expect((await emu.graph('PATCH', `${items('Assessments')}/${id}/fields`, { user: COORDINATOR, body: { AssessmentStatus: 'finalised' } })).status).toBe(200);
  });

  it('keeps each assessor to their own answers; the coordinator reads all', async () => {
    const staffs = await emu.graph('POST', items('AssessmentResponses'), { user: STAFF, body: { fields: response(STAFF, 'perm-response-staff') } });
    expect(staffs.status).toBe(201);
    expect((await emu.graph('POST', items('AssessmentResponses'), { user: PRIVACY, body: { fields: response(PRIVACY, 'perm-response-privacy') } })).status).toBe(201);
    expect(await titlesSeenBy(PRIVACY, 'AssessmentResponses')).toEqual([`Antwoorden ${PRIVACY}`]);
    // Another assessor's response can be neither read nor changed.
    const changed = await emu.graph('PATCH', `${items('AssessmentResponses')}/${String(staffs.body['id'])}/fields`, { user: PRIVACY, body: { AnswersJson: '{"x":1}' } });
    expect(changed.status).toBe(404);
    expect(await titlesSeenBy(COORDINATOR, 'AssessmentResponses')).toEqual(expect.arrayContaining([`Antwoorden ${STAFF}`, `Antwoorden ${PRIVACY}`]));
    // A visitor is no participant.
    expect((await emu.graph('GET', items('AssessmentResponses'), { user: READER })).status).toBe(403);
  });
});

describe('ConfidentialReports: each reporter submits and reads only their own; the confidential advisers all; the case team nothing; guests nothing', () => {
  const confidential = (user: string, title: string) =>
    emu.graph('POST', items('ConfidentialReports'), { user, body: { fields: { Title: title, SubmissionId: `wbk-perm-${title}`, Theme: 'integriteit', WhatHappened: 'Vermoeden van een misstand.', ReporterUpn: user } } });

  it('lets staff report and read only their own report, and never change it afterwards', async () => {
    const staffs = await confidential(STAFF, 'Staff: misstand');
    expect(staffs.status).toBe(201);
    // What the adviser records (acknowledgement, feedback, forwarding) is not the reporter's to change: "IV-HO Submit" has no edit right.
    const own = await emu.graph('PATCH', `${items('ConfidentialReports')}/${String(staffs.body['id'])}/fields`, { user: STAFF, body: { AcknowledgedOn: '2026-12-01T10:00:00Z' } });
    expect(own.status).toBe(403);
    expect((await confidential(READER, 'Visitor: misstand')).status).toBe(201);
    expect(await titlesSeenBy(STAFF, 'ConfidentialReports')).toEqual(['Staff: misstand']);
    expect(await titlesSeenBy(READER, 'ConfidentialReports')).toEqual(['Visitor: misstand']);
  });

  it('shows the case team none of them, not even one by one, and refuses them a change', async () => {
    expect(await titlesSeenBy(PRIVACY, 'ConfidentialReports')).toEqual([]);
    const all = (await emu.graph('GET', `${items('ConfidentialReports')}?expand=fields`, { user: ADVISER })).body['value'] as Array<{ id: string; fields: Record<string, unknown> }>;
    const staffs = all.find((item) => item.fields['Title'] === 'Staff: misstand');
    expect((await emu.graph('GET', `${items('ConfidentialReports')}/${staffs?.id ?? ''}`, { user: PRIVACY })).status).toBe(404);
    expect((await emu.graph('PATCH', `${items('ConfidentialReports')}/${staffs?.id ?? ''}/fields`, { user: PRIVACY, body: { AcknowledgedOn: '2026-12-01T10:00:00Z' } })).status).toBe(404);
  });

  it('lets the confidential advisers read every report and record the acknowledgement', async () => {
    const all = (await emu.graph('GET', `${items('ConfidentialReports')}?expand=fields`, { user: ADVISER })).body['value'] as Array<{ id: string; fields: Record<string, unknown> }>;
    expect(all.map((item) => item.fields['Title'])).toEqual(expect.arrayContaining(['Staff: misstand', 'Visitor: misstand']));
    const staffs = all.find((item) => item.fields['Title'] === 'Staff: misstand');
    expect((await emu.graph('PATCH', `${items('ConfidentialReports')}/${staffs?.id ?? ''}/fields`, { user: ADVISER, body: { AcknowledgedOn: '2026-12-01T10:00:00Z' } })).status).toBe(200);
  });

  it('refuses guests, who are no staff of the institution', async () => {
    expect((await emu.graph('GET', items('ConfidentialReports'), { user: GUEST })).status).toBe(403);
    expect((await confidential(GUEST, 'Gast: misstand')).status).toBe(403);
  });
});

describe('Reminders: the case team records each reminder once; nobody else reads or writes them', () => {
  it('lets the case team create a reminder (201) and refuses the same key a second time (409)', async () => {
    const reminder = { fields: { Title: 'breach:perm-case:24h', SubmissionId: 'breach:perm-case:24h', CaseId: 'perm-case' } };
    expect((await emu.graph('POST', items('Reminders'), { user: PRIVACY, body: reminder })).status).toBe(201);
    expect((await emu.graph('POST', items('Reminders'), { user: PRIVACY, body: reminder })).status).toBe(409);
    expect(await titlesSeenBy(PRIVACY, 'Reminders')).toContain('breach:perm-case:24h');
  });

  it('refuses staff, the confidential adviser and guests, reading and writing alike (403)', async () => {
    for (const user of [STAFF, ADVISER, GUEST]) {
      expect((await emu.graph('GET', items('Reminders'), { user })).status).toBe(403);
      expect((await emu.graph('POST', items('Reminders'), { user, body: { fields: { Title: 'x', SubmissionId: `x-${user}`, CaseId: 'perm-case' } } })).status).toBe(403);
    }
  });
});

describe('ConfidentialReminders: the confidential advisers record each Wbk reminder once; nobody else reads or writes them', () => {
  it('lets an adviser create a reminder (201) and refuses the same key a second time (409)', async () => {
    const reminder = { fields: { Title: 'wbk:perm-report:acknowledgement', SubmissionId: 'wbk:perm-report:acknowledgement', CaseId: 'perm-report' } };
    expect((await emu.graph('POST', items('ConfidentialReminders'), { user: ADVISER, body: reminder })).status).toBe(201);
    expect((await emu.graph('POST', items('ConfidentialReminders'), { user: ADVISER, body: reminder })).status).toBe(409);
    expect(await titlesSeenBy(ADVISER, 'ConfidentialReminders')).toContain('wbk:perm-report:acknowledgement');
  });

  // The demo's coordinator is a site collection administrator, whom SharePoint lets into everything (admin guide, section 7).
  it('refuses the case team, staff, visitors and guests, reading and writing alike (403)', async () => {
    for (const user of [PRIVACY, STAFF, READER, GUEST]) {
      expect((await emu.graph('GET', items('ConfidentialReminders'), { user })).status).toBe(403);
      expect((await emu.graph('POST', items('ConfidentialReminders'), { user, body: { fields: { Title: 'x', SubmissionId: `x-${user}`, CaseId: 'perm-report' } } })).status).toBe(403);
    }
  });
});
