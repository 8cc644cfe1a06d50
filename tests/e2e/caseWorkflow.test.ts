/**
 * A case after its report (issue 16, item 1): the case team moves it through its states
 * and edits its timeline and factors; the reporter adds details to their own report later
 * (the report form's "kan ook later" comes true); a save against a case someone changed
 * meanwhile is the user's choice, and nothing typed is lost. A report of a suspected
 * wrongdoing (item 4) reaches the confidential adviser only, and the case team only what
 * the adviser forwards, without the reporter.
 */
import type { FrameLocator } from 'playwright-core';
import { runActionAccess } from '../../scripts/provision/runActionAccess';
import { runCommand } from '../integration/provisioning/provisioningTestBed';
import { graphAs, itemsPath } from './support/emulatorGraph';
import { eventually } from './support/eventually';
import { waitForItemCount, countItems } from './support/faultFlows';
import { seriousAxeViolations, startHostedTab, type HostedTab } from './support/hostedTab';
import { collectConsoleErrors, launchBrowser } from './support/launchBrowser';

jest.setTimeout(120_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

const TITLE = 'Toegangspoort fietsenstalling blijft open';

interface StoredCase {
  readonly id: string;
  readonly fields: Record<string, unknown>;
}

async function storedCase(): Promise<StoredCase> {
  const graph = await graphAs(hosted.emulator.url, 'privacy@contoso.example');
  const answer = (await graph('GET', `${itemsPath('IncidentCases')}?expand=fields&$top=5000`)) as { value: StoredCase[] };
  const found = answer.value.find((item) => item.fields['Title'] === TITLE);
  if (found === undefined) throw new Error('the reported case is not in SharePoint');
  return found;
}

describe('a case after its report', () => {
  it('is moved and completed by the case team, added to by its reporter, and a concurrent change is the user’s choice', async () => {
    // A staff member reports.
    const before = await countItems(hosted.emulator.url, 'IncidentCases');
    const staff = await hosted.openHost('tab=personal&locale=nl-NL&user=staff%40contoso.example&subPageId=incidents');
    await staff.tab.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
    await staff.tab.getByRole('textbox', { name: 'Wat er gebeurde' }).fill('De poort van de fietsenstalling sloot na 22.00 uur niet meer.');
    await staff.tab.getByRole('button', { name: 'Melding versturen' }).click();
    expect(await waitForItemCount(hosted.emulator.url, 'IncidentCases', before + 1, 60_000)).toBe(before + 1);
    const reported = await storedCase();
    expect(reported.fields['CaseStatus']).toBe('open');
    const submissionId = String(reported.fields['SubmissionId']);
    await staff.page.close();

    // The privacy officer (case team) takes it on: status, timeline, a contributing factor.
    const officer = await hosted.openHost(`tab=personal&locale=nl-NL&user=privacy%40contoso.example&subPageId=${encodeURIComponent(`incident:${submissionId}`)}`);
    await officer.tab.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await officer.tab.getByText('Status: Gemeld').waitFor();
    await officer.tab.getByRole('button', { name: 'Dossier bewerken' }).click();
    await officer.tab.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In behandeling' });
    const timeline = officer.tab.getByRole('textbox', { name: /^Tijdlijn/ });
    await timeline.fill('gisteren avond');
    await officer.tab.getByRole('textbox', { name: /^Bijdragende factoren/ }).fill('Sluitmechanisme niet onderhouden');
    await officer.tab.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    // A line without a date is named; nothing is written and nothing typed is lost.
    await officer.tab.getByText('Regel 1 van de tijdlijn begint niet met een datum en tijd').waitFor();
    expect((await storedCase()).fields['CaseStatus']).toBe('open');
    await timeline.fill('2026-11-30 22:15 Poort sloot niet\n2026-12-01 08:00 Melding binnengekomen');
    expect(await seriousAxeViolations(officer.page)).toEqual([]);
    await officer.tab.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await officer.tab.getByText('Opgeslagen in SharePoint.').waitFor();
    const handled = await storedCase();
    expect(handled.fields['CaseStatus']).toBe('inProgress');
    expect(JSON.parse(String(handled.fields['TimelineJson']))).toHaveLength(2);
    expect(JSON.parse(String(handled.fields['ContributingFactorsJson']))).toEqual({ whys: [], factors: ['Sluitmechanisme niet onderhouden'] });
    await officer.tab.getByText('Status: In behandeling').waitFor();

    // The reporter adds what went well to their own report; the status is not theirs to move.
    const reporter = await hosted.openHost(`tab=personal&locale=nl-NL&user=staff%40contoso.example&subPageId=${encodeURIComponent(`incident:${submissionId}`)}`);
    await reporter.tab.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await reporter.tab.getByRole('button', { name: 'Details toevoegen' }).click();
    expect(await reporter.tab.getByRole('combobox', { name: 'Status' }).count()).toBe(0);
    await reporter.tab.getByRole('textbox', { name: 'Wat ging goed' }).fill('De beveiliger zag het direct op de camera.');
    await reporter.tab.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await reporter.tab.getByText('Opgeslagen in SharePoint.').waitFor();
    const added = await storedCase();
    expect(added.fields['WentWell']).toBe('De beveiliger zag het direct op de camera.');
    expect(added.fields['CaseStatus']).toBe('inProgress');
    await reporter.page.close();

    // The officer edits again while the reporter's save made their copy stale: a choice, not a loss.
    await officer.page.reload();
    await officer.tab.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await officer.tab.getByRole('button', { name: 'Dossier bewerken' }).click();
    await officer.tab.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Besloten' });
    const graph = await graphAs(hosted.emulator.url, 'staff@contoso.example');
    await graph('PATCH', `${itemsPath('IncidentCases')}/${handled.id}/fields`, { Lucky: 'Er stonden geen fietsen in de stalling.' });
    await officer.tab.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await officer.tab.getByText('Iemand anders heeft dit dossier intussen gewijzigd.').waitFor();
    expect((await storedCase()).fields['CaseStatus']).toBe('inProgress');
    await officer.tab.getByRole('button', { name: 'Mijn versie toch opslaan' }).click();
    await officer.tab.getByText('Opgeslagen in SharePoint.').waitFor();
    const merged = await storedCase();
    expect(merged.fields['CaseStatus']).toBe('decided');
    // Only what the officer changed is written: the colleague's concurrent change to another part stays.
    expect(merged.fields['Lucky']).toBe('Er stonden geen fietsen in de stalling.');

    // The case's history, from SharePoint's versions: who changed which parts, and when.
    await officer.tab.getByRole('button', { name: 'Geschiedenis tonen' }).click();
    const history = officer.tab.getByRole('region', { name: 'Geschiedenis' }).getByRole('listitem');
    await history.first().waitFor();
    const lines = await history.allInnerTexts();
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/Priya Bakker wijzigde de status van In behandeling naar Besloten$/);
    expect(lines[1]).toMatch(/Sam Visser wijzigde waar we geluk hadden$/);
    expect(lines[2]).toMatch(/Sam Visser wijzigde wat ging goed$/);
    expect(lines[3]).toMatch(/Priya Bakker wijzigde de status van Gemeld naar In behandeling, tijdlijn, bijdragende factoren$/);
    expect(lines[4]).toMatch(/gemeld door Sam Visser$/);
    expect(officer.errors.filter((error) => !/status of 412/.test(error))).toEqual([]);
    await officer.page.close();
  });
});

describe('actions that close', () => {
  it('lets an action’s owner mark it done from the actions view, and the case team check its effect', async () => {
    const officerGraph = await graphAs(hosted.emulator.url, 'privacy@contoso.example');
    const title = 'Sluitmechanisme poort laten nakijken';
    await officerGraph('POST', itemsPath('IncidentCases'), {
      fields: { Title: 'Slagboom parkeerterrein defect', SubmissionId: 'e2e-case-actions', Kind: 'incident', WhatHappened: 'De slagboom bleef open staan.', CaseStatus: 'inProgress' },
    });
    const created = (await officerGraph('POST', itemsPath('Actions'), {
      fields: { Title: title, SubmissionId: 'e2e-action-owner', CaseId: 'e2e-case-actions', OwnerUpn: 'staff@contoso.example', OwnerName: 'Sam Visser', DueOn: '2026-12-31T00:00:00Z', ActionStatus: 'open' },
    })) as { id: string };
    // The owner reaches their own action once the admin command has run (issue 15).
    const granted = await runCommand(runActionAccess, ['--emulator', hosted.emulator.url]);
    expect(granted.err).toBe('');

    const owner = await hosted.openHost('tab=personal&locale=nl-NL&user=staff%40contoso.example&subPageId=incidents');
    await owner.tab.getByRole('tab', { name: 'Acties' }).click();
    await owner.tab.getByRole('button', { name: `Bijwerken: ${title}` }).click();
    await owner.tab.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'afgerond' });
    await owner.tab.getByRole('textbox', { name: 'Controle op effect' }).fill('Poort sluit weer; over een maand opnieuw kijken.');
    await owner.tab.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const stored = async () => ((await officerGraph('GET', `${itemsPath('Actions')}/${created.id}?expand=fields`)) as { fields: Record<string, unknown> }).fields;
    expect((await eventually(stored, (fields) => fields['ActionStatus'] === 'done'))['ActionStatus']).toBe('done');
    expect((await stored())['EffectivenessCheck']).toBe('Poort sluit weer; over een maand opnieuw kijken.');
    expect(await seriousAxeViolations(owner.page)).toEqual([]);
    await owner.page.close();

    const officer = await hosted.openHost(`tab=personal&locale=nl-NL&user=privacy%40contoso.example&subPageId=${encodeURIComponent('incident:e2e-case-actions')}`);
    await officer.tab.getByRole('button', { name: `Bijwerken: ${title}` }).click();
    await officer.tab.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'effect gecontroleerd' });
    await officer.tab.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    expect((await eventually(stored, (fields) => fields['ActionStatus'] === 'effectChecked'))['ActionStatus']).toBe('effectChecked');
    await officer.tab.getByText(`${title} — Sam Visser`, { exact: false }).waitFor();
    await officer.page.close();
  });
});

describe('a report of a suspected wrongdoing (Wet bescherming klokkenluiders)', () => {
  it('goes to the confidential adviser only; what the adviser forwards reaches the case team without the reporter', async () => {
    const title = 'Vermoeden van fraude met declaraties';
    const casesBefore = await countItems(hosted.emulator.url, 'IncidentCases');
    const reportsBefore = await countItems(hosted.emulator.url, 'ConfidentialReports');
    const staff = await hosted.openHost('tab=personal&locale=nl-NL&user=staff%40contoso.example&subPageId=incidents');
    await staff.tab.getByRole('textbox', { name: 'Titel' }).fill(title);
    await staff.tab.getByRole('textbox', { name: 'Wat er gebeurde' }).fill('Een leidinggevende keurt eigen declaraties goed. Ik zag het als enige op de afdeling.');
    await staff.tab.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Integriteit' });
    await staff.tab.getByRole('checkbox', { name: /Dit is een melding van een vermoeden van een misstand/ }).check();
    // Where it goes and the institution's formal procedure, before sending.
    await staff.tab.getByText(/het casusteam krijgt niet te zien wie meldde/).waitFor();
    expect(await staff.tab.getByRole('link', { name: 'Lees de formele procedure' }).getAttribute('href')).toBe('https://www.contoso.example/klokkenluidersregeling');
    await staff.tab.getByRole('button', { name: 'Melding versturen' }).click();
    expect(await waitForItemCount(hosted.emulator.url, 'ConfidentialReports', reportsBefore + 1, 60_000)).toBe(reportsBefore + 1);
    expect(await countItems(hosted.emulator.url, 'IncidentCases')).toBe(casesBefore);
    await staff.page.close();

    // SharePoint shows the case team none of it: the privacy officer reads an empty list, and the item itself does not exist for them.
    const officerGraph = await graphAs(hosted.emulator.url, 'privacy@contoso.example');
    expect(((await officerGraph('GET', `${itemsPath('ConfidentialReports')}?expand=fields`)) as { value: unknown[] }).value).toEqual([]);
    const adviserGraph = await graphAs(hosted.emulator.url, 'adviser@contoso.example');
    const stored = ((await adviserGraph('GET', `${itemsPath('ConfidentialReports')}?expand=fields`)) as { value: Array<{ id: string; fields: Record<string, unknown> }> }).value.find((item) => item.fields['Title'] === title);
    expect(stored?.fields['ReporterUpn']).toBe('staff@contoso.example');
    await expect(officerGraph('GET', `${itemsPath('ConfidentialReports')}/${stored?.id ?? ''}?expand=fields`)).rejects.toThrow(/: 404 /);

    // The confidential adviser sees it, who reported it, and the Wbk deadlines; acknowledges and forwards.
    const adviser = await hosted.openHost('tab=personal&locale=nl-NL&user=adviser%40contoso.example&subPageId=incidents');
    await adviser.tab.getByRole('tab', { name: 'Vertrouwelijke meldingen' }).click();
    const report = adviser.tab.getByTestId('confidential-report').filter({ hasText: title });
    await report.getByText('Gemeld door staff@contoso.example', { exact: false }).waitFor();
    expect(await report.getByTestId('whistleblower-deadlines').locator('li').count()).toBe(2);
    await report.getByRole('button', { name: 'Ontvangstbevestiging vastleggen (nu)' }).click();
    await report.getByText(/Ontvangstbevestiging \(binnen 7 dagen\): verstuurd op/).waitFor();
    // Nothing of the reporter's words is forwarded by itself: the adviser writes title and text.
    await expect(report.getByRole('button', { name: 'Doorsturen naar het casusteam' }).isDisabled()).resolves.toBe(true);
    await report.getByRole('textbox', { name: /Titel voor het casusteam/ }).fill('Goedkeuring van eigen declaraties');
    await report.getByRole('textbox', { name: /Wat het casusteam krijgt/ }).fill('Signaal over het goedkeuren van eigen declaraties op een afdeling.');
    await report.getByRole('button', { name: 'Doorsturen naar het casusteam' }).click();
    await report.getByText('Doorgestuurd naar het casusteam, zonder de melder.').waitFor();
    expect(await waitForItemCount(hosted.emulator.url, 'IncidentCases', casesBefore + 1, 60_000)).toBe(casesBefore + 1);
    expect(await seriousAxeViolations(adviser.page)).toEqual([]);
    await adviser.page.close();

    // The case team gets a case by the adviser: nothing in it, its item or its history names the reporter.
    const cases = (await officerGraph('GET', `${itemsPath('IncidentCases')}?expand=fields&$top=5000`)) as { value: Array<{ createdBy?: { user?: { displayName?: string } }; fields: Record<string, unknown> }> };
    const forwarded = cases.value.find((item) => item.fields['Title'] === 'Goedkeuring van eigen declaraties');
    expect(forwarded?.fields['ReporterUpn'] ?? undefined).toBeUndefined();
    expect(forwarded?.createdBy?.user?.displayName).toBe('Vera Smit');
    expect(JSON.stringify(forwarded)).not.toMatch(/staff@contoso|Sam Visser|als enige/);
    const officer = await hosted.openHost(`tab=personal&locale=nl-NL&user=privacy%40contoso.example&subPageId=${encodeURIComponent(`incident:${String(forwarded?.fields['SubmissionId'])}`)}`);
    await officer.tab.getByRole('heading', { level: 2, name: 'Goedkeuring van eigen declaraties' }).waitFor();
    await officer.tab.getByRole('button', { name: 'Geschiedenis tonen' }).click();
    await officer.tab.getByText(/gemeld door Vera Smit$/).waitFor();
    expect(await officer.tab.locator('body').innerText()).not.toMatch(/staff@contoso|Sam Visser/);
    await officer.page.close();
  });
});

describe('the Teams activity feed (issue 16, item 6)', () => {
  it('tells the owner of a newly assigned action in their Teams activity feed once, opening the case; without TeamsActivity.Send the action is still saved', async () => {
    const url = hosted.emulator.url;
    const officerGraph = await graphAs(url, 'privacy@contoso.example');
    await officerGraph('POST', itemsPath('IncidentCases'), {
      fields: { Title: 'Nooduitgang kantine geblokkeerd', SubmissionId: 'e2e-case-notify', Kind: 'incident', WhatHappened: 'Pallets voor de nooduitgang.', CaseStatus: 'inProgress' },
    });
    const activitiesOf = async (upn: string) => ((await (await fetch(`${url}/emulator/activities?user=${encodeURIComponent(upn)}`)).json()) as { value: Array<{ activityType?: string; topic?: { webUrl?: string } }> }).value;
    const assign = async (tab: FrameLocator, title: string): Promise<void> => {
      await tab.getByRole('textbox', { name: 'Actie', exact: true }).fill(title);
      await tab.getByRole('combobox', { name: 'Eigenaar' }).pressSequentially('Sam');
      await tab.getByRole('option', { name: /Sam Visser/ }).click();
      await tab.getByRole('button', { name: 'Actie toevoegen' }).click();
    };
    const officer = await hosted.openHost(`tab=personal&locale=nl-NL&user=privacy%40contoso.example&subPageId=${encodeURIComponent('incident:e2e-case-notify')}`);
    await officer.tab.getByRole('heading', { level: 2, name: 'Nooduitgang kantine geblokkeerd' }).waitFor();
    await assign(officer.tab, 'Pallets verplaatsen en vloer markeren');
    await officer.tab.getByText('Sam Visser heeft een melding in Teams gekregen.').waitFor();
    const received = (await activitiesOf('staff@contoso.example')).filter((activity) => activity.activityType === 'actionAssigned');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ templateParameters: { actionTitle: 'Pallets verplaatsen en vloer markeren' }, topic: { source: 'text', value: 'Pallets verplaatsen en vloer markeren' }, sender: { userPrincipalName: 'privacy@contoso.example' } });
    // The deep link opens the case in the personal tab of incident learning.
    const link = new URL(String(received[0]?.topic?.webUrl));
    expect(link.pathname).toMatch(/^\/l\/entity\/[^/]+\/incidents$/);
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'incident:e2e-case-notify' });
    expect(officer.errors).toEqual([]);
    await officer.page.close();

    // The owner sees it in the host's activity feed; opening it opens the case's deep link in the personal tab.
    const owner = await hosted.openHost('tab=personal&locale=nl-NL&user=staff%40contoso.example');
    const feed = owner.page.getByTestId('activity-feed');
    await feed.getByText('Priya Bakker assigned you an improvement action: Pallets verplaatsen en vloer markeren').waitFor();
    await feed.getByRole('button', { name: 'Open: Pallets verplaatsen en vloer markeren' }).click();
    await owner.page.waitForURL((address) => address.searchParams.get('subPageId') === 'incident:e2e-case-notify' && address.searchParams.get('entityId') === 'incidents');
    await owner.page.close();

    // An organisation that never consented to TeamsActivity.Send: the action is saved, the owner is told nothing, the officer is told so.
    const consent = (await (await fetch(`${url}/emulator/consent`)).json()) as { organisation: string[] };
    await fetch(`${url}/emulator/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ organisation: consent.organisation.filter((scope) => scope !== 'TeamsActivity.Send') }) });
    try {
      const unconsented = await hosted.openHost(`tab=personal&locale=nl-NL&user=privacy%40contoso.example&subPageId=${encodeURIComponent('incident:e2e-case-notify')}`);
      await unconsented.tab.getByRole('heading', { level: 2, name: 'Nooduitgang kantine geblokkeerd' }).waitFor();
      await assign(unconsented.tab, 'Ontruimingsroute controleren');
      await unconsented.tab.getByText(/De actie is opgeslagen, maar Sam Visser kon geen melding in Teams krijgen/).waitFor();
      const actions = (await officerGraph('GET', `${itemsPath('Actions')}?expand=fields&$top=5000`)) as { value: Array<{ fields: Record<string, unknown> }> };
      expect(actions.value.filter((item) => item.fields['CaseId'] === 'e2e-case-notify').map((item) => item.fields['Title']).sort()).toEqual(['Ontruimingsroute controleren', 'Pallets verplaatsen en vloer markeren']);
      expect((await activitiesOf('staff@contoso.example')).filter((activity) => activity.activityType === 'actionAssigned')).toHaveLength(1);
      await unconsented.page.close();
    } finally {
      await fetch(`${url}/emulator/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ organisation: consent.organisation }) });
    }
  });

  it('reminds the case team of an unnotified breach once: the colleague who worked on it is told, and reopening on another device sends no duplicate', async () => {
    const url = hosted.emulator.url;
    const staffGraph = await graphAs(url, 'staff@contoso.example');
    const officerGraph = await graphAs(url, 'privacy@contoso.example');
    const reported = (await staffGraph('POST', itemsPath('IncidentCases'), {
      fields: { Title: 'Presentielijst in openbare map', SubmissionId: 'e2e-case-reminder', Kind: 'incident', WhatHappened: 'Een presentielijst met namen stond in een openbare map.', CaseStatus: 'open', PersonalDataInvolved: true },
    })) as { id: string };
    // Priya decided it is a breach; the institution became aware 50 hours ago and has not notified the AP.
    const awareOn = new Date(Date.now() - 50 * 3_600_000).toISOString();
    await officerGraph('PATCH', `${itemsPath('IncidentCases')}/${reported.id}/fields`, { CaseStatus: 'inProgress', BreachAwareOn: awareOn, BreachJson: JSON.stringify({ decision: 'breach', types: ['confidentiality'] }) });
    const reminders = async () => (await (await fetch(`${url}/emulator/activities?user=${encodeURIComponent('privacy@contoso.example')}`)).json() as { value: Array<{ activityType: string; templateParameters: Record<string, string>; topic: { value: string } }> }).value.filter((activity) => activity.activityType === 'breachClockReminder' && activity.topic.value === 'Presentielijst in openbare map');

    // Anna (who sees every case) opens incident learning: Priya is reminded of the 48-hour mark.
    const anna = await hosted.openHost('tab=personal&locale=nl-NL&user=coordinator%40contoso.example&subPageId=incidents');
    await anna.tab.getByRole('heading', { level: 1, name: 'Leren van incidenten' }).waitFor();
    expect((await eventually(reminders, (found) => found.length > 0)).map((activity) => activity.templateParameters)).toEqual([{ hours: '48' }]);
    expect(anna.errors).toEqual([]);
    await anna.page.close();

    // Anna on another device (a browser of its own): the reminder is recorded, so nothing is sent again.
    await fetch(`${url}/emulator/requests`, { method: 'DELETE' });
    const otherDevice = await launchBrowser();
    try {
      const page = await otherDevice.context.newPage();
      const errors = collectConsoleErrors(page);
      await page.goto(`${url}/host?tab=personal&locale=nl-NL&user=coordinator%40contoso.example&subPageId=incidents`);
      const graphLog = async () => ((await (await fetch(`${url}/emulator/requests`)).json()) as { value: Array<{ method: string; path: string; status: number }> }).value;
      // The device's round ends with its reading of the recorded reminders: wait for that answer.
      const readRecorded = (log: ReadonlyArray<{ method: string; path: string; status: number }>) => log.some((entry) => entry.method === 'GET' && /\/lists\/Reminders\/items/.test(entry.path) && entry.status === 200);
      const log = await eventually(graphLog, readRecorded);
      expect(readRecorded(log)).toBe(true);
      // Nothing may follow it: no record of the reminder, no notification (watched a moment longer).
      const sends = (entries: ReadonlyArray<{ method: string; path: string }>) => entries.filter((entry) => entry.method === 'POST' && /sendActivityNotification|\/lists\/Reminders\//.test(entry.path));
      expect(sends(await eventually(graphLog, (entries) => sends(entries).length > 0, 2_000))).toEqual([]);
      expect(await reminders()).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await otherDevice.close();
    }
  });
});
