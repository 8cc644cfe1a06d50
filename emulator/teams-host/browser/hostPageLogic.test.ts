import { answerTo, notSupportedAnswer, readTabRequest, SDK_ERROR_CODES, themeChangeEvent } from './hostProtocol';
import { initializeAnswerArgs, runtimeConfigOf } from './hostRuntime';
import { DEFAULT_HOST_USER, readHostScene, writeHostScene } from './hostScene';
import { buildLegacyContext } from './legacyContext';
import { readDeepLink } from './readDeepLink';

const ORIGIN = 'http://127.0.0.1:4280';

describe('readHostScene', () => {
  it('reads every parameter of the host URL', () => {
    const scene = readHostScene(
      new URLSearchParams('tab=channel&frame=settings&theme=contrast&locale=en-US&user=reader@contoso.example&subPageId=i-9&tabUrl=/x?y=1'),
    );
    expect(scene).toEqual({
      client: 'teams-web',
      tab: 'channel',
      channel: 'standard',
      frame: 'settings',
      theme: 'contrast',
      locale: 'en-US',
      user: 'reader@contoso.example',
      entityId: 'instruments',
      subPageId: 'i-9',
      tabUrl: '/x?y=1',
      savedTabUrl: undefined,
      initDelayMs: 0,
      loadTimeoutMs: 30_000,
    });
    expect(readHostScene(new URLSearchParams(writeHostScene(scene)))).toEqual(scene);
  });

  it('keeps to what the client has: Outlook and the Microsoft 365 app have personal tabs only, a phone no settings frame', () => {
    expect(readHostScene(new URLSearchParams('client=outlook&tab=channel&frame=settings'))).toMatchObject({ client: 'outlook', tab: 'personal', frame: 'content' });
    expect(readHostScene(new URLSearchParams('client=m365&tab=channel'))).toMatchObject({ client: 'm365', tab: 'personal' });
    expect(readHostScene(new URLSearchParams('client=teams-mobile&tab=channel&frame=settings'))).toMatchObject({ client: 'teams-mobile', tab: 'channel', frame: 'content' });
    expect(readHostScene(new URLSearchParams('client=sharepoint&tab=personal'))).toMatchObject({ client: 'sharepoint', tab: 'channel' });
    expect(readHostScene(new URLSearchParams('client=palm-pilot')).client).toBe('teams-web');
  });

  it('falls back to defaults for missing or wrong values, and never frames another origin', () => {
    const scene = readHostScene(new URLSearchParams('tab=meeting&frame=x&theme=blue&locale=<script>&user=nope&tabUrl=//evil.example/'));
    expect(scene).toMatchObject({ tab: 'personal', frame: 'content', theme: 'default', locale: 'nl-NL', user: DEFAULT_HOST_USER, tabUrl: '/' });
    expect(readHostScene(new URLSearchParams('tabUrl=https://evil.example/')).tabUrl).toBe('/');
    expect(readHostScene(new URLSearchParams('tabUrl=/host?tab=personal')).tabUrl).toBe('/');
  });
});

describe('host protocol messages', () => {
  it('reads tab requests and ignores anything else', () => {
    expect(readTabRequest({ id: 3, uuidAsString: 'u-1', func: 'getContext', args: [], apiVersionTag: 'v2_app.getContext' })).toEqual({
      id: 3,
      uuidAsString: 'u-1',
      func: 'getContext',
      args: [],
    });
    expect(readTabRequest({ func: 'themeChange', args: ['dark'] })).toBeUndefined();
    expect(readTabRequest('hello')).toBeUndefined();
    expect(readTabRequest(null)).toBeUndefined();
  });

  it('answers with the request id and uuid', () => {
    const request = { id: 7, uuidAsString: 'u-7', func: 'x', args: [] };
    expect(answerTo(request, [true])).toEqual({ id: 7, uuidAsString: 'u-7', args: [true] });
    expect(answerTo({ ...request, uuidAsString: undefined }, [])).toEqual({ id: 7, args: [] });
    expect(themeChangeEvent('dark')).toEqual({ func: 'themeChange', args: ['dark'] });
  });

  it('answers unknown functions as not supported in the shape each teams-js family rejects', () => {
    const capability = notSupportedAnswer({ id: 1, uuidAsString: 'a', func: 'calendar.openCalendarItem', args: [] });
    expect(capability.args).toEqual([{ errorCode: SDK_ERROR_CODES.notSupportedOnPlatform, message: expect.stringContaining('calendar.openCalendarItem') }]);
    const statusStyle = notSupportedAnswer({ id: 2, uuidAsString: 'b', func: 'authentication.getAuthToken', args: [] });
    expect(statusStyle.args).toEqual([false, expect.stringContaining('authentication.getAuthToken')]);
  });

  it('initialises with frame context, client type, a runtime config JSON and an SDK version', () => {
    const [frameContext, clientType, runtime, version] = initializeAnswerArgs('settings');
    expect([frameContext, clientType, version]).toEqual(['settings', 'web', '2.58.0']);
    expect(JSON.parse(runtime)).toEqual(runtimeConfigOf('teams-web'));
    expect(runtimeConfigOf('teams-web')['supports']).toMatchObject({ pages: { config: {}, currentApp: {} }, sharing: {} });
  });

  it('gives each client its own client type and capabilities: no channel settings or sharing outside Teams, no NAA broker on a SharePoint page', () => {
    expect(initializeAnswerArgs('content', 'teams-desktop')[1]).toBe('desktop');
    expect(initializeAnswerArgs('content', 'teams-mobile')[1]).toBe('android');
    for (const client of ['outlook', 'm365'] as const) {
      const runtime = JSON.parse(initializeAnswerArgs('content', client)[2]) as { supports: Record<string, unknown> };
      expect(runtime.supports).not.toHaveProperty('sharing');
      expect(runtime.supports['pages']).not.toHaveProperty('config');
    }
    expect(runtimeConfigOf('teams-mobile')['supports']).toHaveProperty('sharing');
    expect(runtimeConfigOf('sharepoint')['isNAAChannelRecommended']).toBe(false);
    expect(runtimeConfigOf('teams-web')['isNAAChannelRecommended']).toBe(true);
  });
});

describe('buildLegacyContext', () => {
  const identity = {
    tenantId: 't-1',
    user: { id: 'u-1', userPrincipalName: 'staff@contoso.example', displayName: 'Sam' },
    channel: { teamId: 'team-1', teamName: 'Team', channelId: 'c-1', channelName: 'Algemeen' },
    sessionId: 's-1',
  };

  it('gives a channel tab its team and channel', () => {
    const context = buildLegacyContext(readHostScene(new URLSearchParams('tab=channel&theme=dark&locale=en-US&subPageId=i-1')), identity);
    expect(context).toMatchObject({
      locale: 'en-US',
      theme: 'dark',
      frameContext: 'content',
      userPrincipalName: 'staff@contoso.example',
      userObjectId: 'u-1',
      entityId: 'instruments',
      subEntityId: 'i-1',
      teamId: '19:team1@thread.tacv2',
      groupId: 'team-1',
      channelId: 'c-1',
      tid: 't-1',
      hostClientType: 'web',
    });
  });

  it('gives a personal tab no team or channel and no subEntityId unless deep linked', () => {
    const context = buildLegacyContext(readHostScene(new URLSearchParams('tab=personal')), identity);
    expect(context).not.toHaveProperty('teamId');
    expect(context).not.toHaveProperty('channelId');
    expect(context).not.toHaveProperty('subEntityId');
  });
});

describe('readDeepLink', () => {
  it('reads the subEntityId of a Teams entity link', () => {
    const link = `https://teams.microsoft.com/l/entity/app-1/instruments?webUrl=x&context=${encodeURIComponent('{"subEntityId":"i-42"}')}`;
    expect(readDeepLink(link, ORIGIN)).toEqual({ kind: 'subPage', subPageId: 'i-42', entityId: 'instruments' });
    expect(readDeepLink('https://teams.microsoft.com/l/entity/app-1/instruments', ORIGIN)).toEqual({ kind: 'tabHome', entityId: 'instruments' });
  });

  it('opens only the installed app, by its catalogue id, and keeps the channel of a channel-tab link', () => {
    const context = encodeURIComponent('{"subEntityId":"i-1","channelId":"19:abc@thread.tacv2"}');
    expect(readDeepLink(`https://teams.microsoft.com/l/entity/made-up-id/instruments?context=${context}`, ORIGIN, 'app-1')).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('no app with id made-up-id') });
    expect(readDeepLink(`https://teams.microsoft.com/l/entity/APP-1/library-privacy?context=${context}`, ORIGIN, 'app-1')).toEqual({ kind: 'subPage', subPageId: 'i-1', entityId: 'library-privacy', channelId: '19:abc@thread.tacv2' });
  });

  it('reads same-origin host links, passes other web links through and refuses the rest', () => {
    expect(readDeepLink('/host?tab=personal&subPageId=i-3', ORIGIN)).toEqual({ kind: 'subPage', subPageId: 'i-3', entityId: undefined });
    expect(readDeepLink('https://example.org/doc.pdf', ORIGIN)).toEqual({ kind: 'external', url: 'https://example.org/doc.pdf' });
    expect(readDeepLink('javascript:alert(1)', ORIGIN).kind).toBe('invalid');
    expect(readDeepLink(`https://teams.microsoft.com/l/entity/a/b?context=${encodeURIComponent('{"subEntityId":5}')}`, ORIGIN).kind).toBe('invalid');
    expect(readDeepLink('https://teams.microsoft.com/l/entity/a/b?context=%7Bnot-json', ORIGIN).kind).toBe('invalid');
  });
});
