/** Posting an Adaptive Card to a channel through src/graph against the emulator. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../../emulator/server';
import { createChannelMessenger, createGraphClient, type TokenSource } from '../../../src/graph';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let dataDir: string;
let target: { teamId: string; channelId: string };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ivho-messenger-it-'));
  emulator = await startEmulator({ port: 0, dataDir, reset: true, tab: { mode: 'none' }, quiet: true });
  const config = (await (await fetch(`${emulator.url}/emulator/config`)).json()) as { team: { id: string }; channels: Array<{ id: string }> };
  target = { teamId: config.team.id, channelId: config.channels[0]?.id ?? '' };
});

afterAll(async () => {
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function tokenWith(scopes: string): TokenSource {
  return {
    getAccessToken: async () => {
      const response = await fetch(`${emulator.url}/emulator/token?user=coordinator%40contoso.example&scopes=${encodeURIComponent(scopes)}`);
      return ((await response.json()) as { access_token: string }).access_token;
    },
    invalidate: () => undefined,
  };
}

describe('createChannelMessenger against the emulator', () => {
  it('posts an Adaptive Card that the channel then holds, with the summary as escaped text', async () => {
    const graph = createGraphClient({ baseUrl: `${emulator.url}/graph/v1.0`, tokenSource: tokenWith('ChannelMessage.Send Sites.Selected') });
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '<b>Les</b> & meer', wrap: true }] };
    const { id } = await createChannelMessenger(graph).postCard(target, { card, summary: 'Nieuwe les <script>x</script>' });
    expect(id).not.toBe('');
    const stored = (await (await fetch(`${emulator.url}/emulator/messages?teamId=${target.teamId}&channelId=${target.channelId}`)).json()) as {
      value: Array<{ id: string; body: { content: string }; attachments: Array<{ content: string }> }>;
    };
    const message = stored.value.find((candidate) => candidate.id === id);
    expect(JSON.parse(message?.attachments[0]?.content ?? '{}')).toEqual(card);
    expect(message?.body.content).toContain('Nieuwe les &#60;script&#62;x&#60;/script&#62;');
  });

  it('answers forbidden without ChannelMessage.Send', async () => {
    const graph = createGraphClient({ baseUrl: `${emulator.url}/graph/v1.0`, tokenSource: tokenWith('Sites.Selected') });
    await expect(createChannelMessenger(graph).postCard(target, { card: { type: 'AdaptiveCard' }, summary: 'x' })).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
  });
});

describe('createDirectoryClient against the emulator', () => {
  it('finds people by the start of their name, and survives quotes and ampersands', async () => {
    const { createDirectoryClient } = await import('../../../src/graph');
    const graph = createGraphClient({ baseUrl: `${emulator.url}/graph/v1.0`, tokenSource: tokenWith('User.ReadBasic.All') });
    const directory = createDirectoryClient(graph);
    expect((await directory.searchPeople('Pri')).map((person) => person.userPrincipalName)).toEqual(['privacy@contoso.example']);
    expect((await directory.searchPeople('vis')).map((person) => person.displayName)).toEqual(['Sam Visser']);
    expect(await directory.searchPeople("O'Brien & co")).toEqual([]);
    expect(await directory.searchPeople('   ')).toEqual([]);
    expect(await directory.listDisplayNames()).toEqual(expect.arrayContaining(['Anna de Vries', 'Priya Bakker', 'Sam Visser']));
  });
});
