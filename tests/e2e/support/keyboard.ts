import type { Frame, Locator, Page } from 'playwright-core';

/** The tab's own document inside the host page. */
export async function tabDocument(page: Page): Promise<Frame> {
  const frame = await (await page.locator('#tab-frame').elementHandle())?.contentFrame();
  if (frame === null || frame === undefined) throw new Error('the host has no tab frame');
  return frame;
}

export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would, and
 * fails when it is not reached within `maxPresses`: a control the keyboard cannot reach.
 */
export async function tabTo(page: Page, target: Locator, { maxPresses = 60, backwards = false }: { maxPresses?: number; backwards?: boolean } = {}): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (!(await isFocused(target))) throw new Error(`not reached with ${maxPresses} presses of ${backwards ? 'Shift+Tab' : 'Tab'}: ${await target.evaluate((element) => element.outerHTML.slice(0, 160))}`);
}
