import type { Frame, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/launchBrowser';
import type { BenchEmulator } from './benchEmulator';
import { FIRST_ROW_PROBE } from './browserProbes';
import type { ChunkSize } from './gzipSize';
import { startedBefore, type LoggedGraphRequest } from './graphRequestStats';
import { measureHeapBytes } from './measureHeapBytes';
import { PageScripts } from './pageScripts';

/** When the first instrument row appeared, in the tab frame's own clock and in epoch time. */
interface FirstRow {
  /** Milliseconds since the tab document's navigation started. */
  readonly relativeMs: number;
  readonly epochMs: number;
}

/** One start of the tab: how long to the first row and which Graph requests came before it. */
export interface TabStart {
  readonly firstRowMs: number;
  /** Graph requests that started before the first row was in the DOM. */
  readonly beforeFirstRow: readonly LoggedGraphRequest[];
  /** Every Graph request of the start, until the network was quiet. */
  readonly untilQuiet: readonly LoggedGraphRequest[];
  /** Response body bytes of those requests as the browser received them. */
  readonly graphBytes: number;
}

/** A cold start in a fresh profile and the warm start (reload) after it. */
export interface TabVisit {
  readonly cold: TabStart;
  /** Scripts the tab frame requested before its first row (cold, so nothing cached). */
  readonly initialChunks: readonly ChunkSize[];
  /** JS heap of the page once the cold load was quiet (after a forced GC). */
  readonly heapBytes: number;
  readonly warm: TabStart;
  /** The page (after the warm start) and the tab frame, for further measurements. */
  readonly page: Page;
  readonly tab: Frame;
  close(): Promise<void>;
}

const FIRST_ROW_TIMEOUT_MS = 60_000;
const QUIET_MS = 1_500;

/**
 * Opens the tab in the emulator's Teams host page in a fresh browser profile (cold),
 * waits for the first instrument row and for the network to go quiet, then reloads in
 * the same profile (warm) and does the same.
 */
export async function visitTab(emulator: BenchEmulator, hostQuery: string): Promise<TabVisit> {
  const browser = await launchBrowser();
  try {
    const { context } = browser;
    await context.addInitScript({ content: FIRST_ROW_PROBE });
    const page = await context.newPage();
    const scripts = new PageScripts(context, (frame) => frame !== page.mainFrame());
    const bytes = countGraphBytes(page);

    await emulator.clearRequests();
    bytes.reset();
    await page.goto(`${emulator.url}/host?${hostQuery}`);
    const coldFrame = await tabFrame(page);
    const coldRow = await waitForFirstRow(coldFrame);
    const cold = await finishStart(emulator, coldRow, bytes);
    const initialChunks = await scripts.requestedBefore(coldRow.epochMs);
    const heapBytes = await measureHeapBytes(page);

    await emulator.clearRequests();
    bytes.reset();
    await page.reload();
    const warmFrame = await tabFrame(page);
    const warmRow = await waitForFirstRow(warmFrame);
    const warm = await finishStart(emulator, warmRow, bytes);
    return { cold, initialChunks, heapBytes, warm, page, tab: warmFrame, close: () => browser.close() };
  } catch (error: unknown) {
    await browser.close();
    throw error;
  }
}

async function finishStart(emulator: BenchEmulator, firstRow: FirstRow, bytes: GraphBytes): Promise<TabStart> {
  await emulator.waitForQuiet(QUIET_MS, 60_000);
  const untilQuiet = await emulator.requests();
  return { firstRowMs: firstRow.relativeMs, beforeFirstRow: startedBefore(untilQuiet, firstRow.epochMs), untilQuiet, graphBytes: await bytes.total() };
}

async function tabFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('#tab-frame', { timeout: FIRST_ROW_TIMEOUT_MS });
  const frame = await element.contentFrame();
  if (frame === null) throw new Error('The host page has no tab frame.');
  return frame;
}

async function waitForFirstRow(frame: Frame): Promise<FirstRow> {
  try {
    // A function, not a string: the tab runs under its CSP, which refuses to eval a string predicate.
    await frame.waitForFunction(() => (window as unknown as { benchFirstRow?: unknown }).benchFirstRow !== undefined, undefined, { timeout: FIRST_ROW_TIMEOUT_MS, polling: 50 });
  } catch {
    throw new Error(`no row of the list "Gepubliceerde instrumenten"/"Published instruments" appeared within ${FIRST_ROW_TIMEOUT_MS / 1000} s`);
  }
  return frame.evaluate<FirstRow>('window.benchFirstRow');
}

/** Sums response body sizes of the page's Graph requests since the last reset. */
interface GraphBytes {
  reset(): void;
  total(): Promise<number>;
}

function countGraphBytes(page: Page): GraphBytes {
  let sizes: Promise<number>[] = [];
  page.context().on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/graph/v1.0')) return;
    sizes.push(request.sizes().then((size) => size.responseBodySize, () => 0));
  });
  return {
    reset: () => {
      sizes = [];
    },
    total: async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0),
  };
}
