import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { collectConsoleErrors } from './support/launchBrowser';
import { seriousAxeViolations, startHostedTab, type HostedTab, type OpenedHost } from './support/hostedTab';

jest.setTimeout(60_000);

const ROOT = resolve(__dirname, '..', '..');
/** Kept for people to look at (git-ignored). */
const SCREENSHOT = join(ROOT, '.tmp', 'first-screen.png');

interface CatalogInstrument {
  readonly Title: string;
  readonly Status: string;
}

/** Titles of the demo instruments the emulator seeds as published, read from the catalog. */
const publishedTitles = (JSON.parse(readFileSync(join(ROOT, 'config/catalog/instruments.json'), 'utf8')) as { instruments: CatalogInstrument[] }).instruments
  .filter((instrument) => instrument.Status === 'published')
  .map((instrument) => instrument.Title);

const byTitle = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const publishedTitlesInOrder = [...publishedTitles].sort((a, b) => byTitle.compare(a, b));

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

const openHost = (query: string): Promise<OpenedHost> => hosted.openHost(query);

async function hostStatus(page: Page, state: string): Promise<string> {
  const status = page.getByTestId('host-status');
  await page.waitForSelector(`[data-testid="host-status"][data-state="${state}"]`);
  return (await status.textContent()) ?? '';
}

async function tabBackground(tab: FrameLocator): Promise<string> {
  return tab.locator('[data-host-theme]').evaluate((element) => getComputedStyle(element).backgroundColor);
}

describe('first screen in the emulator host page', () => {
  it('shows the published demo instruments in Dutch, reports success and passes axe', async () => {
    expect(publishedTitles.length).toBeGreaterThan(0);
    const { page, tab, errors } = await openHost('tab=personal&locale=nl-NL');

    await tab.getByRole('heading', { level: 1, name: 'Instrumentenbibliotheek' }).waitFor();
    const list = tab.getByRole('list', { name: 'Gepubliceerde instrumenten' });
    await list.waitFor();
    // The list is virtualised: only the rows in view are in the DOM. Each row carries the
    // full size, and the rows shown are the first published titles in Dutch title order.
    const rows = list.locator(':scope > li');
    await rows.first().waitFor();
    expect(await rows.first().getAttribute('aria-setsize')).toBe(String(publishedTitles.length));
    const titles = await rows.locator('h2').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).toEqual(publishedTitlesInOrder.slice(0, titles.length));
    await expect(tab.getByRole('status').filter({ hasText: `${publishedTitles.length} instrumenten` }).count()).resolves.toBe(1);

    expect(await hostStatus(page, 'success')).toBe('The app reported success.');

    expect(await seriousAxeViolations(page)).toEqual([]);

    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the host theme live and passes axe in dark and high contrast', async () => {
    const { page, tab, errors } = await openHost('tab=personal&locale=nl-NL&theme=default');
    await tab.locator('[data-host-theme="default"]').waitFor();
    await tab.getByRole('list', { name: 'Gepubliceerde instrumenten' }).waitFor();
    const light = await tabBackground(tab);

    await page.getByRole('button', { name: 'Dark' }).click();
    await tab.locator('[data-host-theme="dark"]').waitFor();
    const dark = await tabBackground(tab);
    expect(dark).not.toBe(light);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'High contrast' }).click();
    await tab.locator('[data-host-theme="contrast"]').waitFor();
    expect(await tabBackground(tab)).not.toBe(dark);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows English UI text for locale=en-US', async () => {
    const { page, tab, errors } = await openHost('tab=personal&locale=en-US');
    await tab.getByRole('heading', { level: 1, name: 'Instrument library' }).waitFor();
    await tab.getByRole('list', { name: 'Published instruments' }).waitFor();
    expect(await tab.locator('html').getAttribute('lang')).toBe('en');
    await expect(tab.getByText('Instrumentenbibliotheek').count()).resolves.toBe(0);
    expect(await hostStatus(page, 'success')).toBe('The app reported success.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts at once without a host (a plain browser tab)', async () => {
    const page = await hosted.browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(`${hosted.emulator.url}/`);
    // teams-js would wait 60 s for a parent that is not there; the standalone host does not,
    // so the library shows well before that (a wait, not a timing: a busy machine only slows it).
    await page.getByRole('list', { name: 'Published instruments' }).waitFor({ timeout: 50_000 });
    expect(await page.locator('li[aria-posinset="1"]').getAttribute('aria-setsize')).toBe(String(publishedTitles.length));
    expect(errors).toEqual([]);
    await page.close();
  });
});
