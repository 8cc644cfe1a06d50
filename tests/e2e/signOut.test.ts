/**
 * A plain browser ("Open in browser", a shared workstation) has no host to say who is
 * signed in (issue 15, item 4). Each account's drafts and unsent work live under its own
 * identity from Graph's /me, so two people on one browser never see each other's; "Sign
 * out" removes everything of that user from the device and the next person chooses their
 * own account. Locally the emulated sign-in stands in for Entra ID's account chooser.
 */
import type { Page } from 'playwright-core';
import { collectConsoleErrors } from './support/launchBrowser';
import { startHostedTab, type HostedTab } from './support/hostedTab';

jest.setTimeout(120_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

const COORDINATOR_ID = 'a1b2c3d4-0001-4a00-8000-000000000001';
const STAFF_ID = 'a1b2c3d4-0004-4a00-8000-000000000004';

/** The names of the IndexedDB databases of the tab's origin. */
function databases(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? ''));
}

/** The report form's Title once the form is shown: it renders only after its draft was read. */
async function reportTitle(page: Page): Promise<string> {
  await page.getByRole('heading', { level: 1, name: 'Learning from incidents' }).waitFor();
  const field = page.getByRole('textbox', { name: 'Title' });
  await field.waitFor();
  return field.inputValue();
}

async function switchAccount(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: from }).click();
  await page.getByRole('menuitem', { name: 'Use another account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in with another account' }).waitFor();
  await page.getByRole('textbox', { name: /Account/ }).fill(to);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('one browser, several people', () => {
  it('keeps each account’s drafts to itself, and signing out leaves nothing of that user on the device', async () => {
    const page = await hosted.browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(`${hosted.emulator.url}/?subPageId=incidents`);

    // The coordinator (the emulator's default account) starts a report and leaves it.
    await page.getByRole('heading', { level: 1, name: 'Learning from incidents' }).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('Draft of the coordinator');
    await page.getByRole('button', { name: 'Anna de Vries' }).waitFor();
    await page.waitForFunction((id) => indexedDB.databases().then((all) => all.some((database) => database.name?.startsWith(`ivho-drafts|${id}|`))), COORDINATOR_ID);

    // A colleague signs in on the same browser: an empty form, not the coordinator's draft.
    await switchAccount(page, 'Anna de Vries', 'staff@contoso.example');
    await page.getByRole('button', { name: 'Sam Visser' }).waitFor();
    expect(await reportTitle(page)).toBe('');
    await page.getByRole('textbox', { name: 'Title' }).fill('Draft of the staff member');
    await page.waitForFunction((id) => indexedDB.databases().then((all) => all.some((database) => database.name?.startsWith(`ivho-drafts|${id}|`))), STAFF_ID);

    // Back to the coordinator: their own draft, untouched, and not the colleague's.
    await switchAccount(page, 'Sam Visser', 'coordinator@contoso.example');
    await page.getByRole('button', { name: 'Anna de Vries' }).waitFor();
    expect(await reportTitle(page)).toBe('Draft of the coordinator');

    // Unsent work is named before it is lost: offline, a report waits in the outbox.
    await page.context().setOffline(true);
    await page.getByRole('textbox', { name: 'What happened' }).fill('Tijdens de oefening bleef de nooddeur aan de oostzijde dicht.');
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByText('Your report is saved on this device').waitFor();
    await page.getByRole('button', { name: 'Anna de Vries' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign out?' });
    await dialog.getByText('1 changes are not yet saved in SharePoint').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.context().setOffline(false);
    await page.locator('[data-testid="outbox-status"][data-state="idle"]').first().waitFor();

    // Signing out removes the coordinator's drafts, outbox and the cached library.
    await page.getByRole('button', { name: 'Anna de Vries' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('dialog', { name: 'Sign out?' }).getByText('not yet saved').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Sign out and remove' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are signed out' }).waitFor();
    // Signed out, the app asks nobody's identity (a reload included): nothing of the
    // default account is signed in and recreated behind the sign-in screen.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'You are signed out' }).waitFor();
    await page.waitForLoadState('networkidle');
    const left = await databases(page);
    expect(left.filter((name) => name.includes(COORDINATOR_ID))).toEqual([]);
    expect(left).not.toContain('ivho-library');
    // The colleague's draft is theirs, not the coordinator's to remove.
    expect(left.some((name) => name.startsWith(`ivho-drafts|${STAFF_ID}|`))).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('ivho.emulator.account'))).toBeNull();
    // Nothing is shown of the app's data: no library, no form.
    await expect(page.getByRole('textbox', { name: 'Title' }).count()).resolves.toBe(0);

    // The next person signs in as themselves.
    await page.getByRole('textbox', { name: /Account/ }).fill('staff@contoso.example');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await reportTitle(page)).toBe('Draft of the staff member');
    // The offline step logs failed requests, and SharePoint refuses the staff member the
    // case team's lists (the screen says so); nothing else may be logged.
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|status of 403/.test(error))).toEqual([]);
    await page.close();
  });
});
