/**
 * The emulator's Teams mobile host: the tab runs frameless, as the Teams mobile apps run
 * tabs in a webview ("Tabs on mobile"). teams-js finds no parent window and talks to
 * `window.nativeInterface` instead: it sends each request as a JSON string through
 * `nativeInterface.framelessPostMessage(json)` and receives answers and events through
 * `window.onNativeMessage({ data })` (teams-js 2.58 internal/communication.js). The
 * emulator injects this module into the tab's page ahead of the tab's own scripts
 * (`/?ivhoEmulatedClient=teams-mobile&hostScene=…`), so `nativeInterface` exists when
 * `app.initialize` runs.
 */
import { fetchTenant, fetchUsers, recordShare } from './emulatorControlClient';
import { FRAMELESS_CLIENT_PARAM, FRAMELESS_SCENE_PARAM } from './framelessParams';
import { HOST_CLIENT_PROFILES } from './hostClients';
import { answerTo, notSupportedAnswer, readTabRequest, SDK_ERROR_CODES, type HostAnswer, type TabRequest } from './hostProtocol';
import { initializeAnswerArgs } from './hostRuntime';
import { readHostScene, writeHostScene, type HostScene } from './hostScene';
import { buildLegacyContext, EMULATOR_TEAMS_APP_ID, type HostIdentity } from './legacyContext';
import { pickHostChannel } from './pickHostChannel';
import { readDeepLink } from './readDeepLink';


interface NativeWindow extends Window {
  nativeInterface?: { framelessPostMessage(message: string): void };
  onNativeMessage?: (event: { data: unknown }) => void;
}

const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000';
const target = window as NativeWindow;
const pageUrl = new URL(window.location.href);
const scene: HostScene = readHostScene(new URLSearchParams(pageUrl.searchParams.get(FRAMELESS_SCENE_PARAM) ?? ''));
const profile = HOST_CLIENT_PROFILES[scene.client];

/** A slim bar above the tab naming the emulated client, with the host's state for tests (`data-state`). */
const banner = document.createElement('p');
banner.dataset['testid'] = 'frameless-host';
banner.dataset['state'] = 'loading';
banner.setAttribute('role', 'status');
banner.style.cssText = 'margin:0;padding:2px 8px;font:12px system-ui,sans-serif;background:#464775;color:#fff';
banner.textContent = `${profile.label} (emulated, frameless) · ${scene.user}`;

function setState(state: string, detail: string): void {
  banner.dataset['state'] = state;
  banner.textContent = `${profile.label} (emulated, frameless) · ${scene.user} · ${detail}`;
}

const identity: Promise<HostIdentity> = (async () => {
  const [tenant, users] = await Promise.all([fetchTenant().catch(() => undefined), fetchUsers().catch(() => [])]);
  const user = users.find((candidate) => [candidate.userPrincipalName, candidate.loginHint].some((name) => name?.toLowerCase() === scene.user.toLowerCase()));
  return {
    tenantId: tenant?.tenantId ?? UNKNOWN_ID,
    user: user ?? { id: UNKNOWN_ID, userPrincipalName: scene.user, displayName: scene.user },
    channel: pickHostChannel(tenant, scene.channel),
    sessionId: crypto.randomUUID(),
  };
})();

/** Opens another scene the way the app does on a phone: the page is replaced. */
function openScene(changes: Partial<HostScene>): void {
  const next = { ...scene, ...changes };
  const url = new URL(next.tabUrl, window.location.origin);
  url.searchParams.set(FRAMELESS_CLIENT_PARAM, next.client);
  url.searchParams.set(FRAMELESS_SCENE_PARAM, writeHostScene(next));
  window.location.replace(url.href);
}

function subPageOf(params: unknown): string | undefined {
  const subPageId = typeof params === 'object' && params !== null ? (params as Record<string, unknown>)['subPageId'] : undefined;
  return typeof subPageId === 'string' && subPageId !== '' ? subPageId : undefined;
}

async function handle(request: TabRequest): Promise<HostAnswer | undefined> {
  const { func, args } = request;
  if (profile.refusedCalls.includes(func)) return notSupportedAnswer(request);
  switch (func) {
    case 'initialize':
      setState('initialized', 'initialised');
      return answerTo(request, initializeAnswerArgs('content', scene.client));
    case 'getContext':
      return answerTo(request, [buildLegacyContext(scene, await identity)]);
    case 'appInitialization.appLoaded':
      setState('loaded', 'loaded');
      return undefined;
    case 'appInitialization.success':
      setState('success', 'the app reported success');
      return undefined;
    case 'appInitialization.failure':
    case 'appInitialization.expectedFailure':
      setState('failure', `the app reported a failure: ${String(args[0])}`);
      return undefined;
    case 'executeDeepLink': {
      const link = readDeepLink(typeof args[0] === 'string' ? args[0] : '', window.location.origin, EMULATOR_TEAMS_APP_ID);
      if (link.kind === 'invalid') return answerTo(request, [false, link.reason]);
      if (link.kind === 'external') window.open(link.url, '_blank', 'noopener');
      else openScene({ subPageId: link.kind === 'subPage' ? link.subPageId : undefined, ...(link.entityId === undefined ? {} : { entityId: link.entityId }) });
      return answerTo(request, [true]);
    }
    case 'pages.navigateToApp':
      openScene({ subPageId: subPageOf(args[0]) });
      return answerTo(request, [true]);
    case 'sharing.shareWebContent': {
      // Only reached when a profile allows it: the phone's share sheet picks the first channel.
      const tenant = await fetchTenant().catch(() => undefined);
      await recordShare({ content: args[0], teamId: tenant?.team.id, channelId: tenant?.channels[0]?.id, sharedBy: scene.user });
      return answerTo(request, []);
    }
    case 'registerHandler':
    case 'setFrameContext':
    case 'readyToUnload':
    case 'returnFocus':
      return undefined;
    default:
      return notSupportedAnswer(request);
  }
}

target.nativeInterface = {
  framelessPostMessage(message: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    const request = readTabRequest(parsed);
    if (request === undefined) return;
    void handle(request)
      .catch((error: unknown) => answerTo(request, [{ errorCode: SDK_ERROR_CODES.internalError, message: error instanceof Error ? error.message : String(error) }]))
      .then((answer) => {
        // Answers arrive as the native apps deliver them: a call of onNativeMessage with the message as `data`.
        if (answer !== undefined) target.onNativeMessage?.({ data: answer });
      });
  },
};

document.addEventListener('DOMContentLoaded', () => document.body.prepend(banner));
