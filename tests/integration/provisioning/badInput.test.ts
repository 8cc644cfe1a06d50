/** One clear line and a documented exit code for every kind of bad input. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runDoctor } from '../../../scripts/provision/runDoctor';
import { runImportCatalog } from '../../../scripts/provision/runImportCatalog';
import { runProvision } from '../../../scripts/provision/runProvision';
import { runCommand, startProvisioningBed } from './provisioningTestBed';
import type { ProvisioningBed } from './provisioningTestBed';

let bed: ProvisioningBed;
const SITE = 'https://contoso.sharepoint.com/sites/ivho';

beforeAll(async () => {
  bed = await startProvisioningBed();
});

afterAll(async () => {
  await bed?.stop();
});

function oneLine(text: string): void {
  expect(text.split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
}

describe('bad input', () => {
  it('unknown flags, stray words and missing --site are usage errors (exit 2)', async () => {
    const unknown = await runCommand(runProvision, ['--site', SITE, '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^provision: unknown option --bogus; known options: --site/);
    oneLine(unknown.err);

    const stray = await runCommand(runProvision, [SITE]);
    expect(stray.code).toBe(2);
    expect(stray.err).toContain(`did you mean --site ${SITE}`);

    const noSite = await runCommand(runDoctor, []);
    expect(noSite.code).toBe(2);
    expect(noSite.err).toBe('doctor: --site <site URL> is required (example: --site https://contoso.sharepoint.com/sites/ivho)');

    const noFile = await runCommand(runImportCatalog, ['--site', SITE, ...bed.emulatorArgs]);
    expect(noFile.code).toBe(2);
  });

  it('a URL that is not a SharePoint site is a usage error naming the reason', async () => {
    for (const [url, reason] of [
      ['not a url', 'it is not a URL'],
      ['http://contoso.sharepoint.com/sites/ivho', 'https://'],
      ['https://www.example.org/sites/ivho', 'www.example.org is not a SharePoint Online host'],
      ['https://contoso.sharepoint.com/Shared%20Documents', 'the path must be /sites/<name> or /teams/<name>'],
    ] as const) {
      const run = await runCommand(runProvision, ['--site', url, ...bed.emulatorArgs]);
      expect(run.code).toBe(2);
      expect(run.err).toContain(reason);
      oneLine(run.err);
    }
  });

  it('without a way to sign in, says which flags or variables to set', async () => {
    const run = await runCommand(runProvision, ['--site', SITE]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--client-id');
    expect(run.err).toContain('IVHO_GRAPH_TOKEN');
  });

  it('a site that does not exist exits 4', async () => {
    const run = await runCommand(runDoctor, ['--site', 'https://contoso.sharepoint.com/sites/nowhere', ...bed.emulatorArgs]);
    expect(run.code).toBe(4);
    expect(run.err).toMatch(/^Not found while reading|^Not found while checking/);
    oneLine(run.err);
  });

  it('an unreachable host exits 5', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const run = await runCommand(runProvision, ['--site', SITE, '--emulator', `http://127.0.0.1:${port}`]);
    expect(run.code).toBe(5);
    expect(run.err).toContain(`Cannot reach the emulator at http://127.0.0.1:${port}`);
    oneLine(run.err);

    const graphDown = await runCommand(runProvision, ['--site', SITE, '--emulator', `http://127.0.0.1:${port}`], { env: { IVHO_GRAPH_TOKEN: 'x' } });
    expect(graphDown.code).toBe(5);
    expect(graphDown.err).toMatch(/^Cannot reach Microsoft Graph/);
  });

  it('a bad token exits 3 with 401, a user without rights exits 3 with 403', async () => {
    const unauthorised = await runCommand(runProvision, ['--site', SITE, ...bed.emulatorArgs], { env: { IVHO_GRAPH_TOKEN: 'not-a-token' } });
    expect(unauthorised.code).toBe(3);
    expect(unauthorised.err).toMatch(/^Not signed in while reading the site .* \(401 /);
    oneLine(unauthorised.err);

    const site = bed.emptySite('forbidden');
    const forbidden = await runCommand(runProvision, ['--site', site.url, ...bed.emulatorArgs, '--user', 'reader@contoso.example']);
    expect(forbidden.code).toBe(3);
    expect(forbidden.err).toMatch(/^Access denied while applying "create list +Instruments/);
    expect((await bed.graph('GET', `/sites/${site.siteId}/lists`)).body['value']).toEqual([]);
  });

  it('--user without --emulator and --app-name without --grant-app are refused', async () => {
    expect((await runCommand(runProvision, ['--site', SITE, '--user', 'a@b'])).code).toBe(2);
    expect((await runCommand(runProvision, ['--site', SITE, '--app-name', 'x', ...bed.emulatorArgs])).code).toBe(2);
  });

  it('--help prints the usage with the exit codes', async () => {
    const run = await runCommand(runProvision, ['--help']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Exit codes: 0 done');
  });
});
