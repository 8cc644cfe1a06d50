import AxeBuilder from '@axe-core/playwright';
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
  // Fluent's focus manager (tabster) adds aria-hidden focus redirectors around tab lists and
  // toolbars on purpose; Fluent v9 lists the aria-hidden-focus finding on `data-tabster-dummy`
  // as a known false positive (microsoft/tabster#288, microsoft/fluentui#25133).
  const axe = await new AxeBuilder({ page }).include('#tab-frame').exclude(['#tab-frame', '[data-tabster-dummy]']).analyze();
  return axe.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
}

/** The tab's current document inside the host page, for evaluating script in it. */
export async function tabFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#tab-frame')).contentFrame();
  if (frame === null) throw new Error('the tab frame has no document');
  return frame;
}
