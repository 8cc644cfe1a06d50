/**
 * A browser that blocks third-party storage (Safari, Brave, incognito windows, or set to
 * block third-party cookies) gives the tab inside Teams no IndexedDB at all: it is a
 * cross-site frame. The app then keeps the user's work in memory and says so: a report is
 * still sent exactly once while the tab is open, the user is told to keep the tab open,
 * and the library still loads (without its cache).
 */
import { countItems, waitForItemCount } from './support/faultFlows';
import { seriousAxeViolations, startHostedTab, type HostedTab } from './support/hostedTab';

jest.setTimeout(120_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab({ framedStorage: 'blocked' });
});

afterAll(async () => {
  await hosted?.close();
});

describe('a browser that keeps no storage for the tab in Teams', () => {
  it('still sends a report once, tells the user to keep the tab open, and shows the library', async () => {
    const before = await countItems(hosted.emulator.url, 'IncidentCases');
    const { page, tab, errors } = await hosted.openHost('tab=personal&locale=nl-NL&subPageId=incidents');
    // The frame really has no storage here.
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(await frame?.evaluate(() => new Promise<string>((resolve) => {
      const request = indexedDB.open('probe');
      request.onsuccess = () => resolve('open');
      request.onerror = () => resolve('refused');
    }))).toBe('refused');

    await tab.getByRole('heading', { level: 1, name: 'Leren van incidenten' }).waitFor();
    await tab.getByText('Deze browser kan niets lokaal bewaren').first().waitFor();
    await tab.getByRole('textbox', { name: 'Titel' }).fill('Nooduitgang geblokkeerd door pallets');
    await tab.getByRole('textbox', { name: 'Wat er gebeurde' }).fill('Bij de oefening bleek de nooduitgang achter de kantine geblokkeerd.');
    await tab.getByRole('button', { name: 'Melding versturen' }).click();
    await tab.getByText('houd dit tabblad open tot er opgeslagen staat').waitFor();
    expect(await waitForItemCount(hosted.emulator.url, 'IncidentCases', before + 1)).toBe(before + 1);
    await tab.locator('[data-testid="outbox-status"][data-state="idle"]').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // The library works too, straight from Graph.
    const library = await hosted.openHost('tab=personal&locale=en-US');
    await library.tab.getByRole('list', { name: 'Published instruments' }).waitFor();
    await library.page.close();
    await page.close();
  });
});
