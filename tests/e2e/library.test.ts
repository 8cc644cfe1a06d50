import type { FrameLocator, Page } from 'playwright-core';
import { seriousAxeViolations, startHostedTab, type HostedTab, tabFrame } from './support/hostedTab';

jest.setTimeout(90_000);

const HOSTILE_TITLE = 'Kwaadaardig voorbeeld voor de XSS-controle';

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${hosted.emulator.url}/emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return response.status === 204 ? undefined : ((await response.json()) as unknown);
}

/** Creates an instrument through Graph as the coordinator would (multi-choice columns annotated). */
async function createHostileInstrument(): Promise<void> {
  const { access_token: token } = (await control('GET', '/token?user=coordinator@contoso.example')) as { access_token: string };
  const graph = async (method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const response = await fetch(`${hosted.emulator.url}/graph/v1.0${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const site = await graph('GET', '/sites/contoso.sharepoint.com:/sites/ivho');
  await graph('POST', `/sites/${String(site['id'])}/lists/Instruments/items`, {
    fields: {
      Title: HOSTILE_TITLE,
      InstrumentKey: 'e2e-hostile-body',
      Summary: 'Een instrument met vijandige opmaak in de tekst.',
      Body: '<p>Gewone tekst.</p><img src=x onerror="window.top.__pwned = 1"><a href="javascript:window.top.__pwned = 2">klik hier</a><script>window.top.__pwned = 3</script>',
      'Themes@odata.type': 'Collection(Edm.String)',
      Themes: ['privacy'],
      'ProcessSteps@odata.type': 'Collection(Edm.String)',
      ProcessSteps: ['beleid'],
      InstrumentType: 'voorbeeld',
      Language: 'nl',
      Tags: 'xss;controle',
      Status: 'published',
    },
  });
}

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
  await createHostileInstrument();
});

afterAll(async () => {
  await hosted?.close();
});

async function openHost(query: string): Promise<{ page: Page; frame: FrameLocator; errors: string[] }> {
  const { page, tab, errors } = await hosted.openHost(query);
  return { page, frame: tab, errors };
}

describe('instrument library in the emulator host', () => {
  it('searches and filters to a demo instrument, opens it and passes axe', async () => {
    const { page, frame, errors } = await openHost('tab=personal&locale=nl-NL');
    const list = frame.getByRole('list', { name: 'Gepubliceerde instrumenten' });
    await list.waitFor();
    await frame.getByRole('searchbox', { name: 'Zoek instrumenten' }).fill('phishing');
    await frame.getByRole('combobox', { name: 'Thema' }).selectOption('cybersecurity');
    await frame.getByRole('combobox', { name: 'Soort' }).selectOption('stappenplan');
    const titles = await list.locator(':scope > li h2').allTextContents();
    expect(titles).toEqual(['Stappenplan phishing-simulatie voor medewerkers']);
    expect(new URL((await tabFrame(page)).url()).searchParams.get('theme')).toBe('cybersecurity');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await frame.getByRole('link', { name: 'Stappenplan phishing-simulatie voor medewerkers' }).click();
    await frame.getByRole('heading', { level: 2, name: 'Stappenplan phishing-simulatie voor medewerkers' }).waitFor();
    const documentLink = frame.getByRole('link', { name: 'Document openen' });
    expect(await documentLink.getAttribute('href')).toBe('https://example.org/ivho/cyber/phishing-simulatie');
    expect(await documentLink.getAttribute('target')).toBe('_blank');
    expect(await frame.getByRole('region', { name: 'Verwante instrumenten' }).getByRole('link').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The URL now names the instrument: opening it afresh lands on the same view.
    const deepLink = (await tabFrame(page)).url();
    expect(new URL(deepLink).searchParams.get('instrument')).not.toBeNull();
    await frame.getByRole('button', { name: 'Terug naar de lijst' }).click();
    await list.waitFor();
    const direct = await hosted.browser.context.newPage();
    await direct.goto(deepLink);
    await direct.getByRole('heading', { level: 2, name: 'Stappenplan phishing-simulatie voor medewerkers' }).waitFor();
    await direct.close();
    // A Teams deep link hands the instrument over as subPageId.
    const id = new URL(deepLink).searchParams.get('instrument') ?? '';
    const linked = await openHost(`tab=personal&locale=nl-NL&subPageId=${encodeURIComponent(`instrument:${id}`)}`);
    await linked.frame.getByRole('heading', { level: 2, name: 'Stappenplan phishing-simulatie voor medewerkers' }).waitFor();
    expect(linked.errors).toEqual([]);
    await linked.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders a hostile body inert', async () => {
    const { page, frame, errors } = await openHost('tab=personal&locale=nl-NL');
    await frame.getByRole('searchbox', { name: 'Zoek instrumenten' }).fill('kwaadaardig');
    await frame.getByRole('link', { name: HOSTILE_TITLE }).click();
    const article = frame.getByRole('article');
    await article.getByRole('heading', { level: 2, name: HOSTILE_TITLE }).waitFor();
    expect(await article.locator('script').count()).toBe(0);
    expect(await article.locator('[onerror], [onclick], [onload]').count()).toBe(0);
    expect(await article.locator('a[href^="javascript" i]').count()).toBe(0);
    await article.getByText('klik hier').click();
    expect(await article.locator('img[src]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await (await tabFrame(page)).evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page, frame, errors } = await openHost('tab=personal&locale=nl-NL');
    const search = frame.getByRole('searchbox', { name: 'Zoek instrumenten' });
    await frame.getByRole('list', { name: 'Gepubliceerde instrumenten' }).waitFor();
    const tab = await tabFrame(page);
    await tab.locator('body').focus();
    for (let presses = 0; presses < 10 && !(await search.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
    expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('privacy');
    // Past the selects and the clear button to the first row link.
    let onRow = false;
    for (let presses = 0; presses < 15 && !onRow; presses += 1) {
      await page.keyboard.press('Tab');
      onRow = await tab.evaluate(() => document.activeElement?.closest('[aria-posinset]') !== null && document.activeElement?.tagName === 'A');
    }
    expect(onRow).toBe(true);
    await page.keyboard.press('ArrowDown');
    const second = await tab.evaluate(() => document.activeElement?.closest('[aria-posinset]')?.getAttribute('aria-posinset'));
    expect(second).toBe('2');
    const title = await tab.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Enter');
    const heading = frame.getByRole('heading', { level: 2, name: title });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await frame.getByRole('list', { name: 'Gepubliceerde instrumenten' }).waitFor();
    await tab.waitForFunction((expected) => document.activeElement?.textContent === expected, title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the cached library on reload before any Graph answer, then refreshes by delta', async () => {
    const { page, frame, errors } = await openHost('tab=personal&locale=nl-NL');
    await frame.getByRole('list', { name: 'Gepubliceerde instrumenten' }).waitFor();
    // Let the first visit's cache write finish.
    await page.waitForTimeout(500);
    await control('POST', '/faults', { latencyMs: 1500 });
    await control('DELETE', '/requests');
    try {
      await page.reload();
      const reloaded = page.frameLocator('#tab-frame');
      await reloaded.getByRole('list', { name: 'Gepubliceerde instrumenten' }).locator(':scope > li').first().waitFor();
      const shownAt = Date.now();
      await page.waitForFunction(() => document.querySelector('[data-testid="host-status"]')?.getAttribute('data-state') === 'success');
      // Wait for the refresh to reach Graph and come back.
      await new Promise((done) => setTimeout(done, 2500));
      const { value } = (await control('GET', '/requests')) as { value: { method: string; path: string; endMs: number }[] };
      expect(value.length).toBeGreaterThan(0);
      expect(value.filter((request) => request.endMs <= shownAt)).toEqual([]);
      // The warm start asks for changes only: a delta request, no full items listing.
      expect(value.some((request) => request.path.includes('/items/delta?') && request.path.includes('token='))).toBe(true);
      expect(value.filter((request) => /\/items\?/.test(request.path))).toEqual([]);
    } finally {
      await control('DELETE', '/faults');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
