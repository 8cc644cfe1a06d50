/**
 * The tab at phone width (Teams mobile gives a tab the whole screen: 320-360 CSS pixels
 * on small phones). Every section is walked at 320 and 360 px: nothing may stick out
 * sideways (content wider than the tab would need sideways scrolling, which Teams mobile
 * does not offer), and the main flows still work there.
 */
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { seriousAxeViolations, startHostedTab, tabFrame, type HostedTab } from './support/hostedTab';

jest.setTimeout(120_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
}, 120_000);

afterAll(async () => {
  await hosted?.close();
});

/** Sizes the window so that the tab's frame (inside the host's chrome) is `width` pixels wide. */
async function frameWidth(page: Page, width: number): Promise<Frame> {
  let viewport = width;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await page.setViewportSize({ width: viewport, height: 740 });
    const actual = await page.locator('#tab-frame').evaluate((frame) => frame.getBoundingClientRect().width);
    if (Math.round(actual) === width) break;
    viewport += Math.round(width - actual);
  }
  const frame = await tabFrame(page);
  // The tab is a cross-site frame (as in Teams), laid out in its own renderer: its new width arrives a moment later.
  await frame.waitForFunction((wanted) => document.documentElement.clientWidth === wanted, width).catch(() => undefined);
  expect(await frame.evaluate(() => document.documentElement.clientWidth)).toBe(width);
  return frame;
}

/** Elements that stick out past the tab's right edge, outside any box that scrolls or clips on purpose. */
async function sticking(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const edge = document.documentElement.clientWidth + 1;
    const scrollsSideways = (element: Element | null): boolean => {
      for (let current = element?.parentElement ?? null; current !== null && current !== document.body; current = current.parentElement) {
        const overflow = getComputedStyle(current).overflowX;
        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > edge && !scrollsSideways(element) && !element.closest('[data-tabster-dummy]');
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.id === '' ? '' : `#${element.id}`} "${(element.textContent ?? '').trim().slice(0, 40)}" right=${Math.round(element.getBoundingClientRect().right)}`);
  });
}

async function open(query: string, width: number): Promise<{ page: Page; tab: FrameLocator; frame: Frame; errors: string[] }> {
  const opened = await hosted.openHost(query);
  const frame = await frameWidth(opened.page, width);
  return { ...opened, frame };
}

describe.each([320, 360])('the tab at %i px wide', (width) => {
  it('self-assessment: start, answer with the descriptors as choices, see the results; nothing sticks out', async () => {
    const { page, tab, frame, errors } = await open('tab=personal&locale=nl-NL&subPageId=assessments', width);
    await tab.getByRole('heading', { level: 1, name: 'Zelfevaluatie' }).waitFor();
    expect(await sticking(frame)).toEqual([]);
    await tab.getByRole('textbox', { name: 'Naam (optioneel)' }).fill(`Telefoon ${width}`);
    await tab.getByRole('button', { name: 'Starten' }).click();
    await tab.getByRole('heading', { level: 2, name: `Telefoon ${width}` }).waitFor();
    const question = tab.locator('fieldset[data-question="cybersecurity.risicomanagement.1"]');
    await question.getByRole('radio').nth(2).check();
    expect(await question.getByRole('radio').nth(2).isChecked()).toBe(true);
    await tab.getByRole('button', { name: /^Lessen uit incidenten over Cybersecurity/ }).click();
    await tab.getByTestId('theme-lessons').waitFor();
    expect(await sticking(frame)).toEqual([]);
    await tab.getByRole('tab', { name: 'Resultaten' }).click();
    await tab.getByTestId('radar-chart').waitFor();
    expect(await sticking(frame)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('incident learning: the quick report, every overview and the case team’s breach assessment; nothing sticks out', async () => {
    const { page, tab, frame, errors } = await open('tab=personal&locale=nl-NL&subPageId=incidents', width);
    await tab.getByRole('heading', { level: 1, name: 'Leren van incidenten' }).waitFor();
    expect(await sticking(frame)).toEqual([]);
    await tab.getByRole('checkbox', { name: /Meer details/ }).check();
    await tab.getByRole('checkbox', { name: /Er zijn persoonsgegevens bij betrokken/ }).check();
    expect(await sticking(frame)).toEqual([]);
    for (const view of ['Meldingen', 'Acties', 'Lessen', 'Datalekregister']) {
      await tab.getByRole('tab', { name: view }).click();
      await page.waitForTimeout(200);
      expect({ view, sticking: await sticking(frame) }).toEqual({ view, sticking: [] });
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();

    // The privacy officer assesses the demo case: the whole assessment form at phone width.
    const officer = await open(`tab=personal&locale=nl-NL&user=privacy%40contoso.example&subPageId=${encodeURIComponent('incident:demo-case-0001')}`, width);
    await officer.tab.getByRole('button', { name: 'Dossier bewerken' }).click();
    await officer.tab.getByRole('radio', { name: 'Ja, een datalek' }).check();
    await officer.tab.getByRole('radio', { name: /^Hoog risico/ }).check();
    await officer.tab.getByRole('textbox', { name: 'Kenmerk van de AP' }).waitFor();
    expect(await sticking(officer.frame)).toEqual([]);
    expect(await seriousAxeViolations(officer.page)).toEqual([]);
    expect(officer.errors).toEqual([]);
    await officer.page.close();
  });

  it('library: the list, the filters and an instrument; nothing sticks out', async () => {
    const { page, tab, frame, errors } = await open('tab=personal&locale=nl-NL', width);
    await tab.getByRole('heading', { level: 1 }).first().waitFor();
    await tab.getByRole('searchbox').first().waitFor();
    expect(await sticking(frame)).toEqual([]);
    // Rows have a fixed height for the virtual list: at phone width their text must still fit in it.
    const rowsOverflowing = await frame.evaluate(() =>
      [...document.querySelectorAll('[data-index]')].filter((row) => row.scrollHeight > row.clientHeight + 1).map((row) => (row.textContent ?? '').slice(0, 40)),
    );
    expect(rowsOverflowing).toEqual([]);
    await tab.locator('[data-index="0"] a').first().click();
    await tab.getByRole('button', { name: 'Terug naar de lijst' }).waitFor();
    expect(await sticking(frame)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
