import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Flags for headless Debian chromium on this machine (see DESIGN.md "Tooling facts"). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary: `CHROMIUM_PATH`, else Debian's. `npm test` installs it first (scripts/ensure-browser.mjs). */
export function findChromium(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (candidate): candidate is string => candidate !== undefined && candidate !== '',
  );
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(`No Chromium found (looked at ${candidates.join(', ')}). Run "node scripts/ensure-browser.mjs" or set CHROMIUM_PATH.`);
}

/** A headless browser with its own fresh profile. */
export interface LaunchedBrowser {
  readonly context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Launches headless chromium with a fresh user-data-dir (no state leaks between runs). */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ivho-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 860 },
    // Tests choose the UI language through the host's locale; the browser's own stays fixed.
    locale: 'en-US',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * teams-js fetches its valid-origins list from this CDN when it loads; offline the
 * request fails harmlessly (it falls back to a built-in list). That one failure is not
 * an error of ours.
 */
const HARMLESS_OFFLINE_URLS = ['https://res.cdn.office.net/teams-js/'];

/** Collects console errors and uncaught exceptions of every frame of a page. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location().url;
    if (HARMLESS_OFFLINE_URLS.some((prefix) => location.startsWith(prefix))) return;
    errors.push(`${message.text()} (${location})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}
