/**
 * Incremental consent (issue 14, item 4): the tab asks for the library's scopes first and
 * for each feature's scopes when that feature is first used. A user whose organisation
 * consented to the library's scopes only reads the library and is told, per feature,
 * what is missing; granting it through the emulator's control API (as an administrator
 * would in Entra ID) makes the feature work on "Try again", without a reload.
 */
import { eventually } from './support/eventually';
import { seriousAxeViolations, startHostedTab, type HostedTab } from './support/hostedTab';

jest.setTimeout(120_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

async function control(method: string, path: string, body?: unknown): Promise<number> {
  const response = await fetch(`${hosted.emulator.url}/emulator${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return response.status;
}

async function postedMessages(): Promise<number> {
  const { value } = (await (await fetch(`${hosted.emulator.url}/emulator/messages`)).json()) as { value: unknown[] };
  return value.length;
}

describe('incremental consent', () => {
  it('reads the library with only its scopes consented, explains favourites and channel posts, and turns them on once granted', async () => {
    // The organisation consented to what the library needs, nothing more.
    expect(await control('POST', '/consent', { organisation: ['Sites.Selected', 'User.Read'] })).toBe(200);
    const { page, tab, errors } = await hosted.openHost('tab=channel&locale=en-US');

    // The library works: no admin page, rows show.
    await tab.getByRole('searchbox', { name: 'Search instruments' }).fill('datalek');
    const first = tab.getByRole('list', { name: 'Published instruments' }).getByRole('link').first();
    await first.waitFor();
    expect(await tab.getByRole('heading', { name: 'An administrator must grant access' }).count()).toBe(0);

    // Favourites say what they need instead of failing silently.
    const favouritesNotice = tab.getByTestId('consent-notice-favourites');
    await favouritesNotice.waitFor();
    expect(await favouritesNotice.textContent()).toMatch(/Favourites are not available yet\..*Files\.ReadWrite\.AppFolder/);
    expect(await tab.getByRole('checkbox', { name: /Only my favourites/ }).count()).toBe(0);

    // Posting to the channel explains the missing consent for ChannelMessage.Send and posts nothing.
    const title = (await first.textContent()) ?? '';
    await first.click();
    await tab.getByRole('heading', { level: 2, name: title }).waitFor();
    await tab.getByRole('button', { name: 'Post to this channel' }).click();
    const postNotice = tab.getByTestId('consent-notice-channelPost');
    await postNotice.waitFor();
    expect(await postNotice.textContent()).toMatch(/Posting to a channel is not available yet\..*ChannelMessage\.Send/);
    expect(await postedMessages()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // An administrator grants consent; "Try again" works without reloading the tab.
    expect(await control('POST', '/consent/grant', { scopes: ['ChannelMessage.Send', 'Files.ReadWrite.AppFolder'] })).toBe(200);
    await postNotice.getByRole('button', { name: 'Try again' }).click();
    await tab.getByText('Posted in the channel.').waitFor();
    expect(await eventually(postedMessages, (count) => count === 1)).toBe(1);
    await favouritesNotice.getByRole('button', { name: 'Try again' }).click();
    await tab.getByRole('button', { name: 'Favourite' }).waitFor();
    expect(await favouritesNotice.count()).toBe(0);

    // The only errors are the browser logging the two refused token requests, one per feature, each for its own scope.
    expect(errors).toEqual([
      expect.stringMatching(/status of 400 .*\/emulator\/token\?user=coordinator%40contoso\.example&scopes=Files\.ReadWrite\.AppFolder\)$/),
      expect.stringMatching(/status of 400 .*\/emulator\/token\?user=coordinator%40contoso\.example&scopes=ChannelMessage\.Send\)$/),
    ]);
    await page.close();
    await control('POST', '/reset');
  });

  it('shows the administrator page only when the library’s own scopes are not consented', async () => {
    expect(await control('POST', '/consent', { organisation: ['User.Read'] })).toBe(200);
    const { page, tab } = await hosted.openHost('tab=personal&locale=nl-NL');
    await tab.getByRole('heading', { level: 1, name: 'Een beheerder moet toegang geven' }).waitFor();
    expect(await tab.getByRole('list', { name: /gedelegeerde Microsoft Graph-machtigingen/ }).getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Sites\.Selected: /),
      expect.stringMatching(/^User\.Read: /),
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
    await control('POST', '/reset');
  });
});
