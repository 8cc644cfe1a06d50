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

async function tokenFor(user: string): Promise<string> {
  return ((await (await fetch(`${emulator.url}/emulator/token?user=${encodeURIComponent(user)}`)).json()) as { access_token: string }).access_token;
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

  it("redirects /content to a download URL on another origin, which takes no token, no preflight and no redirected read", async () => {
    const token = await tokenFor('coordinator@contoso.example');
    await store('coordinator@contoso.example').writeJson('redirect.json', { a: 1 });
    const content = await fetch(`${emulator.url}/graph/v1.0/me/drive/special/approot:/redirect.json:/content`, { headers: { authorization: `Bearer ${token}` }, redirect: 'manual' });
    expect(content.status).toBe(302);
    const location = content.headers.get('location') ?? '';
    expect(new URL(location).origin).toBe(emulator.fileHostUrl);
    expect(new URL(location).origin).not.toBe(new URL(emulator.url).origin);
    // The driveItem carries the same URL as an instance annotation.
    const item = async (query: string) =>
      (await (await fetch(`${emulator.url}/graph/v1.0/me/drive/special/approot:/redirect.json${query}`, { headers: { authorization: `Bearer ${token}` } })).json()) as Record<string, unknown>;
    expect(new URL(String((await item(''))['@microsoft.graph.downloadUrl'])).origin).toBe(emulator.fileHostUrl);
    expect(new URL(String((await item('?select=id,@microsoft.graph.downloadUrl'))['@microsoft.graph.downloadUrl'])).origin).toBe(emulator.fileHostUrl);
    // `$select` drops it, as reported (microsoft-graph-docs #20212); `content.downloadUrl` brings it back.
    expect(await item('?$select=id,@microsoft.graph.downloadUrl')).not.toHaveProperty(['@microsoft.graph.downloadUrl']);
    expect(await item('?$select=id,content.downloadUrl')).toHaveProperty(['@microsoft.graph.downloadUrl']);
    // Read as Microsoft says a JavaScript app must: a plain GET, readable from any origin.
    const plain = await fetch(location, { headers: { origin: 'https://tab.example' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('access-control-allow-origin')).toBe('*');
    expect(JSON.parse(await plain.text())).toEqual({ a: 1 });
    // What following the redirect with the token would bring is refused.
    expect((await fetch(location, { method: 'OPTIONS', headers: { origin: 'https://tab.example', 'access-control-request-headers': 'authorization' } })).headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(location, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect((await fetch(location, { headers: { origin: 'null' } })).status).toBe(403);
    // A forged URL is refused.
    expect((await fetch(`${location.slice(0, -4)}AAAA`)).status).toBe(401);
  });

  it('reads through the download URL, never through /content', async () => {
    const anna = store('coordinator@contoso.example');
    await anna.writeJson('favourites.json', { version: 1, favourites: ['3'] });
    await fetch(`${emulator.url}/emulator/requests`, { method: 'DELETE' });
    expect(await anna.readJson('favourites.json')).toEqual({ version: 1, favourites: ['3'] });
    const { value } = (await (await fetch(`${emulator.url}/emulator/requests`)).json()) as { value: Array<{ method: string; path: string }> };
    expect(value.map((request) => `${request.method} ${decodeURIComponent(request.path)}`)).toEqual([
      'GET /me/drive/special/approot/children?$select=name',
      'GET /me/drive/special/approot:/favourites.json?select=id,@microsoft.graph.downloadUrl',
    ]);
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
