import type { Frame } from 'playwright-core';
import { SCROLL_TO_END, type ScrollSample } from './browserProbes';

/** The most rows of the library list in the DOM at once while scrolling it to the end. */
export async function measureDomRows(tab: Frame): Promise<ScrollSample> {
  return tab.evaluate<ScrollSample>(SCROLL_TO_END);
}
