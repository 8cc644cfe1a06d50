import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { startEmulator } from '../../emulator/server';
import { eventually } from './support/eventually';
import { DEFAULT_ENTITY_ID } from '../../emulator/teams-host/browser/hostScene';
import { EMULATOR_TEAMS_APP_ID } from '../../emulator/teams-host/browser/legacyContext';
import { FIXTURE_TAB_PATH, routeFixtureTab } from './support/fixtureTab';
import { collectConsoleErrors, launchBrowser, type LaunchedBrowser } from './support/launchBrowser';

jest.setTimeout(60_000);

/** The fixture tab's view of teams-js, as it stores it in `window.fixture`. */
interface FixtureState {
  readonly ready: boolean;
  readonly context?: {
    readonly page: { readonly id?: string; readonly subPageId?: string; readonly frameContext?: string };
    readonly app: { readonly locale: string; readonly theme: string; readonly host: { readonly name: string; readonly clientType: string } };
    readonly user?: { readonly userPrincipalName?: string; readonly tenant?: { readonly id: string } };
    readonly team?: { readonly internalId?: string; readonly groupId?: string };
    readonly channel?: { readonly id?: string };
  };
  readonly supports?: { readonly sharing: boolean; readonly config: boolean };
}

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let browser: LaunchedBrowser;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ivho-e2e-data-'));
  emulator = await startEmulator({ port: 0, dataDir, reset: true, tab: { mode: 'static', dir: 'dist' }, quiet: true });
  browser = await launchBrowser();
  await routeFixtureTab(browser.context);
});

afterAll(async () => {
  await browser?.close();
  await emulator?.close();
  if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
});

async function openHost(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectConsoleErrors(page);
  await page.goto(`${emulator.url}/host?${query}&tabUrl=${encodeURIComponent(FIXTURE_TAB_PATH)}`);
  return { page, errors };
}

/** The fixture frame once teams-js has initialised in it (after a reload, the new one). The frame is cross-origin, as in Teams: it is asked, not reached into. */
async function readyFixture(page: Page, urlPart = FIXTURE_TAB_PATH, replaced?: Frame): Promise<{ frame: Frame; state: FixtureState }> {
  const frame = await eventually(
    () => Promise.resolve(page.frames().find((candidate) => candidate !== page.mainFrame() && candidate !== replaced && candidate.url().includes(urlPart) && !candidate.isDetached())),
    (found) => found !== undefined,
  );
  if (frame === undefined) throw new Error('no fixture frame');
  await frame.waitForFunction(() => (window as Window & { fixture?: FixtureState }).fixture?.ready === true);
  const state = await frame.evaluate(() => (window as Window & { fixture?: FixtureState }).fixture);
  if (state === undefined) throw new Error('fixture state missing');
  return { frame, state };
}

describe('the emulator Teams host page speaks teams-js', () => {
  it('answers initialize and getContext for a channel tab', async () => {
    const { page, errors } = await openHost('tab=channel&frame=content&theme=dark&locale=en-US&user=reader@contoso.example&subPageId=x-1');
    const { state } = await readyFixture(page);
    const config = (await (await fetch(`${emulator.url}/emulator/config`)).json()) as { tenantId: string; team: { id: string }; channels: { id: string }[] };
    expect(state.supports).toEqual({ sharing: true, config: true });
    expect(state.context?.app).toMatchObject({ locale: 'en-US', theme: 'dark', host: { name: 'Teams', clientType: 'web' } });
    expect(state.context?.page).toMatchObject({ frameContext: 'content', subPageId: 'x-1' });
    expect(state.context?.user).toMatchObject({ userPrincipalName: 'reader@contoso.example', tenant: { id: config.tenantId } });
    // As Teams gives them: the thread id as internalId, the Microsoft 365 group id as groupId.
    expect(state.context?.team?.internalId).toMatch(/^19:[0-9a-f]+@thread\.tacv2$/);
    expect(state.context?.team?.groupId).toBe(config.team.id);
    expect(state.context?.channel?.id).toBe(config.channels[0]?.id);
    await page.waitForSelector('[data-testid="host-status"][data-state="success"]');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves a channel tab from the settings frame and opens the saved content URL', async () => {
    const { page, errors } = await openHost('tab=channel&frame=settings&locale=nl-NL');
    const { state } = await readyFixture(page);
    expect(state.context?.page.frameContext).toBe('settings');
    const save = page.getByRole('button', { name: 'Save' });
    await page.waitForSelector('#settings-save:not([disabled])');
    await save.click();
    const saved = await readyFixture(page, `${FIXTURE_TAB_PATH}?saved=1`);
    expect(saved.state.context?.page).toMatchObject({ id: 'theme-privacy', frameContext: 'content' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Privacy');
    expect(new URL(page.url()).searchParams.get('frame')).toBe('content');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shares through the share dialog, records the share and shows it in the channel view', async () => {
    const { page, errors } = await openHost('tab=personal&locale=nl-NL');
    const { frame } = await readyFixture(page);
    const url = `https://example.org/instrument/${Date.now()}`;
    const shared = frame.evaluate(
      (link) =>
        (window as unknown as { microsoftTeams: { sharing: { shareWebContent(request: unknown): Promise<void> } } }).microsoftTeams.sharing
          .shareWebContent({ content: [{ type: 'URL', url: link, message: 'Bekijk dit', preview: true }] })
          .then(() => 'shared'),
      url,
    );
    const dialog = page.getByRole('dialog', { name: 'Share to a channel' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Message').inputValue()).toBe('Bekijk dit');
    await dialog.getByRole('button', { name: 'Share' }).click();
    await expect(shared).resolves.toBe('shared');
    const recorded = (await (await fetch(`${emulator.url}/emulator/shares`)).json()) as { value: { share: { content: { url: string }[]; sharedBy: string } }[] };
    const share = recorded.value.find((entry) => entry.share.content[0]?.url === url);
    expect(share?.share.sharedBy).toBe('coordinator@contoso.example');
    await page.getByRole('complementary').getByRole('link', { name: url }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rejects a cancelled share with USER_ABORT', async () => {
    const { page } = await openHost('tab=personal');
    const { frame } = await readyFixture(page);
    const shared = frame.evaluate(() =>
      (window as unknown as { microsoftTeams: { sharing: { shareWebContent(request: unknown): Promise<void> } } }).microsoftTeams.sharing
        .shareWebContent({ content: [{ type: 'URL', url: 'https://example.org/x' }] })
        .then(
          () => 'shared',
          (error: { errorCode?: number }) => error.errorCode,
        ),
    );
    const dialog = page.getByRole('dialog', { name: 'Share to a channel' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect(shared).resolves.toBe(8000);
    await page.close();
  });

  it('reloads the tab with the subPageId of a deep link', async () => {
    const { page, errors } = await openHost('tab=personal');
    const { frame } = await readyFixture(page);
    const link = `https://teams.microsoft.com/l/entity/${EMULATOR_TEAMS_APP_ID}/instruments?context=${encodeURIComponent(JSON.stringify({ subEntityId: 'instrument-42' }))}`;
    // The host replaces the frame, so the old document never sees openLink settle: don't await it.
    await frame.evaluate((deepLink) => {
      void (window as unknown as { microsoftTeams: { app: { openLink(link: string): Promise<void> } } }).microsoftTeams.app.openLink(deepLink);
    }, link);
    await page.waitForURL(/subPageId=instrument-42/);
    // Teams opens the manifest's static tab of that entity id (its contentUrl), not whatever page asked.
    const opened = new URL(page.url());
    expect(opened.searchParams.get('entityId') ?? DEFAULT_ENTITY_ID).toBe('instruments');
    expect(opened.searchParams.get('tabUrl')).toBe('/?view=library');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers a function it does not implement so that teams-js rejects', async () => {
    const { page } = await openHost('tab=personal');
    const { frame } = await readyFixture(page);
    const outcome = await frame.evaluate(() =>
      (window as unknown as { microsoftTeams: { authentication: { getAuthToken(): Promise<string> } } }).microsoftTeams.authentication
        .getAuthToken()
        .then(
          () => 'resolved',
          (error: Error) => error.message,
        ),
    );
    expect(outcome).toContain('does not support "authentication.getAuthToken"');
    await page.close();
  });

  it('shows messages posted to the channel through Graph, Adaptive Cards included', async () => {
    const config = (await (await fetch(`${emulator.url}/emulator/config`)).json()) as { team: { id: string }; channels: { id: string }[] };
    const channelId = config.channels[0]?.id ?? '';
    const { access_token: token } = (await (await fetch(`${emulator.url}/emulator/token?user=coordinator@contoso.example`)).json()) as { access_token: string };
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Nieuwe les gedeeld' }] };
    const posted = await fetch(`${emulator.url}/graph/v1.0/teams/${config.team.id}/channels/${encodeURIComponent(channelId)}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        body: { contentType: 'html', content: '<p>Hallo kanaal</p><attachment id="card-1"></attachment>' },
        attachments: [{ id: 'card-1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify(card) }],
      }),
    });
    expect(posted.status).toBe(201);
    const { page, errors } = await openHost('tab=channel');
    const channelView = page.getByRole('complementary');
    await channelView.getByText('Hallo kanaal').waitFor();
    await channelView.getByText('Nieuwe les gedeeld').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
