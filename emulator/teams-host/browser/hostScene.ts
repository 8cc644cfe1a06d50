/**
 * The scene the host page shows, read from its URL:
 * `/host?client=teams-web|…&tab=personal|channel&frame=content|settings&theme=default|dark|contrast&locale=nl-NL|en-US&user=<upn>&subPageId=<id>`.
 * Pure code (no DOM), so it runs in the browser and in unit tests alike.
 */
import { HOST_CLIENT_PROFILES, readHostClient, type HostClient, type HostFrame, type HostTabKind } from './hostClients';

export type { HostFrame, HostTabKind } from './hostClients';

/** Which channel a channel tab sits in: standard, private, moderated, or a peer's shared channel. */
export type HostChannelKind = 'standard' | 'private' | 'moderated' | 'shared';
const CHANNEL_KINDS: readonly HostChannelKind[] = ['standard', 'private', 'moderated', 'shared'];

/** Teams' three themes, with the names teams-js uses. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/** Everything the host needs to frame the tab and answer `getContext`. */
export interface HostScene {
  /** The Microsoft 365 client the host page is. */
  readonly client: HostClient;
  readonly tab: HostTabKind;
  /** For a channel tab: the kind of channel it sits in. */
  readonly channel: HostChannelKind;
  readonly frame: HostFrame;
  readonly theme: HostTheme;
  /** BCP 47 locale, e.g. `nl-NL`. */
  readonly locale: string;
  /** User principal name of the signed-in demo user. */
  readonly user: string;
  /** The tab's page id (`entityId`). */
  readonly entityId: string;
  /** Deep-link target inside the tab (`subEntityId`), when one was opened. */
  readonly subPageId: string | undefined;
  /** Path (same origin) of the tab page to frame. */
  readonly tabUrl: string;
  /**
   * In the settings frame of a tab being reconfigured: the path its content frame shows
   * now, which `pages.getConfig()` answers with. Undefined while a new tab is set up.
   */
  readonly savedTabUrl: string | undefined;
  /** How long the host takes to answer `initialize` (a slow client, a cold start), 0..60000 ms. */
  readonly initDelayMs: number;
  /** How long the host waits for notifySuccess before its timeout screen: Teams' 30 s, shorter in tests. */
  readonly loadTimeoutMs: number;
}

/**
 * "Create a content page", show a native loading indicator: if the app does not call
 * notifySuccess within 30 seconds, Teams shows its timeout screen with a retry.
 */
export const TEAMS_LOAD_TIMEOUT_MS = 30_000;

/** Demo user the host signs in when the URL names none. */
export const DEFAULT_HOST_USER = 'coordinator@contoso.example';
/** Page id of the personal tab (the instrument library). */
export const DEFAULT_ENTITY_ID = 'instruments';

const TAB_KINDS: readonly HostTabKind[] = ['personal', 'channel'];
const FRAMES: readonly HostFrame[] = ['content', 'settings'];
const THEMES: readonly HostTheme[] = ['default', 'dark', 'contrast'];
const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const UPN_PATTERN = /^[^\s@]+@[^\s@]+$/;

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** Only a same-origin path may be framed: teams-js trusts the host because it shares the tab's origin. */
function sameOriginPath(value: string | null): string {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/host')) return '/';
  return value;
}

/**
 * Reads the scene from the host page's query string; unknown or missing values fall back
 * to defaults, and a tab or frame the client does not have falls back to one it has
 * (Outlook has no channel tab, a phone no settings frame).
 */
export function readHostScene(params: URLSearchParams): HostScene {
  const locale = params.get('locale');
  const user = params.get('user');
  const subPageId = params.get('subPageId');
  const entityId = params.get('entityId');
  const client = readHostClient(params.get('client'));
  const profile = HOST_CLIENT_PROFILES[client];
  const tab = pick(params.get('tab'), TAB_KINDS, 'personal');
  const frame = pick(params.get('frame'), FRAMES, 'content');
  return {
    client,
    tab: profile.tabKinds.includes(tab) ? tab : (profile.tabKinds[0] ?? 'personal'),
    channel: pick(params.get('channel'), CHANNEL_KINDS, 'standard'),
    frame: profile.frames.includes(frame) ? frame : 'content',
    theme: pick(params.get('theme'), THEMES, 'default'),
    locale: locale !== null && LOCALE_PATTERN.test(locale) ? locale : 'nl-NL',
    user: user !== null && UPN_PATTERN.test(user) ? user : DEFAULT_HOST_USER,
    entityId: entityId !== null && entityId.trim() !== '' ? entityId : DEFAULT_ENTITY_ID,
    subPageId: subPageId !== null && subPageId !== '' ? subPageId : undefined,
    tabUrl: sameOriginPath(params.get('tabUrl')),
    savedTabUrl: params.get('savedTabUrl') === null ? undefined : sameOriginPath(params.get('savedTabUrl')),
    initDelayMs: Math.min(60_000, Math.max(0, Math.floor(Number(params.get('initDelayMs') ?? '0')) || 0)),
    loadTimeoutMs: Math.min(TEAMS_LOAD_TIMEOUT_MS, Math.max(1000, Math.floor(Number(params.get('loadTimeoutMs') ?? TEAMS_LOAD_TIMEOUT_MS)) || TEAMS_LOAD_TIMEOUT_MS)),
  };
}

/** The query string (without `?`) that reproduces a scene, so a reload shows the same thing. */
export function writeHostScene(scene: HostScene): string {
  const params = new URLSearchParams({
    client: scene.client,
    tab: scene.tab,
    ...(scene.channel === 'standard' ? {} : { channel: scene.channel }),
    frame: scene.frame,
    theme: scene.theme,
    locale: scene.locale,
    user: scene.user,
  });
  if (scene.entityId !== DEFAULT_ENTITY_ID) params.set('entityId', scene.entityId);
  if (scene.subPageId !== undefined) params.set('subPageId', scene.subPageId);
  if (scene.tabUrl !== '/') params.set('tabUrl', scene.tabUrl);
  if (scene.savedTabUrl !== undefined) params.set('savedTabUrl', scene.savedTabUrl);
  if (scene.initDelayMs > 0) params.set('initDelayMs', String(scene.initDelayMs));
  if (scene.loadTimeoutMs !== TEAMS_LOAD_TIMEOUT_MS) params.set('loadTimeoutMs', String(scene.loadTimeoutMs));
  return params.toString();
}
