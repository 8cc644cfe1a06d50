import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * How the browser treats storage in a cross-site frame (the tab inside Teams is one):
 * - `partitioned`: third-party cookies allowed, so a framed tab gets storage of its own,
 *   partitioned by the top site, as in Teams desktop (WebView2) and Edge or Chrome with
 *   default settings;
 * - `blocked`: third-party cookies blocked, so a framed tab gets no storage at all
 *   ("The user denied permission to access the database"), as in Safari, Brave,
 *   incognito windows and browsers set to block third-party cookies.
 */
export type FramedStorage = 'partitioned' | 'blocked';

/** Launches headless chromium with a fresh user-data-dir (no state leaks between runs). */
export async function launchBrowser(options: { readonly framedStorage?: FramedStorage } = {}): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ivho-e2e-profile-'));
  // Chromium's cookie controls (checked with this Chromium: 0 lets a framed tab open IndexedDB, 1 with block_third_party_cookies refuses it).
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  const blocked = options.framedStorage === 'blocked';
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: blocked ? 1 : 0, block_third_party_cookies: blocked } }));
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
