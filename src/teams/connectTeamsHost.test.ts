/** @jest-environment jsdom */
import { readHostScene, type HostScene } from '../../emulator/teams-host/browser/hostScene';
import { SDK_ERROR_CODES } from '../../emulator/teams-host/browser/hostProtocol';
import { runtimeConfigOf } from '../../emulator/teams-host/browser/hostRuntime';

const HOST_RUNTIME_CONFIG = runtimeConfigOf('teams-web');
import { EMULATOR_TEAMS_APP_ID } from '../../emulator/teams-host/browser/legacyContext';
import type * as ConnectModule from './connectTeamsHost';
import { installFakeHostWindow, installFakeNativeInterface, type FakeAnswer, type FakeHostWindow } from './testing/fakeHostWindow';
import type { HostCapability } from './TeamsHost';

// teams-js fetches a valid-origins list when it loads; offline, as here, that fails harmlessly.
globalThis.fetch = () => Promise.reject(new Error('offline'));

let fakeHost: FakeHostWindow | undefined;

afterEach(() => {
  fakeHost?.close();
  fakeHost = undefined;
});

/** A fresh teams-js per test: it keeps its state in module globals. */
async function freshConnect(): Promise<typeof ConnectModule.connectTeamsHost> {
  jest.resetModules();
  const module = await import('./connectTeamsHost');
  return module.connectTeamsHost;
}

function scene(query: string): HostScene {
  return readHostScene(new URLSearchParams(query));
}

function host(query: string, answer?: FakeAnswer): FakeHostWindow {
  fakeHost = installFakeHostWindow(window, scene(query), answer);
  return fakeHost;
}

const ORIGINS = [window.location.origin];

describe('connectTeamsHost', () => {
  it('uses the standalone host when there is no parent window, without asking a host', async () => {
    const connect = await freshConnect();
    const { host: teamsHost, context, hostUnavailable } = await connect({ window, validMessageOrigins: ORIGINS });
    expect(teamsHost.kind).toBe('standalone');
    expect(hostUnavailable).toBeUndefined();
    expect(context).toMatchObject({ hostName: 'Browser', frameContext: 'none', userPrincipalName: undefined });
    expect(teamsHost.isSupported('sharing')).toEqual({ ok: false, code: 'notSupported', capability: 'sharing', reason: 'noHost' });
  });

  it('reads the context the emulator host page gives', async () => {
    const fake = host('tab=channel&frame=content&theme=dark&locale=en-US&user=coordinator@contoso.example&subPageId=instrument-7');
    const connect = await freshConnect();
    const { host: teamsHost, context, hostUnavailable } = await connect({ window, validMessageOrigins: ORIGINS });
    expect(hostUnavailable).toBeUndefined();
    expect(teamsHost.kind).toBe('teams');
    expect(context).toEqual({
      userPrincipalName: 'coordinator@contoso.example',
      loginHint: 'coordinator@contoso.example',
      userObjectId: 'a1b2c3d4-0001-4a00-8000-000000000001',
      tenantId: '6f1c2b7e-3d4a-4e59-9b0c-1a2b3c4d5e6f',
      locale: 'en-US',
      theme: 'dark',
      teamId: 'team-1',
      channelId: '19:general@thread.tacv2',
      channelKind: 'standard',
      channelOwnerTenantId: undefined,
      teamArchived: false,
      pageId: 'instruments',
      subPageId: 'instrument-7',
      hostName: 'Teams',
      hostClientType: 'web',
      frameContext: 'content',
      naaRecommended: true,
      appId: EMULATOR_TEAMS_APP_ID,
    });
    expect(fake.requests.map((request) => request.func).slice(0, 2)).toEqual(['initialize', 'getContext']);
  });

  it('reports a parent that never answers as an unavailable host, never as a plain browser', async () => {
    host('tab=personal', () => 'silent');
    const connect = await freshConnect();
    const { hostUnavailable } = await connect({ window, validMessageOrigins: ORIGINS, timeoutMs: 200 });
    expect(hostUnavailable?.code).toBe('hostTimeout');
  });

  it('connects frameless, as the Teams mobile apps host a tab, and knows the user; sharing is hidden there', async () => {
    fakeHost = installFakeNativeInterface(window, scene('client=teams-mobile&tab=personal'));
    const connect = await freshConnect();
    const { host: teamsHost, context, hostUnavailable } = await connect({ window, validMessageOrigins: ORIGINS });
    expect(hostUnavailable).toBeUndefined();
    expect(teamsHost.kind).toBe('teams');
    expect(context).toMatchObject({ hostName: 'Teams', hostClientType: 'android', userPrincipalName: 'coordinator@contoso.example', naaRecommended: true });
    // "sharing.shareWebContent isn't supported on the Teams mobile client": no dead button.
    expect(teamsHost.isSupported('sharing')).toMatchObject({ ok: false, reason: 'notSupportedByHost' });
    expect(fakeHost.requests.map((request) => request.func).slice(0, 2)).toEqual(['initialize', 'getContext']);
  });

  it.each([
    ['outlook', 'Outlook'],
    ['m365', 'Office'],
  ])('runs in %s as a personal tab without Teams-only capabilities', async (client, hostName) => {
    host(`client=${client}&tab=personal`);
    const connect = await freshConnect();
    const { host: teamsHost, context } = await connect({ window, validMessageOrigins: ORIGINS });
    expect(context).toMatchObject({ hostName, teamId: undefined, channelId: undefined, userPrincipalName: 'coordinator@contoso.example' });
    expect(teamsHost.isSupported('sharing')).toMatchObject({ ok: false, reason: 'notSupportedByHost' });
    expect(teamsHost.isSupported('pages.config')).toMatchObject({ ok: false });
  });

  it('knows a SharePoint page hosting the tab, which brokers no Nested App Authentication', async () => {
    host('client=sharepoint');
    const connect = await freshConnect();
    const { context } = await connect({ window, validMessageOrigins: ORIGINS });
    expect(context).toMatchObject({ hostName: 'SharePoint', naaRecommended: false, teamId: undefined });
  });

  const expectations: Record<'content' | 'settings', Record<HostCapability, true | 'wrongFrameContext'>> = {
    content: { sharing: true, 'pages.config': 'wrongFrameContext', 'pages.currentApp': true, 'pages.shareDeepLink': true },
    settings: { sharing: 'wrongFrameContext', 'pages.config': true, 'pages.currentApp': true, 'pages.shareDeepLink': 'wrongFrameContext' },
  };
  for (const frame of ['content', 'settings'] as const) {
    for (const [capability, expected] of Object.entries(expectations[frame]) as [HostCapability, true | 'wrongFrameContext'][]) {
      it(`${expected === true ? 'allows' : 'refuses'} ${capability} in the ${frame} frame`, async () => {
        host(`tab=channel&frame=${frame}`);
        const connect = await freshConnect();
        const { host: teamsHost, context } = await connect({ window, validMessageOrigins: ORIGINS });
        expect(context.frameContext).toBe(frame);
        const check = teamsHost.isSupported(capability);
        if (expected === true) expect(check).toEqual({ ok: true, capability });
        else expect(check).toEqual({ ok: false, code: 'notSupported', capability, reason: expected });
      });
    }
  }

  it('reports a capability the runtime does not list as not supported by the host', async () => {
    const withoutSharing = JSON.stringify({ ...HOST_RUNTIME_CONFIG, supports: { pages: { config: {}, currentApp: {} } } });
    const fake = host('tab=personal', (request) => (request.func === 'initialize' ? ['content', 'web', withoutSharing, '2.58.0'] : undefined));
    const connect = await freshConnect();
    const { host: teamsHost } = await connect({ window, validMessageOrigins: ORIGINS });
    const result = await teamsHost.shareWebContent({ url: 'https://example.org/a' });
    expect(result).toEqual({ ok: false, code: 'notSupported', capability: 'sharing', reason: 'notSupportedByHost' });
    expect(fake.requests.some((request) => request.func === 'sharing.shareWebContent')).toBe(false);
  });
});

describe('the teams-js host', () => {
  it('follows theme changes pushed by the host', async () => {
    const fake = host('tab=personal&theme=default');
    const connect = await freshConnect();
    const { host: teamsHost } = await connect({ window, validMessageOrigins: ORIGINS });
    const seen: string[] = [];
    teamsHost.onThemeChange((theme) => seen.push(theme));
    fake.push({ func: 'themeChange', args: ['dark'] });
    fake.push({ func: 'themeChange', args: ['contrast'] });
    // teams-js checks the origin of each message asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['dark', 'contrast']);
  });

  it('sends notifySuccess and notifyFailure as appInitialization messages', async () => {
    const fake = host('tab=personal');
    const connect = await freshConnect();
    const { host: teamsHost } = await connect({ window, validMessageOrigins: ORIGINS });
    teamsHost.notifySuccess();
    teamsHost.notifyFailure('Other', 'config invalid: auth.clientId');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const sent = fake.requests.filter((request) => request.func.startsWith('appInitialization.'));
    expect(sent.map((request) => [request.func, request.args])).toEqual([
      ['appInitialization.success', [expect.any(String)]],
      ['appInitialization.failure', ['Other', 'config invalid: auth.clientId', undefined]],
    ]);
  });

  it('shares a link through the host', async () => {
    const fake = host('tab=personal', (request) => (request.func === 'sharing.shareWebContent' ? [] : undefined));
    const connect = await freshConnect();
    const { host: teamsHost } = await connect({ window, validMessageOrigins: ORIGINS });
    await expect(teamsHost.shareWebContent({ url: 'https://example.org/i/7', message: 'Zie dit' })).resolves.toEqual({ ok: true });
    const share = fake.requests.find((request) => request.func === 'sharing.shareWebContent');
    expect(share?.args[0]).toEqual({ content: [{ type: 'URL', url: 'https://example.org/i/7', preview: true, message: 'Zie dit' }] });
  });

  it('maps a cancelled share and a host that answers "not supported"', async () => {
    let answer: readonly unknown[] = [{ errorCode: SDK_ERROR_CODES.userAbort, message: 'cancelled' }];
    host('tab=personal', (request) => (request.func === 'sharing.shareWebContent' ? answer : undefined));
    const connect = await freshConnect();
    const { host: teamsHost } = await connect({ window, validMessageOrigins: ORIGINS });
    await expect(teamsHost.shareWebContent({ url: 'https://example.org/i/7' })).resolves.toMatchObject({ ok: false, code: 'cancelled' });
    // What /host answers for a function it does not implement:
    answer = [{ errorCode: SDK_ERROR_CODES.notSupportedOnPlatform, message: 'no' }];
    await expect(teamsHost.shareWebContent({ url: 'https://example.org/i/7' })).resolves.toEqual({
      ok: false,
      code: 'notSupported',
      capability: 'sharing',
      reason: 'notSupportedByHost',
    });
  });
});
