/**
 * Sharing an instrument (issue 4, item 5) in the emulator host: "Share to Teams" through
 * the host's dialog records a deep link that opens the instrument again; in a channel tab
 * "Post to this channel" puts an Adaptive Card in the channel through Graph.
 */
import { graphAs, itemsPath } from './support/emulatorGraph';
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

  it('keeps a favourite across a reload (stored in the OneDrive app folder) and marks what is new since the last visit', async () => {
    const { page, tab, errors } = await hosted.openHost('tab=personal&locale=nl-NL');
    await tab.getByRole('searchbox', { name: 'Zoek instrumenten' }).fill('ransomware');
    const first = tab.getByRole('list', { name: 'Gepubliceerde instrumenten' }).getByRole('link').first();
    const title = (await first.textContent()) ?? '';
    await first.click();
    const star = tab.getByRole('button', { name: 'Favoriet' });
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    expect(await star.getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(1_500);

    // Published after this visit began: new on the next one (it arrives through the delta refresh).
    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    await graph('POST', itemsPath('Instruments'), {
      fields: { Title: 'Nieuw e2e-instrument', InstrumentKey: 'e2e-new', Summary: 'Net gepubliceerd.', 'Themes@odata.type': 'Collection(Edm.String)', Themes: ['privacy'], 'ProcessSteps@odata.type': 'Collection(Edm.String)', ProcessSteps: ['beleid'], Tags: 'nieuw', InstrumentType: 'voorbeeld', Language: 'nl', Status: 'published', PublishedOn: new Date().toISOString() },
    });

    await page.reload();
    await tab.getByRole('searchbox', { name: 'Zoek instrumenten' }).waitFor();
    await tab.getByRole('checkbox', { name: /Alleen mijn favorieten \(1\)/ }).check();
    const rows = tab.getByRole('list', { name: 'Gepubliceerde instrumenten' }).getByRole('link');
    await expect(rows.allTextContents()).resolves.toEqual([title]);
    await tab.getByRole('checkbox', { name: /Alleen mijn favorieten/ }).uncheck();
    await tab.getByRole('searchbox', { name: 'Zoek instrumenten' }).fill('Nieuw e2e-instrument');
    const fresh = tab.getByRole('heading', { level: 2, name: /^Nieuw e2e-instrument/ });
    await fresh.waitFor();
    expect(await fresh.textContent()).toMatch(/Nieuw e2e-instrument\s*Nieuw$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
