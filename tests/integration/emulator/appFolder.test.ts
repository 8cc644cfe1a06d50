/** The OneDrive app folder as the emulator serves it, through src/graph. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../../emulator/server';
import { createAppFolderStore, createGraphClient, type TokenSource } from '../../../src/graph';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ivho-appfolder-it-'));
  emulator = await startEmulator({ port: 0, dataDir, reset: true, tab: { mode: 'none' }, quiet: true });
});

afterAll(async () => {
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function store(user: string, scopes = 'Files.ReadWrite.AppFolder') {
  const tokenSource: TokenSource = {
    getAccessToken: async () => ((await (await fetch(`${emulator.url}/emulator/token?user=${encodeURIComponent(user)}&scopes=${encodeURIComponent(scopes)}`)).json()) as { access_token: string }).access_token,
    invalidate: () => undefined,
  };
  return createAppFolderStore(createGraphClient({ baseUrl: `${emulator.url}/graph/v1.0`, tokenSource }));
}

describe('app folder', () => {
  it('reads nothing before the first write, then what was written, per user', async () => {
    const anna = store('coordinator@contoso.example');
    expect(await anna.readJson('ivho-preferences.json')).toBeUndefined();
    await anna.writeJson('ivho-preferences.json', { version: 1, favourites: ['12'] });
    expect(await anna.readJson('ivho-preferences.json')).toEqual({ version: 1, favourites: ['12'] });
    await anna.writeJson('ivho-preferences.json', { version: 1, favourites: ['12', '14'] });
    expect(await anna.readJson('ivho-preferences.json')).toEqual({ version: 1, favourites: ['12', '14'] });
    // Another user's folder is another folder.
    expect(await store('staff@contoso.example').readJson('ivho-preferences.json')).toBeUndefined();
  });

  it('answers 403 without a Files scope and 412 on a stale If-Match, as Graph does', async () => {
    await expect(store('reader@contoso.example', 'Sites.Read.All').readJson('x.json')).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
    const tokenResponse = await fetch(`${emulator.url}/emulator/token?user=reader%40contoso.example`);
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const put = (ifMatch?: string) =>
      fetch(`${emulator.url}/graph/v1.0/me/drive/special/approot:/x.json:/content`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
        body: JSON.stringify({ a: 1 }),
      });
    const created = await put();
    expect(created.status).toBe(201);
    const { eTag } = (await created.json()) as { eTag: string };
    expect((await put(eTag)).status).toBe(200);
    expect((await put(eTag)).status).toBe(412);
  });
});
