import type { Locator, Page } from 'playwright-core';

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
