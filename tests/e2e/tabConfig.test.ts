import { seriousAxeViolations, startHostedTab, type HostedTab, type OpenedHost } from './support/hostedTab';

jest.setTimeout(60_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

const openHost = (query: string): Promise<OpenedHost> => hosted.openHost(query);

describe('channel tab configuration in the emulator host page', () => {
  it('pins the tab to a theme: settings frame -> Save -> the content frame shows the pinned library', async () => {
    const { page, tab, errors } = await openHost('tab=channel&frame=settings&locale=en-US');
    await tab.getByRole('heading', { level: 1, name: 'Set up this tab' }).waitFor();
    await page.waitForSelector('[data-testid="host-status"][data-state="success"]');
    const save = page.getByRole('button', { name: 'Save', exact: true });
    // The form starts valid (the whole library, named "Instruments"), so Save is enabled.
    await page.waitForSelector('#settings-save:not([disabled])');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // An empty name disables the host's Save; a theme choice names the tab again only if untouched.
    const name = tab.getByRole('textbox', { name: /Tab name/ });
    await name.fill('');
    await page.waitForSelector('#settings-save[disabled]');
    await tab.getByText('Give the tab a name.').waitFor();
    await name.fill('Privacy desk');
    await tab.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Privacy and personal data' });
    await page.waitForSelector('#settings-save:not([disabled])');

    await save.click();
    await page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('#tab-frame')?.src.includes('view=library') === true);
    const src = await page.locator('#tab-frame').getAttribute('src');
    expect(new URL(src ?? '', hosted.emulator.url).search).toBe('?view=library&theme=privacy');
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe('Privacy desk');

    await tab.getByTestId('pinned-view').waitFor();
    expect(await tab.getByTestId('pinned-view').textContent()).toBe('This tab shows: Theme: Privacy and personal data');
    await tab.getByRole('heading', { level: 1, name: 'Instrument library' }).waitFor();
    await page.waitForSelector('[data-testid="host-status"][data-state="success"]');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reconfigures a theme tab from its saved choice: Settings opens the configuration page on the current theme, a new theme keeps the view', async () => {
    const { page, tab, errors } = await openHost('tab=channel&frame=settings&locale=en-US');
    await tab.getByRole('heading', { level: 1, name: 'Set up this tab' }).waitFor();
    await tab.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Privacy and personal data' });
    await page.waitForSelector('#settings-save:not([disabled])');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await tab.getByTestId('pinned-view').waitFor();

    // The tab's Settings: Teams loads the configuration URL, not the content URL.
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await tab.getByRole('heading', { level: 1, name: 'Set up this tab' }).waitFor();
    expect(new URL((await page.locator('#tab-frame').getAttribute('src')) ?? '').search).toBe('?setup=channel');
    // It starts from what the tab shows now, not from the plain library.
    const theme = tab.getByRole('combobox', { name: 'Theme' });
    await page.waitForFunction(() => document.querySelector('#settings-save')?.hasAttribute('disabled') === false);
    expect(await theme.inputValue()).toBe('privacy');
    await theme.selectOption({ label: 'Cyber security and information security' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('#tab-frame')?.src.includes('theme=cybersecurity') === true);
    await tab.getByTestId('pinned-view').waitFor();
    expect(await tab.getByTestId('pinned-view').textContent()).toBe('This tab shows: Theme: Cyber security and information security');
    await tab.getByRole('heading', { level: 1, name: 'Instrument library' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves search words with the theme, in Dutch', async () => {
    const { page, tab, errors } = await openHost('tab=channel&frame=settings&locale=nl-NL');
    await tab.getByRole('heading', { level: 1, name: 'Dit tabblad instellen' }).waitFor();
    await tab.getByRole('combobox', { name: 'Thema' }).selectOption('kennisveiligheid');
    await tab.getByRole('textbox', { name: 'Zoekwoorden (optioneel)' }).fill('export');
    expect(await tab.getByRole('textbox', { name: /Naam van het tabblad/ }).inputValue()).toBe('Kennisveiligheid');
    await page.waitForSelector('#settings-save:not([disabled])');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await tab.getByTestId('pinned-view').waitFor();
    expect(await tab.getByTestId('pinned-view').textContent()).toBe('Dit tabblad toont: Thema: Kennisveiligheid · Zoekwoorden: export');
    expect(new URL((await page.locator('#tab-frame').getAttribute('src')) ?? '', hosted.emulator.url).search).toBe('?view=library&theme=kennisveiligheid&q=export');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('deep links to a subPageId', () => {
  it('opens the library pinned to the theme a personal-tab deep link names', async () => {
    const subPageId = encodeURIComponent('library:theme=privacy');
    const { page, tab, errors } = await openHost(`tab=personal&locale=nl-NL&subPageId=${subPageId}`);
    await tab.getByTestId('pinned-view').waitFor();
    expect(await tab.getByTestId('pinned-view').textContent()).toBe('Dit tabblad toont: Thema: Privacy en persoonsgegevens');
    await tab.getByRole('heading', { level: 1, name: 'Instrumentenbibliotheek' }).waitFor();
    await page.waitForSelector('[data-testid="host-status"][data-state="success"]');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens an instrument deep link and says when a subPageId leads nowhere', async () => {
    const instrument = await openHost(`tab=personal&locale=en-US&subPageId=${encodeURIComponent('instrument:IVHO-001')}`);
    await instrument.tab.getByTestId('route-notice').waitFor();
    expect(await instrument.tab.getByTestId('route-notice').textContent()).toContain('Instrument IVHO-001');
    expect(instrument.errors).toEqual([]);
    await instrument.page.close();

    const unknown = await openHost('tab=personal&locale=en-US&subPageId=report-2024');
    await unknown.tab.getByText('This link leads nowhere').waitFor();
    expect(await unknown.tab.getByTestId('route-notice').textContent()).toContain('"report-2024"');
    await unknown.tab.getByRole('heading', { level: 1, name: 'Instrument library' }).waitFor();
    await unknown.page.waitForSelector('[data-testid="host-status"][data-state="success"]');
    expect(await seriousAxeViolations(unknown.page)).toEqual([]);
    expect(unknown.errors).toEqual([]);
    await unknown.page.close();
  });
});
