import { startEmulatorUnderTest, STAFF } from './emulatorTestHarness';
import type { EmulatorUnderTest } from './emulatorTestHarness';

let emu: EmulatorUnderTest;
let teamId: string;
let channelId: string;
let otherChannelId: string;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
  const config = await emu.control('GET', '/config');
  const team = config.body.team as { id: string };
  const channels = config.body.channels as { id: string }[];
  teamId = team.id;
  channelId = channels[0]?.id ?? '';
  otherChannelId = channels[1]?.id ?? '';
});
afterAll(async () => {
  await emu.stop();
});

const card = JSON.stringify({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Stappenplan phishing-simulatie', wrap: true }],
  actions: [{ type: 'Action.OpenUrl', title: 'Openen', url: 'https://teams.microsoft.com/l/entity/app/tab' }],
});

const cardMessage = (attachmentId = 'card-1') => ({
  body: { contentType: 'html', content: `Gedeeld instrument <attachment id="${attachmentId}"></attachment>` },
  attachments: [{ id: attachmentId, contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
});

const messagesPath = (team: string, channel: string) => `/teams/${encodeURIComponent(team)}/channels/${encodeURIComponent(channel)}/messages`;

describe('channel messages with an Adaptive Card', () => {
  it('stores a posted card message: 201 chatMessage, listed by Graph and by /emulator/messages', async () => {
    const posted = await emu.graph('POST', messagesPath(teamId, channelId), { body: cardMessage() });
    expect(posted.status).toBe(201);
    expect(posted.body.id).toMatch(/^\d{13,}$/);
    expect(Number.isNaN(Date.parse(String(posted.body.createdDateTime)))).toBe(false);
    expect(posted.body.from).toMatchObject({ user: { displayName: 'Anna de Vries' } });
    expect(posted.body.body).toEqual(cardMessage().body);
    expect(posted.body.attachments).toEqual([expect.objectContaining({ id: 'card-1', contentType: 'application/vnd.microsoft.card.adaptive', content: card })]);

    const listed = await emu.graph('GET', messagesPath(teamId, channelId));
    expect(listed.status).toBe(200);
    expect(listed.body.value?.map((message) => message.id)).toContain(posted.body.id);

    const recorded = await emu.control('GET', `/messages?teamId=${encodeURIComponent(teamId)}&channelId=${encodeURIComponent(channelId)}`);
    expect(recorded.body.value?.map((message) => message.id)).toEqual([posted.body.id]);
    const elsewhere = await emu.control('GET', `/messages?teamId=${encodeURIComponent(teamId)}&channelId=${encodeURIComponent(otherChannelId)}`);
    expect(elsewhere.body.value).toEqual([]);
  });

  it('accepts unencoded channel ids in the path and gives each message its own id', async () => {
    const first = await emu.graph('POST', `/teams/${teamId}/channels/${otherChannelId}/messages`, { body: { body: { content: 'Een' } } });
    const second = await emu.graph('POST', `/teams/${teamId}/channels/${otherChannelId}/messages`, { body: { body: { content: 'Twee' } } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    expect(first.body.body).toEqual({ contentType: 'text', content: 'Een' });
  });

  it('refuses a token without ChannelMessage.Send with 403', async () => {
    const token = await emu.token(STAFF, { scopes: 'Sites.ReadWrite.All User.ReadBasic.All' });
    const answer = await emu.graph('POST', messagesPath(teamId, channelId), { token, body: cardMessage() });
    expect(answer.status).toBe(403);
    expect(answer.body.error?.code).toBe('Forbidden');
  });

  it('answers 404 for an unknown team or channel', async () => {
    const noTeam = await emu.graph('POST', messagesPath('00000000-0000-4000-8000-000000000000', channelId), { body: cardMessage() });
    expect(noTeam.status).toBe(404);
    const noChannel = await emu.graph('POST', messagesPath(teamId, '19:unknown@thread.tacv2'), { body: cardMessage() });
    expect(noChannel.status).toBe(404);
    expect(noChannel.body.error?.code).toBe('NotFound');
  });

  it('answers 400 for malformed messages: RequestBodyRead where Graph\'s metadata refuses the body, BadRequest where Teams does', async () => {
    // Values of the wrong type for chatMessage's declared properties: refused when the body is read.
    const unreadable: unknown[] = [
      { body: { content: 42 } },
      { body: { contentType: 'markdown', content: 'x' } },
      { body: { contentType: 'html', content: '<attachment id="a"></attachment>' }, attachments: [{ id: 'a', contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } }] },
      { body: { content: 'x' }, attachments: 'card' },
    ];
    // Well-typed bodies Teams itself refuses.
    const malformed: unknown[] = [
      {},
      { body: { content: '' } },
      { body: { contentType: 'html', content: 'no reference' }, attachments: [{ id: 'a', contentType: 'application/vnd.microsoft.card.adaptive', content: card }] },
      { body: { contentType: 'html', content: '<attachment id="a"></attachment>' }, attachments: [{ id: 'a', contentType: 'application/vnd.microsoft.card.adaptive', content: '{not json' }] },
    ];
    for (const [bodies, code] of [[unreadable, 'RequestBodyRead'], [malformed, 'BadRequest']] as const) {
      for (const body of bodies) {
        const answer = await emu.graph('POST', messagesPath(teamId, channelId), { body });
        expect(answer.status).toBe(400);
        expect(answer.body.error?.code).toBe(code);
      }
    }
  });
});
