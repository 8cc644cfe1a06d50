/** @jest-environment jsdom */
import type { TabRequest } from '../../emulator/teams-host/browser/hostProtocol';
import { runtimeConfigOf } from '../../emulator/teams-host/browser/hostRuntime';

const HOST_RUNTIME_CONFIG = runtimeConfigOf('teams-web');
import { readHostScene } from '../../emulator/teams-host/browser/hostScene';
import { buildLegacyContext } from '../../emulator/teams-host/browser/legacyContext';
import type * as ConnectModule from './connectTeamsHost';
import { FAKE_IDENTITY, installFakeHostWindow, type FakeAnswer, type FakeHostWindow } from './testing/fakeHostWindow';
import type { HostFrameContext, TabInstanceConfig, TeamsHost } from './TeamsHost';

// teams-js fetches a valid-origins list when it loads; offline, as here, that fails harmlessly.
globalThis.fetch = () => Promise.reject(new Error('offline'));

let fakeHost: FakeHostWindow | undefined;
let uninitializeTeamsJs: (() => void) | undefined;

afterEach(() => {
  // Each test loads its own teams-js; an old one must not answer the next test's host events.
  uninitializeTeamsJs?.();
  uninitializeTeamsJs = undefined;
  fakeHost?.close();
  fakeHost = undefined;
});

const ORIGINS = [window.location.origin];

const SAVED: TabInstanceConfig = {
  entityId: 'library-privacy',
  contentUrl: 'http://localhost/?view=library&theme=privacy',
  websiteUrl: 'http://localhost/?view=library&theme=privacy',
  suggestedDisplayName: 'Privacy',
};

/** Connects a fresh teams-js to a fake host that reports `frame` and answers `extra` first. */
async function connectIn(frame: Exclude<HostFrameContext, 'none'>, extra: FakeAnswer = () => undefined): Promise<{ host: TeamsHost; fake: FakeHostWindow }> {
  const scene = readHostScene(new URLSearchParams('tab=channel'));
  const runtime = JSON.stringify(HOST_RUNTIME_CONFIG);
  fakeHost = installFakeHostWindow(window, scene, (request) => {
    const answer = extra(request);
    if (answer !== undefined) return answer;
    if (request.func === 'initialize') return [frame, 'web', runtime, '2.58.0'];
    if (request.func === 'getContext') return [{ ...buildLegacyContext(scene, FAKE_IDENTITY), frameContext: frame }];
    if (request.func === 'settings.setSettings') return [true];
    return undefined;
  });
  jest.resetModules();
  const module: typeof ConnectModule = await import('./connectTeamsHost');
  const teamsJs = await import('@microsoft/teams-js');
  uninitializeTeamsJs = () => teamsJs.app._uninitialize();
  const { host, context } = await module.connectTeamsHost({ window, validMessageOrigins: ORIGINS });
  expect(context.frameContext).toBe(frame);
  return { host, fake: fakeHost };
}

/** Lets teams-js' asynchronous origin checks and the fake's answers run. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The configuration messages the tab sent; teams-js registers other handlers on its own. */
function funcs(requests: readonly TabRequest[]): string[] {
  return requests
    .filter((request) => request.func.startsWith('settings.') || (request.func === 'registerHandler' && request.args[0] === 'save'))
    .map((request) => request.func);
}

const FRAMES: readonly Exclude<HostFrameContext, 'none'>[] = ['content', 'settings', 'remove', 'sidePanel', 'task', 'stage', 'meetingStage'];

describe('tab configuration through the teams-js host', () => {
  for (const frame of FRAMES) {
    const saves = frame === 'settings';
    const validity = frame === 'settings' || frame === 'remove';
    it(`${saves ? 'allows' : 'refuses'} saving and ${validity ? 'allows' : 'refuses'} validity in the ${frame} frame`, async () => {
      const { host, fake } = await connectIn(frame);
      const refused = { ok: false, code: 'notSupported', capability: 'pages.config', reason: 'wrongFrameContext' };
      expect(host.setTabConfigValidity(true)).toEqual(validity ? { ok: true } : refused);
      expect(host.registerTabConfigSaveHandler(() => Promise.resolve(SAVED))).toEqual(saves ? { ok: true } : refused);
      await expect(host.setTabConfig(SAVED)).resolves.toEqual(saves ? { ok: true } : refused);
      await settle();
      const sent = funcs(fake.requests);
      if (validity) expect(sent).toContain('settings.setValidityState');
      else expect(sent).not.toContain('settings.setValidityState');
      if (saves) expect(sent).toEqual(expect.arrayContaining(['registerHandler', 'settings.setSettings']));
      else expect(sent.filter((func) => func !== 'settings.setValidityState')).toEqual([]);
    });
  }

  it('saves on the host Save: setConfig is answered before the save succeeds', async () => {
    const { host, fake } = await connectIn('settings');
    expect(host.setTabConfigValidity(true)).toEqual({ ok: true });
    expect(host.registerTabConfigSaveHandler(() => Promise.resolve(SAVED))).toEqual({ ok: true });
    await settle();
    fake.push({ func: 'settings.save', args: [{}] });
    await settle();
    const sent = fake.requests.filter((request) => request.func.startsWith('settings.'));
    expect(sent.map((request) => request.func)).toEqual(['settings.setValidityState', 'settings.setSettings', 'settings.save.success']);
    expect(sent[0]?.args).toEqual([true]);
    expect(sent[1]?.args[0]).toEqual(SAVED);
    expect(funcs(fake.requests)).toContain('registerHandler');
  });

  it('reports a failed save when the handler rejects, and never calls setConfig', async () => {
    const { host, fake } = await connectIn('settings');
    host.registerTabConfigSaveHandler(() => Promise.reject(new Error('the tab name is empty')));
    fake.push({ func: 'settings.save', args: [{}] });
    await settle();
    const sent = fake.requests.filter((request) => request.func.startsWith('settings.'));
    expect(sent.map((request) => [request.func, request.args])).toEqual([['settings.save.failure', ['the tab name is empty']]]);
  });

  it('reports a failed save when the host refuses the configuration', async () => {
    const { host, fake } = await connectIn('settings', (request) =>
      request.func === 'settings.setSettings' ? [false, 'contentUrl must be on the tab origin'] : undefined,
    );
    await expect(host.setTabConfig(SAVED)).resolves.toMatchObject({ ok: false, code: 'failed' });
    host.registerTabConfigSaveHandler(() => Promise.resolve(SAVED));
    fake.push({ func: 'settings.save', args: [{}] });
    await settle();
    const last = fake.requests.at(-1);
    expect(last?.func).toBe('settings.save.failure');
    expect(String(last?.args[0])).toContain('contentUrl must be on the tab origin');
  });

  it('joins a second Save that arrives while the first is running', async () => {
    let release: (config: TabInstanceConfig) => void = () => undefined;
    let calls = 0;
    const { host, fake } = await connectIn('settings');
    host.registerTabConfigSaveHandler(() => {
      calls += 1;
      return new Promise<TabInstanceConfig>((resolve) => (release = resolve));
    });
    fake.push({ func: 'settings.save', args: [{}] });
    fake.push({ func: 'settings.save', args: [{}] });
    await settle();
    release(SAVED);
    await settle();
    expect(calls).toBe(1);
    const sent = fake.requests.map((request) => request.func).filter((func) => func.startsWith('settings.'));
    expect(sent).toEqual(['settings.setSettings', 'settings.save.success', 'settings.save.success']);
  });

  it('treats a host without pages.config as not supporting it', async () => {
    const withoutConfig = JSON.stringify({ ...HOST_RUNTIME_CONFIG, supports: { pages: { currentApp: {} }, sharing: {} } });
    const { host, fake } = await connectIn('settings', (request) => (request.func === 'initialize' ? ['settings', 'web', withoutConfig, '2.58.0'] : undefined));
    const refused = { ok: false, code: 'notSupported', capability: 'pages.config', reason: 'notSupportedByHost' };
    expect(host.setTabConfigValidity(true)).toEqual(refused);
    expect(host.registerTabConfigSaveHandler(() => Promise.resolve(SAVED))).toEqual(refused);
    await expect(host.setTabConfig(SAVED)).resolves.toEqual(refused);
    await settle();
    expect(funcs(fake.requests)).toEqual([]);
  });
});

describe('tab configuration without a host', () => {
  it('answers "not supported: noHost" for every configuration call', async () => {
    const { createStandaloneHost } = await import('./createStandaloneHost');
    const host = createStandaloneHost({ locale: 'nl-NL', url: 'http://localhost/' });
    const refused = { ok: false, code: 'notSupported', capability: 'pages.config', reason: 'noHost' };
    expect(host.setTabConfigValidity(true)).toEqual(refused);
    expect(host.registerTabConfigSaveHandler(() => Promise.resolve(SAVED))).toEqual(refused);
    await expect(host.setTabConfig(SAVED)).resolves.toEqual(refused);
  });
});
