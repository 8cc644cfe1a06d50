import { source as axeSource } from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../../emulator/server';
import { collectConsoleErrors, launchBrowser, type FramedStorage, type LaunchedBrowser } from './launchBrowser';

/** A page on the emulator's Teams host page with the framed tab. */
export interface OpenedHost {
  readonly page: Page;
  /** A locator, not a Frame: the host page may replace its iframe while starting. */
  readonly tab: FrameLocator;
  /** Console errors seen so far (the offline teams-js CDN fetch excluded). */
  readonly errors: string[];
}

/** The built tab (dist/, made by globalSetup) served by a fresh emulator, and a fresh browser. */
export interface HostedTab {
  readonly emulator: RunningEmulator;
  readonly browser: LaunchedBrowser;
  /** Opens `/host?<query>` in a new page. */
  openHost(query: string): Promise<OpenedHost>;
  /** Stops the browser and the emulator and deletes the data folder. */
  close(): Promise<void>;
}

/** Starts what every e2e test file of the tab needs; call from beforeAll, close in afterAll. */
export async function startHostedTab(options: { readonly framedStorage?: FramedStorage } = {}): Promise<HostedTab> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ivho-e2e-data-'));
  const emulator = await startEmulator({ port: 0, dataDir, reset: true, tab: { mode: 'static', dir: 'dist' }, quiet: true });
  const browser = await launchBrowser(options);
  return {
    emulator,
    browser,
    async openHost(query) {
      const page = await browser.context.newPage();
      const errors = collectConsoleErrors(page);
      await page.goto(`${emulator.url}/host?${query}`);
      return { page, tab: page.frameLocator('#tab-frame'), errors };
    },
    async close() {
      await browser.close();
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** axe findings of impact serious or critical inside the framed tab, as readable lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // axe-core runs in the tab's own document, injected once per document: @axe-core/playwright
  // injects and runs it in every frame of the host page on every scan (about 4 s a scan
  // against 0.2 s), and the host page around the frame is the emulator's, not the app's.
  const frame = await tabFrame(page);
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  // Fluent's focus manager (tabster) adds aria-hidden focus redirectors around tab lists and
  // toolbars on purpose; Fluent v9 lists the aria-hidden-focus finding on `data-tabster-dummy`
  // as a known false positive (microsoft/tabster#288, microsoft/fluentui#25133).
  const results = await frame.evaluate(async (options: RunOptions) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: RunOptions) => Promise<AxeResults> } }).axe;
    const found = await axe.run({ exclude: [['[data-tabster-dummy]']] }, options);
    return found.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.length }));
  }, {});
  return results
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes})`);
}

/** The tab's current document inside the host page, for evaluating script in it. */
export async function tabFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#tab-frame')).contentFrame();
  if (frame === null) throw new Error('the tab frame has no document');
  return frame;
}
