/**
 * Hostile content suite (issue 9, item 2), in the browser against the production build
 * under its CSP: XSS payloads in every text field the app reads stay inert, and
 * OData-breaking input in every search and filter breaks nothing.
 */
import type { Frame } from 'playwright-core';
import { graphAs, itemsPath } from './support/emulatorGraph';
import { ODATA_BREAKERS, XSS_PAYLOADS } from './support/hostileCorpus';
import { startHostedTab, type HostedTab, tabFrame } from './support/hostedTab';

jest.setTimeout(120_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

/** Anything in the tab's DOM that could run script: handlers, script URLs, script elements. */
async function liveScriptSurface(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('#root *'))) {
      if (element.tagName === 'SCRIPT' || element.tagName === 'IFRAME' || element.tagName === 'OBJECT' || element.tagName === 'EMBED') found.push(element.tagName);
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.startsWith('on')) found.push(`${element.tagName}[${attribute.name}]`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) && /^\s*(javascript|vbscript|data):/i.test(attribute.value)) found.push(`${element.tagName}[${attribute.name}=${attribute.value.slice(0, 30)}]`);
      }
    }
    return found;
  });
}

/** Payloads tried and executed, for the README figures (printed by the test). */
const tally = { tried: 0, executed: 0, detailsOpened: 0 };

describe('hostile content', () => {
  it('renders XSS payloads in every instrument text field inert, in the list and in the detail view', async () => {
    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      await graph('POST', itemsPath('Instruments'), {
        fields: {
          Title: `Vijandig ${index} ${payload}`,
          InstrumentKey: `e2e-hostile-${index}`,
          Summary: `Samenvatting ${payload}`,
          Body: `<p>Tekst</p>${payload}`,
          'Themes@odata.type': 'Collection(Edm.String)',
          Themes: ['privacy'],
          'ProcessSteps@odata.type': 'Collection(Edm.String)',
          ProcessSteps: ['beleid'],
          InstrumentType: 'voorbeeld',
          Language: 'nl',
          Tags: `xss;${payload}`,
          SourceOrganisation: payload,
          // SharePoint refuses non-http(s) hyperlinks (the emulator too), so the URL carries the payload in its query.
          DocumentLink: `https://example.org/doc?x=${encodeURIComponent(payload)}`,
          DocumentLabel: payload,
          Status: 'published',
        },
      });
      tally.tried += 6;
    }

    const { page, tab, errors } = await hosted.openHost('tab=personal&locale=nl-NL');
    const frame = await tabFrame(page);
    await tab.getByRole('searchbox', { name: 'Zoek instrumenten' }).fill('vijandig');
    const rows = tab.getByRole('list', { name: 'Gepubliceerde instrumenten' }).getByRole('link');
    await rows.first().waitFor();
    expect(await liveScriptSurface(frame)).toEqual([]);
    const count = await rows.count();
    expect(count).toBeGreaterThan(5);
    for (let index = 0; index < Math.min(count, XSS_PAYLOADS.length); index += 1) {
      await rows.nth(index).click();
      await tab.getByRole('heading', { name: /^Vijandig \d+/ }).first().waitFor();
      tally.detailsOpened += 1;
      expect(await liveScriptSurface(frame)).toEqual([]);
      await page.keyboard.press('Escape');
      await tab.getByRole('button', { name: /Terug|Back/ }).first().click().catch(() => undefined);
      await tab.getByRole('searchbox', { name: 'Zoek instrumenten' }).waitFor();
    }
    expect(tally.detailsOpened).toBe(Math.min(count, XSS_PAYLOADS.length));
    const executed = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);
    tally.executed += executed;
    expect(executed).toBe(0);
    // Includes CSP reports: a handler that reached any document under the tab's policy would show here.
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders XSS payloads in cases, actions, lessons and assessments inert on every incident-learning and self-assessment view', async () => {
    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      await graph('POST', itemsPath('IncidentCases'), {
        fields: {
          Title: `Vijandige melding ${index} ${payload}`,
          SubmissionId: `hostile-case-${index}`,
          Kind: 'incident',
          WhatHappened: payload,
          WentWell: payload,
          WentWrong: payload,
          Lucky: payload,
          LessonsText: payload,
          ContributingFactorsJson: JSON.stringify({ whys: [payload], factors: [payload] }),
          CaseStatus: 'open',
          PersonalDataInvolved: true,
          BreachAwareOn: '2026-11-01T10:00:00Z',
          BreachJson: JSON.stringify({ types: ['confidentiality'], effects: payload, remedialAction: payload, notNotifiedReason: payload }),
        },
      });
      await graph('POST', itemsPath('Actions'), { fields: { Title: `Actie ${payload}`, SubmissionId: `hostile-action-${index}`, CaseId: `hostile-case-${index}`, OwnerName: payload, OwnerUpn: 'x@contoso.example', ActionStatus: 'open' } });
      await graph('POST', itemsPath('Lessons'), { fields: { Title: `Les ${payload}`, SubmissionId: `hostile-lesson-${index}`, CaseId: `hostile-case-${index}`, Theme: 'privacy', RedactedText: payload, Tlp: 'GREEN', MaturityQuestionIds: `privacy.beleid.1;${payload}` } });
      await graph('POST', itemsPath('Assessments'), {
        fields: { Title: `Scan ${payload}`, SubmissionId: `hostile-assessment-${index}`, ModelId: 'ivho-default', ModelVersion: '1.0.0', Scope: 'personal', CoordinatorUpn: 'coordinator@contoso.example', AssessmentStatus: 'open', TargetsJson: '{}', ConsensusJson: JSON.stringify({ 'privacy.beleid.1': { kind: 'notApplicable', justification: payload, note: payload } }) },
      });
      tally.tried += 14;
    }

    const { page, tab, errors } = await hosted.openHost('tab=personal&locale=nl-NL&subPageId=incidents');
    const frame = await tabFrame(page);
    await tab.getByRole('heading', { level: 1, name: 'Leren van incidenten' }).waitFor();
    for (const view of ['Meldingen', 'Acties', 'Lessen', 'Datalekregister']) {
      await tab.getByRole('tab', { name: view }).click();
      await tab.getByText(/Vijandige melding|Actie|Les |Datalekregister/).first().waitFor();
      expect(await liveScriptSurface(frame)).toEqual([]);
    }
    await tab.getByRole('tab', { name: 'Meldingen' }).click();
    await tab.getByRole('button', { name: /^Vijandige melding 1 / }).click();
    await tab.getByRole('heading', { level: 2, name: /^Vijandige melding 1 / }).waitFor();
    expect(await liveScriptSurface(frame)).toEqual([]);

    await tab.getByRole('tab', { name: 'Zelfevaluatie' }).click();
    await tab.getByRole('button', { name: /^Scan / }).first().click();
    await tab.getByRole('tab', { name: 'Resultaten' }).click();
    await tab.getByTestId('radar-chart').waitFor();
    // The lessons behind the Privacy theme, hostile titles, texts and question links included.
    await tab.getByRole('list', { name: 'Lessen uit incidenten over Privacy en persoonsgegevens' }).getByText(/^Les /).first().waitFor();
    expect(await liveScriptSurface(frame)).toEqual([]);

    const executed = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);
    tally.executed += executed;
    expect(executed).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches and filters with OData-breaking input without a broken request', async () => {
    await fetch(`${hosted.emulator.url}/emulator/requests`, { method: 'DELETE' });
    const { page, tab, errors } = await hosted.openHost('tab=personal&locale=nl-NL');
    const box = tab.getByRole('searchbox', { name: 'Zoek instrumenten' });
    await box.waitFor();
    for (const input of ODATA_BREAKERS) {
      await box.fill(input);
      // Either results or the "nothing found" message: never a crash or a blank list.
      await tab.getByRole('status').first().waitFor();
      tally.tried += 1;
    }
    const log = (await (await fetch(`${hosted.emulator.url}/emulator/requests`)).json()) as { value?: Array<{ status: number; path: string }> };
    const failed = (log.value ?? []).filter((request) => request.status >= 400 && request.status !== 404);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
    console.log(`hostile content: ${tally.tried} payloads tried, ${tally.executed} executed`);
  });
});
