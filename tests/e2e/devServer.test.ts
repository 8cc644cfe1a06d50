import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectConsoleErrors, launchBrowser, type LaunchedBrowser } from './support/launchBrowser';
import { startNpmStart, type NpmStartProcess } from './support/startNpmStart';

// The real `npm start`: the tab served from source by Vite in middleware mode. Its
// first page load pre-bundles dependencies, hence the long timeout.
jest.setTimeout(150_000);

let app: NpmStartProcess;
let browser: LaunchedBrowser;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ivho-e2e-dev-'));
  app = await startNpmStart(dataDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('prints the host URLs and the demo users', () => {
    expect(app.output()).toContain(`${app.url}/host?tab=personal`);
    expect(app.output()).toContain('coordinator@contoso.example');
  });

  it('serves source modules whose paths share a prefix with Graph (src/graph at /graph/)', async () => {
    const module = await fetch(`${app.url}/graph/index.ts`);
    expect(module.status).toBe(200);
    expect(module.headers.get('content-type')).toMatch(/javascript/);
  });

  it('shows the demo instruments inside the host page', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(`${app.url}/host?tab=channel&locale=en-US&theme=dark`);
    const tab = page.frameLocator('#tab-frame');
    await tab.getByRole('heading', { level: 1, name: 'Instrument library' }).waitFor({ timeout: 120_000 });
    // The list is virtualised: the rows in the DOM are a window; aria-setsize is the whole library.
    const firstRow = tab.getByRole('list', { name: 'Published instruments' }).locator(':scope > li').first();
    await firstRow.waitFor();
    expect(Number(await firstRow.getAttribute('aria-setsize'))).toBeGreaterThan(40);
    await page.waitForSelector('[data-testid="host-status"][data-state="success"]');
    expect(errors).toEqual([]);
    await page.close();
  });
});
