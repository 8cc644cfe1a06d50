/**
 * Sharing an instrument (issue 4, item 5) in the emulator host: "Share to Teams" through
 * the host's dialog records a deep link that opens the instrument again; in a channel tab
 * "Post to this channel" puts an Adaptive Card in the channel through Graph.
 */
import { graphAs, itemsPath } from './support/emulatorGraph';
import { eventually } from './support/eventually';
import { seriousAxeViolations, startHostedTab, type HostedTab } from './support/hostedTab';

jest.setTimeout(90_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

describe('sharing an instrument', () => {
  it('shares a deep link through the host and the link opens the instrument', async () => {
    const { page, tab, errors } = await hosted.openHost('tab=personal&locale=nl-NL');
    await tab.getByRole('searchbox', { name: 'Zoek instrumenten' }).fill('phishing');
    const first = tab.getByRole('list', { name: 'Gepubliceerde instrumenten' }).getByRole('link').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    await tab.getByRole('heading', { level: 2, name: title }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await tab.getByRole('button', { name: 'Delen in Teams' }).click();
    await page.locator('#share-dialog[open]').waitFor();
    await page.locator('#share-confirm').click();
    await tab.getByText('Gedeeld.').waitFor();

    const shares = (await (await fetch(`${hosted.emulator.url}/emulator/shares`)).json()) as { value: Array<{ share: unknown }> };
    const url = JSON.stringify(shares.value.at(-1)?.share).match(/https:\/\/teams\.microsoft\.com\/l\/entity\/[^"\\]+/)?.[0] ?? '';
    expect(url).not.toBe('');
    const context = JSON.parse(decodeURIComponent(new URL(url).searchParams.get('context') ?? '{}')) as { subEntityId?: string };
    expect(context.subEntityId).toMatch(/^instrument:/);

    // Opening the shared link: Teams starts the tab with that subEntityId.
    const opened = await hosted.openHost(`tab=personal&locale=nl-NL&subPageId=${encodeURIComponent(context.subEntityId ?? '')}`);
    await opened.tab.getByRole('heading', { level: 2, name: title }).waitFor();
    expect(errors).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.page.close();
    await page.close();
  });

  it("copies a link through Teams' own dialog: the tab is a cross-origin frame without clipboard access", async () => {
    const { page, tab, errors } = await hosted.openHost('tab=personal&locale=en-US');
    await tab.getByRole('searchbox', { name: 'Search instruments' }).fill('phishing');
    const first = tab.getByRole('list', { name: 'Published instruments' }).getByRole('link').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    await tab.getByRole('heading', { level: 2, name: title }).waitFor();
    await tab.getByRole('button', { name: 'Copy link' }).click();
    await page.locator('#link-dialog[open]').waitFor();
    const link = await page.locator('#link-value').inputValue();
    const context = JSON.parse(decodeURIComponent(new URL(link).searchParams.get('context') ?? '{}')) as { subEntityId?: string };
    expect(context.subEntityId).toMatch(/^instrument:/);
    await tab.getByText('Teams shows the link: copy it from there.').waitFor();
    await page.locator('#link-close').click();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('posts the instrument as an Adaptive Card to the channel of a channel tab', async () => {
    const { page, tab, errors } = await hosted.openHost('tab=channel&locale=en-US');
    await tab.getByRole('searchbox', { name: 'Search instruments' }).fill('datalek');
    const first = tab.getByRole('list', { name: 'Published instruments' }).getByRole('link').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    await tab.getByRole('heading', { level: 2, name: title }).waitFor();
    await tab.getByRole('button', { name: 'Post to this channel' }).click();
    await tab.getByText('Posted in the channel.').waitFor();
    const messages = (await (await fetch(`${hosted.emulator.url}/emulator/messages`)).json()) as { value: Array<{ attachments: Array<{ content: string }> }> };
    const card = JSON.parse(messages.value.at(-1)?.attachments[0]?.content ?? '{}') as { body?: Array<{ text?: string }>; actions?: Array<{ type: string; url: string }> };
    expect(card.body?.[0]?.text).toBe(title);
    expect(card.actions?.[0]).toMatchObject({ type: 'Action.OpenUrl', url: expect.stringContaining('subEntityId') as string });
    // The channel view of the host page shows the card too.
    await page.getByText(title).first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a favourite and what is new over three visits, reading the app folder through its download URL (Graph redirects /content to another origin)', async () => {
    const { page, tab, errors } = await hosted.openHost('tab=personal&locale=nl-NL');
    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    const publish = (title: string, key: string) =>
      graph('POST', itemsPath('Instruments'), {
        fields: { Title: title, InstrumentKey: key, Summary: 'Net gepubliceerd.', 'Themes@odata.type': 'Collection(Edm.String)', Themes: ['privacy'], 'ProcessSteps@odata.type': 'Collection(Edm.String)', ProcessSteps: ['beleid'], Tags: 'nieuw', InstrumentType: 'voorbeeld', Language: 'nl', Status: 'published', PublishedOn: new Date().toISOString() },
      });
    const search = tab.getByRole('searchbox', { name: 'Zoek instrumenten' });
    const favouritesOnly = tab.getByRole('checkbox', { name: /Alleen mijn favorieten/ });
    const rows = tab.getByRole('list', { name: 'Gepubliceerde instrumenten' }).getByRole('link');
    /** The app folder writes this visit has made so far (the visit itself, then each favourite change). */
    const appFolderWrites = async () => (await requestLog()).filter((line) => line.startsWith('PUT /me/drive/special/approot:/')).length;
    const requestLog = async () => {
      const { value } = (await (await fetch(`${hosted.emulator.url}/emulator/requests`)).json()) as { value: Array<{ method: string; path: string; status: number }> };
      return value.map((request) => `${request.method} ${decodeURIComponent(request.path)} ${request.status}`);
    };
    const untilVisitRecorded = async (writesBefore: number) => {
      expect(await eventually(appFolderWrites, (writes) => writes > writesBefore)).toBeGreaterThan(writesBefore);
    };
    // SharePoint keeps dates to the second: a visit and a publication in one second cannot be
    // ordered (isNewSince counts it as new). Each step waits for the next second, so the order is certain.
    const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1_050 - (Date.now() % 1_000)));

    // Visit 1: mark a favourite.
    await fetch(`${hosted.emulator.url}/emulator/requests`, { method: 'DELETE' });
    await search.fill('ransomware');
    const first = rows.first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    const star = tab.getByRole('button', { name: 'Favoriet' });
    await untilVisitRecorded(0);
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    expect(await star.getAttribute('aria-pressed')).toBe('true');
    await untilVisitRecorded(1);

    // Visit 2: the favourite is back, and what was published since the first visit is new.
    await nextSecond();
    await publish('Nieuw e2e-instrument', 'e2e-new');
    await nextSecond();
    await page.reload();
    await search.waitFor();
    await tab.getByRole('checkbox', { name: /Alleen mijn favorieten \(1\)/ }).check();
    await expect(rows.allTextContents()).resolves.toEqual([title]);
    await favouritesOnly.uncheck();
    await search.fill('Nieuw e2e-instrument');
    const fresh = tab.getByRole('heading', { level: 2, name: /^Nieuw e2e-instrument/ });
    await fresh.waitFor();
    expect(await fresh.textContent()).toMatch(/Nieuw e2e-instrument\s*Nieuw$/);
    await untilVisitRecorded(2);

    // Visit 3: still the favourite; only what came after visit 2 is new.
    await nextSecond();
    await publish('Tweede e2e-instrument', 'e2e-second');
    await page.reload();
    await search.waitFor();
    await tab.getByRole('checkbox', { name: /Alleen mijn favorieten \(1\)/ }).check();
    await expect(rows.allTextContents()).resolves.toEqual([title]);
    await favouritesOnly.uncheck();
    await search.fill('e2e-instrument');
    await tab.getByRole('heading', { level: 2, name: /^Tweede e2e-instrument/ }).waitFor();
    expect(await tab.getByRole('heading', { level: 2, name: /^Tweede e2e-instrument/ }).textContent()).toMatch(/Nieuw$/);
    expect(await tab.getByRole('heading', { level: 2, name: /^Nieuw e2e-instrument/ }).textContent()).not.toMatch(/Nieuw$/);

    // Never through /content: Graph would have redirected to another origin, which the browser cannot follow with a token.
    const log = await requestLog();
    expect(log.filter((line) => line.includes(':/content') && line.startsWith('GET'))).toEqual([]);
    expect(log.filter((line) => line.startsWith('GET /me/drive/special/approot/children')).length).toBeGreaterThanOrEqual(3);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
