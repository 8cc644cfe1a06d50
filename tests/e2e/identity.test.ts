/**
 * Identity from the token, not the host's context (issue 23, item 7): teams-js calls the
 * context's UPN and login hint hints, "never proof of identity". A guest's login hint is
 * their home-tenant UPN and their UPN here is the #EXT# form. The tab signs in with the
 * login hint and records who reported from Graph's /me; SharePoint records the author's
 * object id itself.
 */
import { graphAs, itemsPath } from './support/emulatorGraph';
import { waitForItemCount, countItems } from './support/faultFlows';
import { startHostedTab, type HostedTab } from './support/hostedTab';

jest.setTimeout(120_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

const GUEST_ID = 'a1b2c3d4-0005-4a00-8000-000000000005';
const GUEST_UPN = 'jan_peer.example#EXT#@contoso.example';

describe('who did something', () => {
  it('records a guest’s report under the user Graph knows (UPN and object id), signed in with the login hint', async () => {
    const before = await countItems(hosted.emulator.url, 'IncidentCases');
    // The host signs the guest in by their home-tenant name, as Teams' loginHint does.
    const { page, tab, errors } = await hosted.openHost(`tab=personal&locale=en-US&subPageId=incidents&user=${encodeURIComponent('jan@peer.example')}`);
    await tab.getByRole('heading', { level: 1, name: 'Learning from incidents' }).waitFor();
    await tab.getByRole('textbox', { name: 'Title' }).fill('Fire door wedged open');
    await tab.getByRole('textbox', { name: 'What happened' }).fill('During the visit a fire door in building B was wedged open with a chair.');
    await tab.getByRole('button', { name: 'Send report' }).click();
    expect(await waitForItemCount(hosted.emulator.url, 'IncidentCases', before + 1)).toBe(before + 1);

    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    const items = (await graph('GET', `${itemsPath('IncidentCases')}?expand=fields&$top=5000`)) as { value: Array<{ createdBy?: { user?: { id?: string } }; fields: Record<string, unknown> }> };
    const report = items.value.find((item) => item.fields['Title'] === 'Fire door wedged open');
    expect(report?.fields['ReporterUpn']).toBe(GUEST_UPN);
    expect(report?.createdBy?.user?.id).toBe(GUEST_ID);
    // Never the hint the host gave.
    expect(JSON.stringify(report?.fields)).not.toContain('jan@peer.example');
    await tab.locator('[data-testid="outbox-status"][data-state="idle"]').first().waitFor();
    expect(errors.filter((error) => !/status of 403/.test(error))).toEqual([]);
    await page.close();
  });
});
