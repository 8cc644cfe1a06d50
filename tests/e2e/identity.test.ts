/**
 * Identity from the token, not the host's context (issue 23, item 7): teams-js calls the
 * context's UPN and login hint hints, "never proof of identity". A guest's login hint is
 * their home-tenant UPN and their UPN here is the #EXT# form. The tab signs in with the
 * login hint and records who answered from Graph's /me; SharePoint records the author's
 * object id itself. (A guest may not report incidents: the permission model keeps cases
 * from everyone outside "Everyone except external users".)
 */
import { graphAs, itemsPath } from './support/emulatorGraph';
import { waitForAnswersSent } from './support/faultFlows';
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
  it('records a guest’s answers under the user Graph knows (UPN and object id), signed in with the login hint', async () => {
    // The host signs the guest in by their home-tenant name, as Teams' loginHint does.
    const { page, tab, errors } = await hosted.openHost(`tab=personal&locale=en-US&subPageId=assessments&user=${encodeURIComponent('jan@peer.example')}`);
    await tab.getByRole('heading', { level: 1, name: 'Self-assessment' }).waitFor();
    await tab.getByRole('textbox', { name: 'Name (optional)' }).fill('Guest assessment');
    await tab.getByRole('button', { name: 'Start' }).click();
    await tab.getByRole('heading', { level: 2, name: 'Guest assessment' }).waitFor();
    await tab.locator('fieldset[data-question]').first().getByRole('radio').nth(2).check();
    await waitForAnswersSent(page);

    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    const items = (await graph('GET', `${itemsPath('AssessmentResponses')}?expand=fields&$top=5000`)) as { value: Array<{ createdBy?: { user?: { id?: string } }; fields: Record<string, unknown> }> };
    const response = items.value.find((item) => item.fields['AssessorUpn'] === GUEST_UPN);
    expect(response?.createdBy?.user?.id).toBe(GUEST_ID);
    // Never the hint the host gave.
    expect(JSON.stringify(items.value.map((item) => item.fields))).not.toContain('jan@peer.example');
    // A guest may not read lessons (SharePoint refuses them); the screen says so, the browser logs the 403.
    expect(errors.filter((error) => !/status of 403/.test(error))).toEqual([]);
    await page.close();
  });
});
