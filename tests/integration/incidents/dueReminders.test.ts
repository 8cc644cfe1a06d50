/**
 * Reminders of the legal clocks (issue 16, item 6) against the emulator's Graph: the case
 * team member whose app finds a reminder due records it in the Reminders list and
 * notifies the colleagues who worked on the case; the same reminder from a second device
 * or a second colleague is refused by SharePoint (409) and sends nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../../emulator/server';
import { sendDueReminders, sendDueWhistleblowerReminders } from '../../../src/features/incident-learning/api/sendDueReminders';
import { createGraphClient, createListClient, withScopes } from '../../../src/graph';
import type { TokenSource } from '../../../src/graph';
import { emulatorTokenSource } from '../../../src/auth/emulatorTokenSource';
import { CONFIDENTIAL_REPORT_SELECT, readConfidentialReports } from '../../../src/lists/confidentialReportMapping';
import { INCIDENT_CASE_SELECT, readIncidentCases } from '../../../src/lists/incidentCaseMapping';

const SITE = { siteHostname: 'contoso.sharepoint.com', sitePath: '/sites/ivho' };
const LIST_NAMES = { incidentCases: 'IncidentCases', reminders: 'Reminders' };
const WBK_LIST_NAMES = { confidentialReports: 'ConfidentialReports', confidentialReminders: 'ConfidentialReminders' };
const NOW = new Date('2026-12-07T12:00:00Z');

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ivho-reminders-it-'));
  emulator = await startEmulator({ port: 0, dataDir, reset: true, tab: { mode: 'none' }, quiet: true });
});

afterAll(async () => {
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The app's own local-mode token source: exactly the scopes each request asks for, AADSTS65001 when not consented. */
function tokensFor(user: string): TokenSource {
  return emulatorTokenSource({ origin: emulator.url, tokenUrl: '/emulator/token', user });
}

function connect(user: string) {
  const graph = createGraphClient({ baseUrl: `${emulator.url}/graph/v1.0`, tokenSource: tokensFor(user), retry: { baseDelayMs: 5, maxDelayMs: 50 } });
  const lists = createListClient(withScopes(graph, ['Sites.Selected', 'User.Read']), SITE);
  const feed = { graph: withScopes(graph, ['TeamsActivity.Send']), caseLink: (caseId: string) => `https://teams.microsoft.com/l/entity/app/incidents?context=${encodeURIComponent(JSON.stringify({ subEntityId: `incident:${caseId}` }))}` };
  return { lists, feed };
}

async function userId(upn: string): Promise<string> {
  const users = (await (await fetch(`${emulator.url}/emulator/users`)).json()) as { value?: Array<{ id: string; userPrincipalName: string }> } | Array<{ id: string; userPrincipalName: string }>;
  const list = Array.isArray(users) ? users : (users.value ?? []);
  const found = list.find((user) => user.userPrincipalName === upn);
  if (found === undefined) throw new Error(`no demo user ${upn}`);
  return found.id;
}

async function activitiesOf(upn: string): Promise<Array<{ activityType: string; templateParameters: Record<string, string>; topic: { value: string } }>> {
  return ((await (await fetch(`${emulator.url}/emulator/activities?user=${encodeURIComponent(upn)}`)).json()) as { value: Array<{ activityType: string; templateParameters: Record<string, string>; topic: { value: string } }> }).value;
}

async function casesSeenBy(user: string) {
  const { lists } = connect(user);
  return readIncidentCases(await lists.listItems('IncidentCases', { select: INCIDENT_CASE_SELECT })).items;
}

describe('sendDueReminders', () => {
  it('sends a due breach reminder once to the case team member who worked on the case, never to the reporter, and a second device sends nothing', async () => {
    // Sam reports; Priya (case team) decides it is a breach, aware 50 hours ago, not yet notified to the AP.
    const staff = connect('staff@contoso.example');
    const reported = await staff.lists.createItem('IncidentCases', { Title: 'Cijferlijst naar verkeerde groep', SubmissionId: 'rem-case-1', Kind: 'incident', WhatHappened: 'Een lijst met cijfers ging naar de verkeerde groep.', CaseStatus: 'open', PersonalDataInvolved: true });
    const privacy = connect('privacy@contoso.example');
    await privacy.lists.updateItemFields('IncidentCases', reported.id, { CaseStatus: 'inProgress', BreachAwareOn: '2026-12-05T10:00:00Z', BreachJson: JSON.stringify({ decision: 'breach', types: ['confidentiality'] }) });

    // Priya's own app: she is the only one who worked on it, so there is nobody to tell, and nothing is recorded.
    const byPriya = await sendDueReminders(await casesSeenBy('privacy@contoso.example'), { ...privacy, listNames: LIST_NAMES, userId: await userId('privacy@contoso.example'), now: NOW });
    expect(byPriya).toEqual({ sent: [], alreadySent: [], nobodyElse: ['breach:rem-case-1:48h'], notDelivered: [] });
    expect(await activitiesOf('privacy@contoso.example')).toEqual([]);

    // Anna (site owner, sees every case) opens the app: Priya is told, once; Sam, the reporter, is not.
    const anna = connect('coordinator@contoso.example');
    const annaId = await userId('coordinator@contoso.example');
    const first = await sendDueReminders(await casesSeenBy('coordinator@contoso.example'), { ...anna, listNames: LIST_NAMES, userId: annaId, now: NOW });
    expect(first.sent).toEqual(['breach:rem-case-1:48h']);
    const told = (await activitiesOf('privacy@contoso.example')).filter((activity) => activity.activityType === 'breachClockReminder');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ templateParameters: { hours: '48' }, topic: { value: 'Cijferlijst naar verkeerde groep' } });
    expect((await activitiesOf('staff@contoso.example')).filter((activity) => activity.activityType === 'breachClockReminder')).toEqual([]);

    // The same reminder from Anna's other device: SharePoint refuses the second record (409), nothing is sent.
    const second = await sendDueReminders(await casesSeenBy('coordinator@contoso.example'), { ...connect('coordinator@contoso.example'), listNames: LIST_NAMES, userId: annaId, now: NOW });
    expect(second).toEqual({ sent: [], alreadySent: ['breach:rem-case-1:48h'], nobodyElse: [], notDelivered: [] });
    expect((await activitiesOf('privacy@contoso.example')).filter((activity) => activity.activityType === 'breachClockReminder')).toHaveLength(1);

    // Twelve hours later the 60-hour threshold is a new reminder.
    const later = await sendDueReminders(await casesSeenBy('coordinator@contoso.example'), { ...anna, listNames: LIST_NAMES, userId: annaId, now: new Date('2026-12-07T22:00:00Z') });
    expect(later.sent).toEqual(['breach:rem-case-1:60h']);
  });

  it('does nothing for a reporter: their own reports are not theirs to chase, and they may not write Reminders', async () => {
    const staff = connect('staff@contoso.example');
    const round = await sendDueReminders(await casesSeenBy('staff@contoso.example'), { ...staff, listNames: LIST_NAMES, userId: await userId('staff@contoso.example'), now: NOW });
    expect(round).toEqual({ sent: [], alreadySent: [], nobodyElse: [], notDelivered: [] });
  });

  it('without consent for TeamsActivity.Send tells nobody and keeps no record, so the reminder goes out once consent is given', async () => {
    const staff = connect('staff@contoso.example');
    const reported = await staff.lists.createItem('IncidentCases', { Title: 'USB-stick met dossiers kwijt', SubmissionId: 'rem-case-2', Kind: 'incident', WhatHappened: 'Een USB-stick met dossiers is kwijt.', CaseStatus: 'open', PersonalDataInvolved: true });
    await connect('privacy@contoso.example').lists.updateItemFields('IncidentCases', reported.id, { CaseStatus: 'inProgress', BreachAwareOn: '2026-12-06T10:00:00Z', BreachJson: JSON.stringify({ decision: 'breach', types: ['confidentiality'] }) });
    const annaId = await userId('coordinator@contoso.example');
    const consent = (await (await fetch(`${emulator.url}/emulator/consent`)).json()) as { organisation: string[] };
    const setConsent = (organisation: readonly string[]) => fetch(`${emulator.url}/emulator/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ organisation }) });
    await setConsent(consent.organisation.filter((scope) => scope !== 'TeamsActivity.Send'));
    try {
      const refused = await sendDueReminders(await casesSeenBy('coordinator@contoso.example'), { ...connect('coordinator@contoso.example'), listNames: LIST_NAMES, userId: annaId, now: NOW });
      expect(refused.notDelivered).toEqual(['breach:rem-case-2:24h']);
      expect(refused.sent).toEqual([]);
    } finally {
      await setConsent(consent.organisation);
    }
    const granted = await sendDueReminders(await casesSeenBy('coordinator@contoso.example'), { ...connect('coordinator@contoso.example'), listNames: LIST_NAMES, userId: annaId, now: NOW });
    expect(granted.sent).toEqual(['breach:rem-case-2:24h']);
    expect((await activitiesOf('privacy@contoso.example')).filter((activity) => activity.topic.value === 'USB-stick met dossiers kwijt')).toHaveLength(1);
  });

  it('sends a reminder once when two devices find it due at the same moment: one records and sends it, the other finds it recorded or is refused (409)', async () => {
    const staff = connect('staff@contoso.example');
    const reported = await staff.lists.createItem('IncidentCases', { Title: 'Laptop met dossiers gestolen', SubmissionId: 'rem-case-3', Kind: 'incident', WhatHappened: 'Een laptop met dossiers is uit een auto gestolen.', CaseStatus: 'open', PersonalDataInvolved: true });
    await connect('privacy@contoso.example').lists.updateItemFields('IncidentCases', reported.id, { CaseStatus: 'inProgress', BreachAwareOn: '2026-12-06T11:00:00Z', BreachJson: JSON.stringify({ decision: 'breach', types: ['confidentiality'] }) });
    const annaId = await userId('coordinator@contoso.example');
    const cases = await casesSeenBy('coordinator@contoso.example');
    const rounds = await Promise.all([1, 2].map(() => sendDueReminders(cases, { ...connect('coordinator@contoso.example'), listNames: LIST_NAMES, userId: annaId, now: NOW })));
    expect(rounds.flatMap((round) => round.sent).filter((key) => key === 'breach:rem-case-3:24h')).toHaveLength(1);
    expect(rounds.flatMap((round) => round.alreadySent).filter((key) => key === 'breach:rem-case-3:24h')).toHaveLength(1);
    expect((await activitiesOf('privacy@contoso.example')).filter((activity) => activity.topic.value === 'Laptop met dossiers gestolen')).toHaveLength(1);
  });
});

async function reportsSeenBy(user: string) {
  const { lists } = connect(user);
  return readConfidentialReports(await lists.listItems('ConfidentialReports', { select: CONFIDENTIAL_REPORT_SELECT })).items;
}

/** Makes `upn` a second confidential adviser, over SharePoint REST as the site owner would. */
async function addAdviser(upn: string): Promise<void> {
  const tokenAnswer = await fetch(`${emulator.url}/emulator/token?user=coordinator@contoso.example&scopes=${encodeURIComponent('https://contoso.sharepoint.com/AllSites.FullControl')}`);
  const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
  const api = `${emulator.url}/sharepoint/contoso.sharepoint.com/sites/ivho/_api`;
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json;odata=nometadata', 'content-type': 'application/json' };
  const group = (await (await fetch(`${api}/web/sitegroups/getbyname('IV-HO Confidential advisers')`, { headers })).json()) as { Id: number };
  const added = await fetch(`${api}/web/sitegroups/getbyid(${group.Id})/users`, { method: 'POST', headers, body: JSON.stringify({ LoginName: `i:0#.f|membership|${upn}` }) });
  expect(added.status).toBe(201);
}

describe('sendDueWhistleblowerReminders', () => {
  it('reminds the other confidential adviser of an acknowledgement coming due, once, without the report’s title; the reporter and the case team send nothing', async () => {
    await addAdviser('reader@contoso.example');
    const staff = connect('staff@contoso.example');
    const title = 'Collega past cijfers aan';
    await staff.lists.createItem('ConfidentialReports', { Title: title, SubmissionId: 'wbk-rem-1', WhatHappened: 'Ik zag dat cijfers werden aangepast.', ReporterUpn: 'staff@contoso.example' });
    const handled = await staff.lists.createItem('ConfidentialReports', { Title: 'Eerdere melding', SubmissionId: 'wbk-rem-2', WhatHappened: 'Iets anders.', ReporterUpn: 'staff@contoso.example' });
    // The second adviser acknowledged the earlier report: that is how the app knows them as an adviser.
    const reader = connect('reader@contoso.example');
    await reader.lists.updateItemFields('ConfidentialReports', handled.id, { AcknowledgedOn: new Date().toISOString() });

    const adviser = connect('adviser@contoso.example');
    const reports = await reportsSeenBy('adviser@contoso.example');
    const received = reports.find((report) => report.submissionId === 'wbk-rem-1')?.receivedOn ?? '';
    // Six days after receipt: the acknowledgement (seven days) is within its two-day lead.
    const sixDaysOn = new Date(Date.parse(received) + 6 * 24 * 3_600_000);
    const adviserId = await userId('adviser@contoso.example');
    const first = await sendDueWhistleblowerReminders(reports, { ...adviser, listNames: WBK_LIST_NAMES, userId: adviserId, now: sixDaysOn });
    expect(first.sent).toEqual(['wbk:wbk-rem-1:acknowledgement']);
    const told = (await activitiesOf('reader@contoso.example')).filter((activity) => activity.activityType === 'wbkAcknowledgementDue');
    expect(told).toHaveLength(1);
    expect(told[0]?.topic.value).toBe(`Wbk ${received.slice(0, 10)}`);
    expect(JSON.stringify(told)).not.toContain(title);
    expect(await activitiesOf('staff@contoso.example')).toEqual([]);

    // The adviser's second device: recorded already, nothing sent.
    const second = await sendDueWhistleblowerReminders(await reportsSeenBy('adviser@contoso.example'), { ...connect('adviser@contoso.example'), listNames: WBK_LIST_NAMES, userId: adviserId, now: sixDaysOn });
    expect(second.sent).toEqual([]);
    expect(second.alreadySent).toEqual(['wbk:wbk-rem-1:acknowledgement']);

    // The reporter sees only their own reports; the case team sees none and may not read the reminders.
    const byReporter = await sendDueWhistleblowerReminders(await reportsSeenBy('staff@contoso.example'), { ...staff, listNames: WBK_LIST_NAMES, userId: await userId('staff@contoso.example'), now: sixDaysOn });
    expect(byReporter).toEqual({ sent: [], alreadySent: [], nobodyElse: [], notDelivered: [] });
    expect(await reportsSeenBy('privacy@contoso.example')).toEqual([]);
    await expect(connect('privacy@contoso.example').lists.listItems('ConfidentialReminders', { select: ['SubmissionId'] })).rejects.toMatchObject({ kind: expect.stringMatching(/forbidden|notFound/) });
    expect((await activitiesOf('reader@contoso.example')).filter((activity) => activity.activityType === 'wbkAcknowledgementDue')).toHaveLength(1);
  });
});
