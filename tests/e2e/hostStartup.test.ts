/**
 * Start-up as Teams expects it (issue 23, item 1). With `showLoadingIndicator`, Teams
 * covers the tab with its own loading indicator until the tab calls notifySuccess, shows
 * its timeout screen when that does not come within 30 s and its error screen after
 * notifyFailure. The tab reports success as soon as its first frame is painted, so what
 * users see while data loads, or when Graph fails, is the app's own loading state and
 * error page. The emulator's host page covers the frame the same way.
 */
import { setFaults } from './support/faultFlows';
import { seriousAxeViolations, startHostedTab, type HostedTab } from './support/hostedTab';

jest.setTimeout(120_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

afterEach(async () => {
  await setFaults(hosted.emulator.url, undefined);
});

describe('start-up inside the host', () => {
  // First in the file: the browser has no cached library yet, so the failure shows as the error page, not as a failed refresh.
  it('shows the app’s own error page when Graph fails, never Teams’ error screen', async () => {
    await setFaults(hosted.emulator.url, { throttleRate: 1, throttleStatuses: [503], retryAfterSeconds: 0 });
    const { page, tab } = await hosted.openHost('tab=personal&locale=en-US');
    await page.locator('[data-testid="host-status"][data-state="success"]').waitFor();
    await tab.getByText('The instruments could not be loaded.').waitFor({ timeout: 90_000 });
    await tab.getByRole('button', { name: 'Try again' }).waitFor();
    expect(await page.getByTestId('host-cover').isHidden()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('reports success before the data arrives, so the app shows its own loading state, not Teams’ cover', async () => {
    await setFaults(hosted.emulator.url, { latencyMs: 2500 });
    const { page, tab, errors } = await hosted.openHost('tab=personal&locale=en-US');
    await page.locator('[data-testid="host-status"][data-state="success"]').waitFor();
    // Success came while Graph was still answering: the library is not there yet, the app's loading state is.
    expect(await tab.getByRole('list', { name: 'Published instruments' }).count()).toBe(0);
    expect(await page.getByTestId('host-cover').isHidden()).toBe(true);
    await tab.getByRole('list', { name: 'Published instruments' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('covers a tab that never reports success, then shows the timeout screen with a retry, as Teams does after 30 s', async () => {
    // A page without teams-js (here a JSON document) never calls notifySuccess; the timeout is shortened for the test.
    const { page } = await hosted.openHost('tab=personal&tabUrl=%2Femulator%2Fusers&loadTimeoutMs=2000');
    expect(await page.getByTestId('host-cover').getAttribute('data-state')).toBe('loading');
    await page.locator('[data-testid="host-cover"][data-state="timeout"]').waitFor();
    expect(await page.getByTestId('host-cover').textContent()).toContain('took too long to load');
    await page.getByRole('button', { name: 'Retry' }).waitFor();
    await page.close();
  });
});
