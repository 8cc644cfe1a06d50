/**
 * axe on every section in every state (loading, error, empty, filled) in the three Teams
 * themes (issue 9, item 4): zero serious or critical findings. Each state is made once and
 * scanned in every theme, switched live through the host as Teams does. States are made with the
 * emulator: held list reads keep a load on screen, 503s without end make it fail, a user without
 * access or a search without matches gives the empty screens.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { setFaults } from './support/faultFlows';
import { seriousAxeViolations, startHostedTab, tabFrame, type HostedTab } from './support/hostedTab';

jest.setTimeout(180_000);

let hosted: HostedTab;
/** Every scan of this file: theme, section, state and what axe found. */
const scans: Array<{ readonly scene: string; readonly findings: readonly string[] }> = [];

beforeAll(async () => {
  hosted = await startHostedTab();
}, 120_000);

afterAll(async () => {
  console.log(`axe scans: ${scans.length}, serious or critical findings: ${scans.reduce((sum, scan) => sum + scan.findings.length, 0)}`);
  await setFaults(hosted.emulator.url, undefined);
  await hosted?.close();
});

const THEMES = ['default', 'dark', 'contrast'] as const;
/** Every Graph request fails with 503 (Retry-After 0 shown, so the retries end at once). */
const ALWAYS_UNAVAILABLE = { throttleRate: 1, throttleStatuses: [503], exposeRetryAfter: true, retryAfterSeconds: 0 };
/** Holds every list-item read back until the faults next change: the loading state stays while it is scanned. */
const SLOW = { holdRequests: true, holdPathPattern: '/items' };

const THEME_BUTTONS = { default: 'Default', dark: 'Dark', contrast: 'High contrast' } as const;

/** Scans the state on screen in every theme, switching the host's theme live; ends in the default theme. */
async function scan(page: Page, state: string): Promise<void> {
  for (const theme of THEMES) {
    await switchTheme(page, theme);
    const scene = `${theme} ${state}`;
    const findings = await seriousAxeViolations(page);
    scans.push({ scene, findings });
    expect({ scene, findings }).toEqual({ scene, findings: [] });
  }
  await switchTheme(page, 'default');
}

async function switchTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.getByRole('button', { name: THEME_BUTTONS[theme], exact: true }).click();
  await page.frameLocator('#tab-frame').locator(`[data-host-theme="${theme}"]`).first().waitFor();
  // Fluent eases colours in with CSS transitions: axe must see the colours they end at.
  await (await tabFrame(page)).waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation instanceof CSSAnimation));
}

async function open(query: string): Promise<{ page: Page; tab: FrameLocator }> {
  const { page, tab } = await hosted.openHost(`locale=nl-NL&${query}`);
  return { page, tab };
}

/** Forgets the cached library of this browser profile, so the next visit loads from Graph. */
async function forgetLibraryCache(page: Page): Promise<void> {
  await (await tabFrame(page)).evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('ivho-library');
        request.onsuccess = () => resolve();
        request.onerror = () => resolve();
        request.onblocked = () => resolve();
      }),
  );
}

it('the scan finds a planted violation, so a clean scan means something', async () => {
  const { page, tab } = await open('tab=personal');
  await tab.getByRole('heading', { level: 1 }).first().waitFor();
  await (await tabFrame(page)).evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: 'data:,' })));
  expect(await seriousAxeViolations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
  await page.close();
});

describe('axe in every state, in every theme', () => {
  it('library: loading, error, filled, no results', async () => {
    const url = hosted.emulator.url;
    const { page, tab } = await open(`tab=personal&theme=default`);
    await tab.getByRole('heading', { level: 1 }).first().waitFor();
    await forgetLibraryCache(page);
    await setFaults(url, SLOW);
    await page.reload();
    await tab.getByText('Instrumenten worden geladen…').waitFor();
    await scan(page, 'library loading');
    await setFaults(url, ALWAYS_UNAVAILABLE);
    await forgetLibraryCache(page);
    await page.reload();
    await tab.getByRole('button', { name: 'Opnieuw proberen' }).waitFor({ timeout: 60_000 });
    await scan(page, 'library error');
    await setFaults(url, undefined);
    await tab.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await tab.getByRole('list', { name: 'Gepubliceerde instrumenten' }).waitFor();
    await scan(page, 'library filled');
    await tab.getByRole('searchbox', { name: 'Zoek instrumenten' }).fill('zzzqqq geen treffer');
    await tab.getByText('Geen instrumenten gevonden voor deze zoekopdracht.').waitFor();
    await scan(page, 'library no results');
    await page.close();
  });

  it('self-assessment: loading, error, empty, answering with lessons, results', async () => {
    const url = hosted.emulator.url;
    await setFaults(url, SLOW);
    const slow = await open(`tab=personal&theme=default&user=privacy%40contoso.example&subPageId=assessments`);
    await slow.tab.getByText('Zelfevaluatie laden…').waitFor({ timeout: 60_000 });
    await scan(slow.page, 'self-assessment loading');
    await setFaults(url, undefined);
    // privacy@ may read the lists but has no assessments of their own.
    await slow.tab.getByText('Nog geen zelfevaluaties.').waitFor({ timeout: 60_000 });
    await scan(slow.page, 'self-assessment empty');
    await slow.page.close();

    // reader@ may not read Assessments.
    const refused = await open(`tab=personal&theme=default&user=reader%40contoso.example&subPageId=assessments`);
    await refused.tab.getByText(/De zelfevaluaties konden niet worden geladen/).waitFor({ timeout: 60_000 });
    await scan(refused.page, 'self-assessment error');
    await refused.page.close();

    const { page, tab } = await open(`tab=personal&theme=default&subPageId=assessments`);
    await tab.getByRole('textbox', { name: 'Naam (optioneel)' }).fill('Toegankelijk');
    await tab.getByRole('button', { name: 'Starten' }).click();
    await tab.getByRole('heading', { level: 2, name: 'Toegankelijk' }).waitFor();
    await tab.locator('fieldset[data-question]').first().getByRole('radio').nth(1).check();
    await tab.getByRole('button', { name: /^Lessen uit incidenten over Cybersecurity/ }).click();
    await tab.getByTestId('theme-lessons').waitFor();
    await scan(page, 'self-assessment answering');
    await tab.getByRole('tab', { name: 'Resultaten' }).click();
    await tab.getByTestId('results-lessons').getByTestId('theme-lessons').first().waitFor();
    await scan(page, 'self-assessment results');
    await page.close();
  });

  it('incident learning: loading, error, empty, the report form with problems, every overview', async () => {
    const url = hosted.emulator.url;
    await setFaults(url, SLOW);
    const slow = await open(`tab=personal&theme=default&subPageId=incidents`);
    await slow.tab.getByRole('tab', { name: 'Meldingen' }).click();
    await slow.tab.getByText('Meldingen laden…').waitFor({ timeout: 60_000 });
    await scan(slow.page, 'incidents loading');
    await setFaults(url, ALWAYS_UNAVAILABLE);
    await slow.page.reload();
    // With Graph down, the section cannot learn who is signed in (/me) and says so before any list.
    await slow.tab.getByText(/Er kon niet worden nagegaan wie er is aangemeld/).waitFor({ timeout: 60_000 });
    await scan(slow.page, 'incidents error');
    await setFaults(url, undefined);
    await slow.page.close();

    // reader@ may not read IncidentCases or Actions.
    const reader = await open(`tab=personal&theme=default&user=reader%40contoso.example&subPageId=incidents`);
    await reader.tab.getByRole('tab', { name: 'Meldingen' }).click();
    await reader.tab.getByText(/Nog geen meldingen\.|Je hebt geen toegang tot deze lijsten/).waitFor({ timeout: 60_000 });
    await scan(reader.page, 'incidents empty or refused');
    await reader.page.close();

    const { page, tab } = await open(`tab=personal&theme=default&subPageId=incidents`);
    await tab.getByRole('checkbox', { name: /Meer details toevoegen/ }).check();
    await tab.getByRole('checkbox', { name: /Er zijn persoonsgegevens bij betrokken/ }).check();
    await tab.getByRole('button', { name: 'Melding versturen' }).click();
    await tab.getByRole('alert').first().waitFor();
    await scan(page, 'incidents report form with problems');
    for (const view of ['Meldingen', 'Acties', 'Lessen', 'Datalekregister']) {
      await tab.getByRole('tab', { name: view }).click();
      await tab.getByRole('tab', { name: view, selected: true }).waitFor();
      await page.waitForTimeout(300);
      await scan(page, `incidents ${view}`);
    }
    await page.close();
  });
});
