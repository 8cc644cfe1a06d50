import type { Page } from 'playwright-core';

/**
 * Used JS heap of the page's renderer after a forced garbage collection (Chrome DevTools
 * Protocol). Same-origin frames share the renderer, so a framed tab counts with its host.
 */
export async function measureHeapBytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await session.detach();
  }
}
