/** Posting an Adaptive Card to a channel through src/graph against the emulator. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../../emulator/server';
import { createChannelMessenger, createChannelRoster, createGraphClient, type TokenSource } from '../../../src/graph';

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

function tokenWith(scopes: string, user = 'coordinator@contoso.example'): TokenSource {
  return {
    getAccessToken: async () => {
      const response = await fetch(`${emulator.url}/emulator/token?user=${encodeURIComponent(user)}&scopes=${encodeURIComponent(scopes)}`);
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

describe('createChannelRoster against the emulator', () => {
  const channels = async () => (await (await fetch(`${emulator.url}/emulator/config`)).json()) as { team: { id: string; channels: Array<{ id: string; displayName: string }> }; tenantId: string };

  it('counts the guest of a standard channel (the whole team) and nobody from outside in the private incident channel', async () => {
    const config = await channels();
    const roster = createChannelRoster(createGraphClient({ baseUrl: `${emulator.url}/graph/v1.0`, tokenSource: tokenWith('ChannelMember.Read.All') }));
    const channel = (name: string) => ({ teamId: config.team.id, channelId: config.team.channels.find((candidate) => candidate.displayName === name)?.id ?? '' });
    const tenant = config.tenantId;
    expect(await roster.outsiders(channel('Incidenten en lessen'), tenant)).toEqual({ guests: 1, otherTenants: 0 });
    expect(await roster.outsiders(channel('Incidentteam (privé)'), tenant)).toEqual({ guests: 0, otherTenants: 0 });
    // Someone of another tenant is an outsider too.
    expect(await roster.outsiders(channel('Incidentteam (privé)'), '00000000-0000-4000-8000-000000000000')).toEqual({ guests: 0, otherTenants: 2 });
  });

  it('answers forbidden without ChannelMember.Read.All, and to someone not in the private channel', async () => {
    const config = await channels();
    const privateChannel = { teamId: config.team.id, channelId: config.team.channels.find((candidate) => candidate.displayName === 'Incidentteam (privé)')?.id ?? '' };
    const withoutScope = createChannelRoster(createGraphClient({ baseUrl: `${emulator.url}/graph/v1.0`, tokenSource: tokenWith('ChannelMessage.Send') }));
    await expect(withoutScope.outsiders(privateChannel, config.tenantId)).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
    const staff = createChannelRoster(createGraphClient({ baseUrl: `${emulator.url}/graph/v1.0`, tokenSource: tokenWith('ChannelMember.Read.All', 'staff@contoso.example') }));
    await expect(staff.outsiders(privateChannel, config.tenantId)).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
  });
});
