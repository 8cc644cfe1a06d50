/**
 * Every Microsoft 365 client (issue 14, item 5): the emulator's host page is Teams on the
 * web, on a desktop or on a phone (frameless, through `window.nativeInterface`), Outlook,
 * the Microsoft 365 app or a SharePoint page, each with the host name, client type and
 * capabilities Microsoft documents for it. In each the tab starts, reports success, knows
 * who is signed in (every Graph call carries that user's token), and a capability the
 * client lacks is absent, not a dead button.
 */
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { eventually } from './support/eventually';
import { seriousAxeViolations, startHostedTab, type HostedTab } from './support/hostedTab';
import { collectConsoleErrors } from './support/launchBrowser';

jest.setTimeout(120_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

const USER = 'staff@contoso.example';

interface ClientCase {
  readonly client: string;
  readonly label: string;
  /** Capabilities the library offers for an instrument in this client. */
  readonly shareToTeams: boolean;
  readonly postToChannel: boolean;
}

const CASES: readonly ClientCase[] = [
  { client: 'teams-web', label: 'Teams (web)', shareToTeams: true, postToChannel: false },
  { client: 'teams-desktop', label: 'Teams (desktop)', shareToTeams: true, postToChannel: false },
  { client: 'outlook', label: 'Outlook', shareToTeams: false, postToChannel: false },
  { client: 'm365', label: 'Microsoft 365', shareToTeams: false, postToChannel: false },
  // A SharePoint page hosts the configurable tab: no team, so no channel to post to.
  { client: 'sharepoint', label: 'SharePoint', shareToTeams: false, postToChannel: false },
];

async function graphUsers(): Promise<string[]> {
  const { value } = (await (await fetch(`${hosted.emulator.url}/emulator/requests`)).json()) as { value: Array<{ user?: string }> };
  return value.map((request) => request.user ?? '(no token)');
}

async function openAnInstrument(tab: FrameLocator | Page | Frame): Promise<void> {
  await tab.getByRole('searchbox', { name: 'Search instruments' }).fill('phishing');
  const first = tab.getByRole('list', { name: 'Published instruments' }).getByRole('link').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await tab.getByRole('heading', { level: 2, name: title }).waitFor();
  await tab.getByRole('button', { name: 'Copy link' }).waitFor();
}

describe('every Microsoft 365 client', () => {
  for (const testCase of CASES) {
    it(`starts in ${testCase.label}, reports success, knows the user, and offers only what ${testCase.label} can do`, async () => {
      await fetch(`${hosted.emulator.url}/emulator/requests`, { method: 'DELETE' });
      const { page, tab, errors } = await hosted.openHost(`client=${testCase.client}&tab=personal&locale=en-US&user=${encodeURIComponent(USER)}`);
      expect(await page.getByTestId('host-client').textContent()).toBe(`Emulating: ${testCase.label}`);
      await openAnInstrument(tab);
      await page.locator('[data-testid="host-status"][data-state="success"]').waitFor();
      expect(await tab.getByRole('button', { name: 'Share to Teams' }).count()).toBe(testCase.shareToTeams ? 1 : 0);
      expect(await tab.getByRole('button', { name: 'Post to this channel' }).count()).toBe(testCase.postToChannel ? 1 : 0);
      const users = await eventually(graphUsers, (list) => list.length > 0);
      expect(new Set(users)).toEqual(new Set([USER]));
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('runs frameless in Teams mobile: no parent window, teams-js talks to window.nativeInterface', async () => {
    await fetch(`${hosted.emulator.url}/emulator/requests`, { method: 'DELETE' });
    const page = await hosted.browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${hosted.emulator.url}/host?client=teams-mobile&tab=personal&locale=en-US&user=${encodeURIComponent(USER)}`);
    // The host page hands over to the tab's own page: frameless, as the mobile apps' webview.
    await page.waitForURL(/ivhoEmulatedClient=teams-mobile/);
    await openAnInstrument(page);
    await page.locator('[data-testid="frameless-host"][data-state="success"]').waitFor();
    expect(await page.getByTestId('frameless-host').textContent()).toContain('Teams mobile');
    expect(await page.evaluate(() => window.parent === window && window.opener === null && typeof (window as Window & { nativeInterface?: unknown }).nativeInterface === 'object')).toBe(true);
    expect(await page.locator('iframe').count()).toBe(0);
    // "sharing.shareWebContent isn't supported on the Teams mobile client": no such button.
    expect(await page.getByRole('button', { name: 'Share to Teams' }).count()).toBe(0);
    const users = await eventually(graphUsers, (list) => list.length > 0);
    expect(new Set(users)).toEqual(new Set([USER]));
    // Nothing sticks out sideways at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('waits for a slow host instead of running without one (teams-js waits up to 60 s; the old limit was 5 s)', async () => {
    await fetch(`${hosted.emulator.url}/emulator/requests`, { method: 'DELETE' });
    const { page, tab, errors } = await hosted.openHost(`client=teams-web&tab=personal&locale=en-US&user=${encodeURIComponent(USER)}&initDelayMs=7000`);
    // While the host has not answered, the tab shows its own loading state.
    await tab.getByRole('status').filter({ hasText: 'Loading' }).first().waitFor();
    await openAnInstrument(tab);
    await page.locator('[data-testid="host-status"][data-state="success"]').waitFor();
    expect(new Set(await eventually(graphUsers, (list) => list.length > 0))).toEqual(new Set([USER]));
    expect(errors).toEqual([]);
    await page.close();
  });
});
