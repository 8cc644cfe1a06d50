/**
 * Incident learning in the emulator host (issue 6): a near miss in one short flow, a
 * breach decided and completed by the privacy officer (issue 16), a lesson blocked by the personal-data guard until redacted
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

/** One line of the register's Dutch CSV: `;`-separated, `"` quoting (RFC 4180). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted && char === '"' && line[index + 1] === '"') {
      current += '"';
      index += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === ';' && !quoted) {
      cells.push(current);
      current = '';
    } else current += char;
  }
  return [...cells, current];
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
    // Actions, TLP:RED / AMBER+STRICT lessons and the breach register are the case team's: the browser logs SharePoint's 403s.
    expect(errors.filter((error) => !/status of 403 .*\/lists\/(Actions|RestrictedLessons|BreachRegister)\//.test(error))).toEqual([]);
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

  it('a near miss with personal data starts no clock; the privacy officer decides it is a breach, completes it, cannot close it late without a reason, and the register CSV holds every art. 33(5) element', async () => {
    const title = 'Cijferlijst bijna naar verkeerde groep';
    const before = await count('IncidentCases');
    const staff = await openIncidents('tab=personal&locale=nl-NL&user=staff%40contoso.example');
    await staff.tab.getByRole('textbox', { name: 'Titel' }).fill(title);
    await staff.tab.getByRole('textbox', { name: 'Wat er gebeurde' }).fill('Een bijlage met cijfers stond klaar voor alle eerstejaars; op tijd gezien.');
    await staff.tab.getByRole('checkbox', { name: /Er zijn persoonsgegevens bij betrokken/ }).check();
    await staff.tab.getByRole('button', { name: 'Melding versturen' }).click();
    await waitForCount('IncidentCases', before + 1);
    const graph = await graphAs(hosted.emulator.url, 'privacy@contoso.example');
    const stored = async () => {
      const items = (await graph('GET', `${itemsPath('IncidentCases')}?expand=fields&$top=5000`)) as { value: Array<{ fields: Record<string, unknown> }> };
      const found = items.value.find((item) => item.fields['Title'] === title);
      if (found === undefined) throw new Error('the report is not in SharePoint');
      return found.fields;
    };
    // A question, not a verdict: no awareness time, no breach record, no countdown anywhere.
    const reported = await stored();
    expect(reported['PersonalDataInvolved']).toBe(true);
    expect(reported['BreachAwareOn'] ?? undefined).toBeUndefined();
    expect(reported['BreachJson'] ?? undefined).toBeUndefined();
    await staff.tab.getByRole('tab', { name: 'Meldingen' }).click();
    await staff.tab.getByRole('button', { name: title }).waitFor();
    expect(await staff.tab.getByTestId('breach-countdown').count()).toBe(0);
    await staff.page.close();

    // The privacy officer (case team) became aware four days ago and decides only now: late.
    const officer = await hosted.openHost(`tab=personal&locale=nl-NL&user=privacy%40contoso.example&subPageId=${encodeURIComponent(`incident:${String(reported['SubmissionId'])}`)}`);
    const { tab } = officer;
    await tab.getByRole('heading', { level: 2, name: title }).waitFor();
    await tab.getByText('Persoonsgegevens: te beoordelen').waitFor();
    await tab.getByRole('button', { name: 'Dossier bewerken' }).click();
    await tab.getByRole('radio', { name: 'Ja, een datalek' }).check();
    const local = (hoursAgo: number) => {
      const at = new Date(Date.now() - hoursAgo * 3_600_000);
      return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    };
    await tab.getByLabel(/^Wanneer we het datalek ontdekten/).fill(local(96));
    await expect(tab.getByTestId('breach-countdown').textContent()).resolves.toMatch(/De termijn van 72 uur verliep/);
    await tab.getByRole('textbox', { name: 'Feiten voor het register (zonder namen)' }).fill('Cijferlijst van een vak klaargezet voor een mail aan alle eerstejaars.');
    await tab.getByRole('checkbox', { name: 'Vertrouwelijkheid' }).check();
    await tab.getByRole('checkbox', { name: 'Gegevens van minderjarigen' }).check();
    await tab.getByRole('spinbutton', { name: 'Aantal betrokkenen (ongeveer)' }).fill('180');
    await tab.getByRole('radio', { name: /^Hoog risico/ }).check();
    await tab.getByRole('textbox', { name: 'Onderbouwing' }).fill('Cijfers van minderjarige studenten; verspreiding niet uit te sluiten.');
    await tab.getByLabel('Eerst gemeld aan de Autoriteit Persoonsgegevens op').fill(local(2));
    await tab.getByRole('textbox', { name: 'Kenmerk van de AP' }).fill('AP-2026-0042');
    await tab.getByRole('combobox', { name: 'Melding' }).selectOption({ label: 'Eerste melding' });
    await tab.getByLabel('Betrokkenen geïnformeerd op (art. 34)').fill(local(1));
    await tab.getByRole('textbox', { name: 'Waarschijnlijke gevolgen voor betrokkenen' }).fill('Geen verdere verspreiding vastgesteld.');
    await tab.getByRole('textbox', { name: 'Genomen maatregelen' }).fill('Verzendlijsten afgeschermd; vier-ogencontrole.');
    await tab.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Afgerond' });
    await tab.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    // Notified after the 72 hours: closing needs the reason for the delay; nothing is written.
    await tab.getByText(/leg de reden van de vertraging vast/).waitFor();
    await tab.getByText('Je kunt het dossier nog niet afronden').waitFor();
    expect(await seriousAxeViolations(officer.page)).toEqual([]);
    expect((await stored())['CaseStatus']).toBe('open');
    await tab.getByRole('textbox', { name: 'Reden van de vertraging (na 72 uur)' }).fill('De melding kwam pas na het weekend bij de privacy officer.');
    await tab.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await tab.getByText('Opgeslagen in SharePoint.').waitFor();
    const closed = await stored();
    expect(closed['CaseStatus']).toBe('closed');
    expect(JSON.parse(String(closed['BreachJson']))).toMatchObject({ decision: 'breach', risk: 'high', authorityReference: 'AP-2026-0042', sensitiveData: ['minors'], subjectCount: 180 });

    // The register holds it, with every art. 33(5) element in the export.
    await tab.getByRole('button', { name: 'Terug naar de meldingen' }).click();
    await tab.getByRole('tab', { name: 'Datalekregister' }).click();
    await tab.getByRole('cell', { name: title }).waitFor();
    const download = officer.page.waitForEvent('download');
    await tab.getByRole('button', { name: 'Exporteren naar CSV' }).click();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(await (await download).path(), 'utf8');
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const row = rows.find((line) => line.includes(title)) ?? '';
    const columns = splitCsvLine(header ?? '');
    const cell = (name: string) => splitCsvLine(row)[columns.indexOf(name)];
    expect(cell('Feiten')).toBe('Cijferlijst van een vak klaargezet voor een mail aan alle eerstejaars.');
    expect(cell('Gevolgen')).toBe('Geen verdere verspreiding vastgesteld.');
    expect(cell('Maatregelen')).toBe('Verzendlijsten afgeschermd; vier-ogencontrole.');
    expect(cell('Onderbouwing')).toBe('Cijfers van minderjarige studenten; verspreiding niet uit te sluiten.');
    expect(cell('Risico')).toBe('hoog risico');
    expect(cell('Kenmerk AP')).toBe('AP-2026-0042');
    expect(cell('Reden vertraging')).toBe('De melding kwam pas na het weekend bij de privacy officer.');
    expect(cell('Gemeld aan AP op')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(cell('Betrokkenen geïnformeerd op')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(officer.errors).toEqual([]);
    await officer.page.close();
  });

  it('a significant cyber incident shows its three Cyberbeveiligingswet deadlines, done or due', async () => {
    const title = 'Ransomware op een onderzoeksserver';
    const staff = await graphAs(hosted.emulator.url, 'staff@contoso.example');
    const created = (await staff('POST', itemsPath('IncidentCases'), {
      fields: { Title: title, SubmissionId: `cbw-${Date.now()}`, Kind: 'incident', WhatHappened: 'Bestanden versleuteld; losgeldbrief op het bureaublad.', CaseStatus: 'open' },
    })) as { fields: { SubmissionId: string } };
    const { page, tab, errors } = await hosted.openHost(`tab=personal&locale=nl-NL&user=privacy%40contoso.example&subPageId=${encodeURIComponent(`incident:${created.fields.SubmissionId}`)}`);
    await tab.getByRole('heading', { level: 2, name: title }).waitFor();
    await tab.getByRole('button', { name: 'Dossier bewerken' }).click();
    await tab.getByRole('checkbox', { name: /Dit is een significant incident/ }).check();
    await tab.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    // Its clocks start at awareness: that moment is asked for, nothing is written without it.
    await tab.getByText('Leg vast wanneer de instelling het incident ontdekte').waitFor();
    const local = (hoursAgo: number) => {
      const at = new Date(Date.now() - hoursAgo * 3_600_000);
      return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    };
    await tab.getByLabel(/^Wanneer de instelling het incident ontdekte/).fill(local(30));
    await tab.getByLabel('Vroegtijdige waarschuwing verstuurd op').fill(local(20));
    await tab.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await tab.getByText('Opgeslagen in SharePoint.').waitFor();
    const deadlines = tab.getByTestId('cyber-deadlines').first();
    await deadlines.waitFor();
    const steps = await deadlines.locator('li').evaluateAll((items) => items.map((item) => `${item.getAttribute('data-step')} ${item.getAttribute('data-overdue')} ${item.textContent ?? ''}`));
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/^earlyWarning false Vroegtijdige waarschuwing \(binnen 24 uur\): verstuurd op /);
    expect(steps[1]).toMatch(/^notification false Incidentmelding \(binnen 72 uur\): uiterlijk /);
    expect(steps[2]).toMatch(/^finalReport false Eindrapport \(binnen een maand na de incidentmelding\): uiterlijk /);
    await tab.getByText('Significant incident (Cbw)').first().waitFor();
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
