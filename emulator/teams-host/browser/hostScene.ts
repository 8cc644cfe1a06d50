/**
 * The scene the host page shows, read from its URL:
 * `/host?tab=personal|channel&frame=content|settings&theme=default|dark|contrast&locale=nl-NL|en-US&user=<upn>&subPageId=<id>`.
 * Pure code (no DOM), so it runs in the browser and in unit tests alike.
 */

/** Where the tab is pinned: the user's personal app or a team channel. */
export type HostTabKind = 'personal' | 'channel';
/** Which page of the tab the host shows: its content or its configuration (settings) page. */
export type HostFrame = 'content' | 'settings';
/** Teams' three themes, with the names teams-js uses. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/** Everything the host needs to frame the tab and answer `getContext`. */
export interface HostScene {
  readonly tab: HostTabKind;
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
}

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

/** Reads the scene from the host page's query string; unknown or missing values fall back to defaults. */
export function readHostScene(params: URLSearchParams): HostScene {
  const locale = params.get('locale');
  const user = params.get('user');
  const subPageId = params.get('subPageId');
  const entityId = params.get('entityId');
  return {
    tab: pick(params.get('tab'), TAB_KINDS, 'personal'),
    frame: pick(params.get('frame'), FRAMES, 'content'),
    theme: pick(params.get('theme'), THEMES, 'default'),
    locale: locale !== null && LOCALE_PATTERN.test(locale) ? locale : 'nl-NL',
    user: user !== null && UPN_PATTERN.test(user) ? user : DEFAULT_HOST_USER,
    entityId: entityId !== null && entityId.trim() !== '' ? entityId : DEFAULT_ENTITY_ID,
    subPageId: subPageId !== null && subPageId !== '' ? subPageId : undefined,
    tabUrl: sameOriginPath(params.get('tabUrl')),
  };
}

/** The query string (without `?`) that reproduces a scene, so a reload shows the same thing. */
export function writeHostScene(scene: HostScene): string {
  const params = new URLSearchParams({
    tab: scene.tab,
    frame: scene.frame,
    theme: scene.theme,
    locale: scene.locale,
    user: scene.user,
  });
  if (scene.entityId !== DEFAULT_ENTITY_ID) params.set('entityId', scene.entityId);
  if (scene.subPageId !== undefined) params.set('subPageId', scene.subPageId);
  if (scene.tabUrl !== '/') params.set('tabUrl', scene.tabUrl);
  return params.toString();
}
