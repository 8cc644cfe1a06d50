import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateTabConfigFile } from './validateTabConfigFile';

describe('validateTabConfigFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ivho-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the embedded default and the tenant example', () => {
    expect(validateTabConfigFile(join(__dirname, '../../config/local.json'))).toBeUndefined();
    expect(validateTabConfigFile(join(__dirname, '../../config/example.tenant.json'))).toBeUndefined();
  });

  it('names the file and the wrong key', () => {
    const file = join(dir, 'bad.json');
    const config = JSON.parse(readFileSync(join(__dirname, '../../config/example.tenant.json'), 'utf8')) as { auth: Record<string, unknown> };
    config.auth['clientId'] = 'not-a-guid';
    writeFileSync(file, JSON.stringify(config));
    const message = validateTabConfigFile(file);
    expect(message).toContain(file);
    expect(message).toContain('auth.clientId');
  });

  it('reports a file that is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "mode": ');
    expect(validateTabConfigFile(file)).toMatch(/cannot be read as JSON/);
  });
});
