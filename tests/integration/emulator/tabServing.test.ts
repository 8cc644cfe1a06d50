import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../../emulator/server';
import type { RunningEmulator } from '../../../emulator/server';

let emulator: RunningEmulator;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ivho-tab-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>tab</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(dist, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  emulator = await startEmulator({ port: 0, dataDir: join(root, 'data'), reset: true, tab: { mode: 'static', dir: dist }, quiet: true });
});
afterAll(async () => {
  await emulator.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the tab served from a built folder', () => {
  it('serves files with their content types and index.html at /', async () => {
    const index = await fetch(`${emulator.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('<title>tab</title>');
    const script = await fetch(`${emulator.url}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    const style = await fetch(`${emulator.url}/assets/app.css`);
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('falls back to index.html for client routes but 404s missing assets and paths outside the folder', async () => {
    const route = await fetch(`${emulator.url}/instruments/42`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>tab</title>');
    expect((await fetch(`${emulator.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/assets/..%2f..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/assets/app.js`, { method: 'POST' })).status).toBe(405);
  });

  it('mounts the Teams host page at /host, 404 JSON for what it does not serve', async () => {
    const host = await fetch(`${emulator.url}/host?tab=personal`);
    expect(host.status).toBe(200);
    expect(host.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await host.text()).not.toContain('<title>tab</title>');
    const missing = await fetch(`${emulator.url}/host/no-such-file`);
    expect(missing.status).toBe(404);
  });

  it('keeps Graph and the control API apart from the tab', async () => {
    expect((await fetch(`${emulator.url}/graph/v1.0/me`)).status).toBe(401);
    expect((await fetch(`${emulator.url}/emulator/users`)).status).toBe(200);
  });
});
