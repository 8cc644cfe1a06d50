import { answerTo, notSupportedAnswer, readTabRequest, type HostEvent, type TabRequest } from '../../../emulator/teams-host/browser/hostProtocol';
import { initializeAnswerArgs } from '../../../emulator/teams-host/browser/hostRuntime';
import type { HostScene } from '../../../emulator/teams-host/browser/hostScene';
import { buildLegacyContext, type HostIdentity } from '../../../emulator/teams-host/browser/legacyContext';

/** How the fake host answers one request: answer args, `'silent'` for none, `undefined` for the default. */
export type FakeAnswer = (request: TabRequest) => readonly unknown[] | 'silent' | undefined;

/** A parent window that answers teams-js with the emulator host page's own protocol code. */
export interface FakeHostWindow {
  /** Every request the tab posted, in order. */
  readonly requests: TabRequest[];
  /** Pushes a host event (e.g. `themeChange`) to the tab. */
  push(event: HostEvent): void;
  /** Detaches the fake (marks it closed so teams-js instances from other tests ignore it). */
  close(): void;
}

/** The identity the fake host reports. */
export const FAKE_IDENTITY: HostIdentity = {
  tenantId: '6f1c2b7e-3d4a-4e59-9b0c-1a2b3c4d5e6f',
  user: { id: 'a1b2c3d4-0001-4a00-8000-000000000001', userPrincipalName: 'coordinator@contoso.example', displayName: 'Anna de Vries' },
  channel: { teamId: 'team-1', teamName: 'Integrale Veiligheid', channelId: '19:general@thread.tacv2', channelName: 'Algemeen' },
  sessionId: 'session-1',
};

/**
 * Installs a fake host as `window.opener` of a jsdom window (jsdom has no parent frame;
 * teams-js falls back to the opener) and answers like /host: `initialize`, `getContext`,
 * and "not supported" for anything else, unless `answer` decides otherwise.
 */
export function installFakeHostWindow(win: Window, scene: HostScene, answer: FakeAnswer = () => undefined): FakeHostWindow {
  const requests: TabRequest[] = [];
  const fake = { closed: false, postMessage: (data: unknown) => receive(data) };

  function deliver(data: unknown): void {
    if (fake.closed) return;
    const event = new MessageEvent('message', { data, origin: win.location.origin });
    // jsdom's MessageEvent accepts only real windows as source.
    Object.defineProperty(event, 'source', { value: fake });
    win.dispatchEvent(event);
  }

  function defaultAnswer(request: TabRequest): readonly unknown[] | 'silent' {
    switch (request.func) {
      case 'initialize':
        return initializeAnswerArgs(scene.frame, scene.client);
      case 'getContext':
        return [buildLegacyContext(scene, FAKE_IDENTITY, { webUrl: 'https://contoso.sharepoint.com/sites/ivho', displayName: 'Integrale Veiligheid' })];
      default:
        return request.func.startsWith('appInitialization.') || request.func === 'registerHandler' ? 'silent' : notSupportedAnswer(request).args;
    }
  }

  function receive(data: unknown): void {
    const request = readTabRequest(data);
    if (request === undefined) return;
    requests.push(request);
    const args = answer(request) ?? defaultAnswer(request);
    if (args === 'silent') return;
    setTimeout(() => deliver(answerTo(request, args)), 0);
  }

  Object.defineProperty(win, 'opener', { value: fake, configurable: true, writable: true });
  return {
    requests,
    push: (event) => deliver(event),
    close() {
      fake.closed = true;
      Object.defineProperty(win, 'opener', { value: null, configurable: true, writable: true });
    },
  };
}

/**
 * Installs a fake frameless host, as the Teams mobile apps host a tab: no parent or
 * opener, but `window.nativeInterface`, to which teams-js sends each request as a JSON
 * string; answers come back through `window.onNativeMessage({ data })`.
 */
export function installFakeNativeInterface(win: Window, scene: HostScene): FakeHostWindow {
  const requests: TabRequest[] = [];
  const target = win as Window & { nativeInterface?: unknown; onNativeMessage?: (event: { data: unknown }) => void };
  let closed = false;
  const deliver = (data: unknown) => {
    if (!closed) setTimeout(() => target.onNativeMessage?.({ data }), 0);
  };
  target.nativeInterface = {
    framelessPostMessage(message: string) {
      const request = readTabRequest(JSON.parse(message) as unknown);
      if (request === undefined) return;
      requests.push(request);
      if (request.func === 'initialize') deliver(answerTo(request, initializeAnswerArgs('content', scene.client)));
      else if (request.func === 'getContext') deliver(answerTo(request, [buildLegacyContext(scene, FAKE_IDENTITY)]));
      else if (!request.func.startsWith('appInitialization.') && request.func !== 'registerHandler') deliver(notSupportedAnswer(request));
    },
  };
  return {
    requests,
    push: (event) => deliver(event),
    close() {
      closed = true;
      delete target.nativeInterface;
    },
  };
}
