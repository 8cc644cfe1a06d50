/**
 * The production build under its own Content-Security-Policy (issue 9, item 3): the
 * emulator serves dist/ with the header the build wrote, and the tab runs through its
 * sections without a single violation. The bundle carries no secrets and no source maps.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startHostedTab, type HostedTab } from './support/hostedTab';

jest.setTimeout(60_000);

const DIST = resolve(__dirname, '..', '..', 'dist');

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('production build hardening', () => {
  it('serves the tab with the strict policy and runs without a violation', async () => {
    const response = await fetch(`${hosted.emulator.url}/?view=library`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain('frame-ancestors');

    const { page, tab, errors } = await hosted.openHost('tab=personal&locale=en-US');
    // Record violations in every frame, from the first script on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.reload();
    await tab.getByRole('heading', { level: 1, name: 'Instrument library' }).waitFor();
    await page.waitForSelector('[data-testid="host-status"][data-state="success"]');
    const firstRow = tab.getByRole('link').first();
    await firstRow.click();
    await tab.getByRole('heading', { level: 2 }).first().waitFor();
    for (const section of ['Self-assessment', 'Learning from incidents']) {
      await tab.getByRole('tab', { name: section }).click();
      await tab.getByRole('heading', { level: 1 }).first().waitFor();
    }
    const frame = page.frames().find((candidate) => candidate.url().includes('view=') || candidate.name() === 'tab-frame') ?? page.frames()[1];
    const violations = await frame?.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['no recorder']);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ships no secrets in the bundle', () => {
    const patterns: Array<[string, RegExp]> = [
      ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
      ['client secret', /client_?secret["'\s:=]+[A-Za-z0-9~._-]{20,}/i],
      ['JSON web token', /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
      ['connection string', /AccountKey=|SharedAccessSignature=/],
    ];
    const files = filesUnder(DIST).filter((file) => !file.endsWith('.map'));
    expect(files.length).toBeGreaterThan(3);
    const findings = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return patterns.filter(([, pattern]) => pattern.test(text)).map(([name]) => `${name} in ${file}`);
    });
    expect(findings).toEqual([]);
  });

  it('publishes no source maps unless IVHO_SOURCEMAP=1 asked for them', () => {
    // globalSetup built dist/ with this process's environment.
    if (process.env.IVHO_SOURCEMAP === '1') return;
    const files = filesUnder(DIST);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    const pointing = files.filter((file) => /\.(js|css)$/.test(file) && /[#@] sourceMappingURL=/.test(readFileSync(file, 'utf8')));
    expect(pointing).toEqual([]);
  });
});
