import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { createStaticTabServer } from '../../emulator/tab/createStaticTabServer';
import { launchBrowser } from '../../tests/e2e/support/launchBrowser';
import type { ChunkSize } from './gzipSize';
import { measureHeapBytes } from './measureHeapBytes';
import { PageScripts } from './pageScripts';

/** The baseline page (bare stack) measured the way the tab is. */
export interface BaselineMeasurement {
  /** Every script the page loads: all of it is eager. */
  readonly chunks: readonly ChunkSize[];
  /** First contentful paint of the first visit in a fresh profile, ms since navigation. */
  readonly coldPaintMs: number;
  /** First contentful paint of each reload in the same profile. */
  readonly warmPaintMs: readonly number[];
  readonly heapBytes: number;
}

const PAINT = `new Promise((done) => new PerformanceObserver((list, observer) => {
  const entry = list.getEntries().find((paint) => paint.name === 'first-contentful-paint');
  if (entry) { observer.disconnect(); done(entry.startTime); }
}).observe({ type: 'paint', buffered: true }))`;

/** Serves the built baseline from `dir` on a free loopback port and measures it `warmRuns` times warm. */
export async function measureBaseline(dir: string, warmRuns: number): Promise<BaselineMeasurement> {
  const files = createStaticTabServer(dir);
  const server = createServer((request, response) => files.handle(request, response));
  const url = await listen(server);
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const scripts = new PageScripts(browser.context, (frame) => frame === page.mainFrame());
    const coldPaintMs = await openAndPaint(page, () => page.goto(url));
    const chunks = await scripts.requestedBefore(Date.now());
    const heapBytes = await measureHeapBytes(page);
    const warmPaintMs: number[] = [];
    for (let run = 0; run < warmRuns; run += 1) warmPaintMs.push(await openAndPaint(page, () => page.reload()));
    return { chunks, coldPaintMs, warmPaintMs, heapBytes };
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}

async function openAndPaint(page: Page, open: () => Promise<unknown>): Promise<number> {
  await open();
  await page.waitForSelector('[data-baseline-ready]', { timeout: 30_000 });
  return page.evaluate<number>(PAINT);
}

function listen(server: Server): Promise<string> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`));
  });
}
