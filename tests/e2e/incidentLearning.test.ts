/**
 * Incident learning in the emulator host (issue 6): a near miss in one short flow, a
 * breach with its countdown, a lesson blocked by the personal-data guard until redacted
 * and then shared to the channel, an overdue action, and the breach register export.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { graphAs, itemsPath } from './support/emulatorGraph';
import { countItems, deriveLessonsUnderFaults, describeOutcome, reportIncidentsUnderFaults, waitForItemCount } from './support/faultFlows';
import { seriousAxeViolations, startHostedTab, tabFrame, type HostedTab } from './support/hostedTab';

jest.setTimeout(120_000);
/**
 * A run under faults waits out real retry back-off (about 30 s on an idle machine); on two
 * cores shared with another CI run it once took longer than 120 s. Slower is not wrong.
 */
const FAULT_RUN_TIMEOUT_MS = 360_000;

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

const count = (list: string): Promise<number> => countItems(hosted.emulator.url, list);

async function waitForCount(list: string, expected: number): Promise<void> {
  expect(await waitForItemCount(hosted.emulator.url, list, expected, 60_000)).toBe(expected);
}

async function openIncidents(query: string): Promise<{ page: Page; tab: FrameLocator; errors: string[] }> {
  const opened = await hosted.openHost(`${query}&subPageId=incidents`);
  await opened.tab.getByRole('heading', { level: 1, name: /Leren van incidenten|Learning from incidents/ }).waitFor();
  return opened;
}

describe('incident learning in the emulator host', () => {
  it('reports a near miss in one short flow, keeps a typed draft across a reload, and stores it once', async () => {
    const before = await count('IncidentCases');
    const { page, tab, errors } = await openIncidents('tab=personal&locale=nl-NL');
    await tab.getByRole('textbox', { name: 'Titel' }).fill('Deur serverruimte stond open');
    // A reload mid-form loses nothing: the draft is in IndexedDB.
    await page.waitForTimeout(300);
    await page.reload();
    await tab.getByRole('heading', { level: 1, name: 'Leren van incidenten' }).waitFor();
    await expect(tab.getByRole('textbox', { name: 'Titel' }).inputValue()).resolves.toBe('Deur serverruimte stond open');
    await tab.getByRole('textbox', { name: 'Wat er gebeurde' }).fill('Na de storing bleef de deur open staan; niemand merkte het tot de volgende ochtend.');
    await tab.getByRole('button', { name: 'Melding versturen' }).click();
    await tab.getByText('Je melding is op dit apparaat opgeslagen en wordt verstuurd.').waitFor();
    await waitForCount('IncidentCases', before + 1);
    await tab.locator('[data-testid="outbox-status"][data-state="idle"]').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a staff member report and see it arrive; SharePoint shows them only their own reports', async () => {
    const before = await count('IncidentCases');
    const { page, tab, errors } = await openIncidents('tab=personal&locale=nl-NL&user=staff%40contoso.example');
    await tab.getByRole('textbox', { name: 'Titel' }).fill('Nooduitgang geblokkeerd door pallets');
    await tab.getByRole('textbox', { name: 'Wat er gebeurde' }).fill('Bij de goederenontvangst stonden pallets voor de nooduitgang.');
    await tab.getByRole('button', { name: 'Melding versturen' }).click();
    await waitForCount('IncidentCases', before + 1);
    // Stored, not stuck: the outbox empties (before item-level security it got 403 and kept the report).
    await tab.locator('[data-testid="outbox-status"][data-state="idle"]').waitFor();
    await tab.getByRole('tab', { name: 'Meldingen' }).click();
    await tab.getByText('Nooduitgang geblokkeerd door pallets').first().waitFor();
    // The demo cases (reported by others) are not theirs to see.
    expect(await tab.getByText('Onbeheerde laptop in de collegezaal').count()).toBe(0);
    // Actions and TLP:RED / AMBER+STRICT lessons are the case team's: the browser logs SharePoint's 403s.
    expect(errors.filter((error) => !/status of 403 .*\/lists\/(Actions|RestrictedLessons)\//.test(error))).toEqual([]);
    await page.close();
  });

  it('shows a report SharePoint refused with its text to copy, and removes it from the device only when asked', async () => {
    const before = await count('IncidentCases');
    // A guest of the team is not in "Everyone except external users": SharePoint refuses the report (403).
    const { page, tab } = await openIncidents('tab=personal&locale=nl-NL&user=jan%40peer.example');
    await tab.getByRole('textbox', { name: 'Titel' }).fill('Deur klemde bij het bezoek');
    await tab.getByRole('textbox', { name: 'Wat er gebeurde' }).fill('De branddeur in gebouw C sloot niet vanzelf.');
    await tab.getByRole('button', { name: 'Melding versturen' }).click();
    const status = tab.locator('[data-testid="outbox-status"]').first();
    await tab.locator('[data-testid="outbox-status"][data-state="blocked"]').first().waitFor();
    await status.getByText('Niet opgeslagen: Deur klemde bij het bezoek').waitFor();
    const text = status.getByRole('textbox', { name: 'Wat je invoerde (niet opgeslagen in SharePoint)' });
    await expect(text.inputValue()).resolves.toContain('WhatHappened: De branddeur in gebouw C sloot niet vanzelf.');
    await status.getByRole('button', { name: 'Tekst kopiëren' }).click();
    // Copied, or (the framed tab may not use the clipboard) selected for Ctrl+C: either way the user is told.
    await status.getByText(/^(Gekopieerd\.|Kopiëren mag hier niet)/).waitFor();
    // Removing asks first; keeping it changes nothing.
    await status.getByRole('button', { name: 'Verwijderen van dit apparaat' }).click();
    await status.getByRole('button', { name: 'Bewaren' }).click();
    expect(await tab.locator('[data-testid="outbox-status"][data-state="blocked"]').count()).toBeGreaterThan(0);
    await status.getByRole('button', { name: 'Verwijderen van dit apparaat' }).click();
    await status.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await tab.locator('[data-testid="outbox-status"][data-state="idle"][data-pending="0"]').first().waitFor();
    expect(await count('IncidentCases')).toBe(before);
    // Nothing of it is left on the device.
    const stored = await (await tabFrame(page)).evaluate(
      () =>
        new Promise<string>((resolve) => {
          const names = indexedDB.databases();
          void names.then(async (databases) => {
            const texts: string[] = [];
            for (const { name } of databases) {
              if (name === undefined) continue;
              const db = await new Promise<IDBDatabase>((done) => {
                const request = indexedDB.open(name);
                request.onsuccess = () => done(request.result);
              });
              for (const store of Array.from(db.objectStoreNames)) {
                const all = await new Promise<unknown[]>((done) => {
                  const request = db.transaction(store).objectStore(store).getAll();
                  request.onsuccess = () => done(request.result as unknown[]);
                });
                texts.push(JSON.stringify(all));
              }
              db.close();
            }
            resolve(texts.join('\n'));
          });
        }),
    );
    expect(stored).not.toContain('De branddeur in gebouw C');
    await page.close();
  });

  it('reports a breach and shows the 72-hour countdown; refuses a breach without an awareness time', async () => {
    const { page, tab, errors } = await openIncidents('tab=personal&locale=en-US');
    await tab.getByRole('radio', { name: 'Incident' }).check();
    await tab.getByRole('textbox', { name: 'Title' }).fill('List with grades sent to the wrong group');
    await tab.getByRole('textbox', { name: 'What happened' }).fill('A spreadsheet was attached to a mail to all first-year students.');
    await tab.getByRole('checkbox', { name: /Add more details/ }).check();
    await tab.getByRole('checkbox', { name: /Personal data is involved/ }).check();
    await tab.getByRole('checkbox', { name: 'Confidentiality' }).check();
    await tab.getByRole('button', { name: 'Send report' }).click();
    await tab.getByText('With personal data involved, record when you became aware').waitFor();
    const awareAt = new Date(Date.now() - 2 * 3_600_000);
    const local = new Date(awareAt.getTime() - awareAt.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await tab.getByLabel('When we became aware of the breach').fill(local);
    const countdown = tab.getByTestId('breach-countdown');
    await expect(countdown.textContent()).resolves.toMatch(/2 days, 21 hours and (59|58) minutes left/);
    await tab.getByRole('button', { name: 'Send report' }).click();
    await tab.getByText('Your report is saved on this device').waitFor();
    await tab.getByRole('tab', { name: 'Breach register' }).click();
    await tab.getByRole('cell', { name: 'List with grades sent to the wrong group' }).waitFor();
    const download = page.waitForEvent('download');
    await tab.getByRole('button', { name: 'Export to CSV' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFReference,Title,Discovered,Aware since')).toBe(true);
    expect(csv).toContain('List with grades sent to the wrong group');
    expect(csv).toContain('confidentiality');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('derives a lesson: the guard blocks an e-mail address until it is redacted; the lesson is shared to the channel', async () => {
    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    await graph('POST', itemsPath('IncidentCases'), {
      fields: {
        Title: 'Phishingmail doorgestuurd',
        SubmissionId: 'e2e-case-lesson',
        Kind: 'incident',
        Theme: 'cybersecurity',
        WhatHappened: 'Een medewerker stuurde een phishingmail door.',
        LessonsText: 'Meld verdachte mail via de meldknop; mail niet door naar j.jansen@contoso.example.',
        CaseStatus: 'open',
        PersonalDataInvolved: false,
      },
    });
    const { page, tab, errors } = await hosted.openHost('tab=channel&locale=nl-NL&subPageId=incident%3Ae2e-case-lesson');
    await tab.getByRole('heading', { level: 2, name: 'Phishingmail doorgestuurd' }).waitFor();
    const save = tab.getByRole('button', { name: 'Les opslaan' });
    await tab.getByTestId('personal-data-guard').waitFor();
    expect(await save.isDisabled()).toBe(true);
    await tab.getByRole('radio', { name: /TLP:GREEN/ }).check();
    await tab.getByRole('button', { name: 'Verwijder j.jansen@contoso.example' }).click();
    await tab.getByText(/^Gecontroleerd op .*: niets gevonden\./).waitFor();
    await expect(tab.getByRole('textbox', { name: 'De les', exact: true }).inputValue()).resolves.toContain('[e-mailadres verwijderd]');
    expect(await save.isDisabled()).toBe(false);
    // Linked to a self-assessment question of the case's theme, so the self-assessment shows the lesson.
    const questionLinks = tab.getByTestId('lesson-question-links');
    await questionLinks.getByRole('checkbox').first().check();
    const lessonsBefore = await count('Lessons');
    await save.click();
    await tab.getByText('De les is opgeslagen.').waitFor();
    await waitForCount('Lessons', lessonsBefore + 1);
    const stored = (await graph('GET', `${itemsPath('Lessons')}?expand=fields&$filter=fields/CaseId eq 'e2e-case-lesson'`)) as { value: Array<{ fields: Record<string, unknown> }> };
    expect(stored.value.map((item) => item.fields['MaturityQuestionIds'])).toEqual([expect.stringMatching(/^cybersecurity\.[a-z]+\.\d+$/)]);
    await tab.getByRole('button', { name: 'Delen in dit kanaal' }).click();
    await tab.getByText('Gedeeld in het kanaal.').waitFor();
    const messages = (await (await fetch(`${hosted.emulator.url}/emulator/messages`)).json()) as { value: Array<{ attachments: Array<{ content: string }> }> };
    const card = messages.value.map((message) => message.attachments[0]?.content ?? '').find((content) => content.includes('Phishingmail doorgestuurd'));
    expect(card).toContain('TLP:GREEN');
    expect(card).not.toContain('j.jansen@contoso.example');
    // The lessons view names the self-assessment question the lesson is linked to.
    await tab.getByRole('tab', { name: 'Lessen' }).click();
    const lesson = tab.getByRole('listitem').filter({ hasText: 'Phishingmail doorgestuurd' });
    await expect(lesson.getByText(/^Vragen uit de zelfevaluatie: .+/).textContent()).resolves.toMatch(/\?/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an overdue action in the overview', async () => {
    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    // The form refuses a new action due in the past, so the old action is made through Graph.
    await graph('POST', itemsPath('Actions'), {
      fields: { Title: 'Toegangspassen intrekken', SubmissionId: 'e2e-overdue', CaseId: 'e2e-case-lesson', OwnerUpn: 'privacy@contoso.example', OwnerName: 'Priya Bakker', DueOn: '2026-01-15T00:00:00Z', ActionStatus: 'open' },
    });
    const { page, tab, errors } = await openIncidents('tab=personal&locale=nl-NL');
    await tab.getByRole('tab', { name: 'Acties' }).click();
    const overdue = tab.locator('li[data-overdue="true"]', { hasText: 'Toegangspassen intrekken' });
    await overdue.waitFor();
    await expect(overdue.textContent()).resolves.toContain('te laat');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('under 30% throttling, 5% drops and 200 ms latency, across going offline and an expired sign-in, every report arrives exactly once', async () => {
    const outcome = await reportIncidentsUnderFaults(hosted, { count: 6, offlineAt: [2], expireTokensAt: [4], prefix: 'Storing e2e', seed: 17 });
    console.log(describeOutcome('incident reports under faults', outcome));
    expect(outcome).toMatchObject({ submitted: 6, stored: 6, lost: 0, duplicates: 0 });
    expect(outcome.throttled + outcome.dropped).toBeGreaterThan(0);
  }, FAULT_RUN_TIMEOUT_MS);

  it('under the same faults, with the sign-in expiring mid-form and lessons still queued when the page moves on, every lesson arrives exactly once', async () => {
    const outcome = await deriveLessonsUnderFaults(hosted, { count: 3, expireTokensAt: [1], prefix: 'Storingsles e2e', seed: 23 });
    console.log(describeOutcome('lessons under faults', outcome));
    expect(outcome).toMatchObject({ submitted: 3, stored: 3, lost: 0, duplicates: 0 });
    expect(outcome.throttled + outcome.dropped).toBeGreaterThan(0);
  }, FAULT_RUN_TIMEOUT_MS);
});
