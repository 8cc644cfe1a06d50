/**
 * The Microsoft 365 clients the emulator's host page can be: what each tells the tab
 * (host name, client type, runtime capabilities), which tabs and frames it offers, and
 * how it hosts the tab (a frame, or frameless on a phone). Pure data; the sources are
 * named per field in docs/emulator-conformance.md ("Every Microsoft 365 client").
 */

/** Where the tab is pinned: the user's personal app or a team channel. */
export type HostTabKind = 'personal' | 'channel';
/** Which page of the tab the host shows: its content or its configuration (settings) page. */
export type HostFrame = 'content' | 'settings';

/** The `client=` values of the host page. */
export type HostClient = 'teams-web' | 'teams-desktop' | 'teams-mobile' | 'outlook' | 'm365' | 'sharepoint';

/** All clients, default first. */
export const HOST_CLIENTS: readonly HostClient[] = ['teams-web', 'teams-desktop', 'teams-mobile', 'outlook', 'm365', 'sharepoint'];

/** What one client gives a tab. */
export interface HostClientProfile {
  /** What the host page's header says it emulates. */
  readonly label: string;
  /**
   * teams-js `hostName` in the context; undefined when the host sends none (teams-js
   * then reports `Teams`), as a SharePoint page hosting a Teams tab does.
   */
  readonly hostName: 'Teams' | 'Outlook' | 'Office' | undefined;
  /** teams-js `hostClientType`. */
  readonly clientType: 'web' | 'desktop' | 'android';
  /** Tabs the client can show: Outlook and the Microsoft 365 app run personal tabs only. */
  readonly tabKinds: readonly HostTabKind[];
  /** Frames the client can open: only Teams on a computer configures a channel tab. */
  readonly frames: readonly HostFrame[];
  /** Hosted without a frame: teams-js talks to `window.nativeInterface`, as in the Teams mobile apps. */
  readonly frameless: boolean;
  /** teams-js `nestedAppAuth.isNAAChannelRecommended()`: whether the host brokers NAA tokens. */
  readonly naaRecommended: boolean;
  /** The runtime config's `supports` map, which drives `isSupported()` in teams-js. */
  readonly supports: Readonly<Record<string, unknown>>;
  /**
   * Host calls the client refuses although their namespace is supported ("TeamsJS
   * capability support across Microsoft 365", usage notes): answered "not supported on
   * platform" (errorCode 100).
   */
  readonly refusedCalls: readonly string[];
}

/** New Teams on the web and on Windows: the rows of Microsoft's capability table. */
const TEAMS_SUPPORTS = { app: {}, pages: { config: {}, currentApp: {} }, sharing: {} } as const;

/** New Teams in a browser; the desktop app differs only in its client type. */
const TEAMS_WEB: HostClientProfile = {
  label: 'Teams (web)',
  hostName: 'Teams',
  clientType: 'web',
  tabKinds: ['personal', 'channel'],
  frames: ['content', 'settings'],
  frameless: false,
  naaRecommended: true,
  supports: TEAMS_SUPPORTS,
  refusedCalls: [],
};

/** Each client's profile. */
export const HOST_CLIENT_PROFILES: Readonly<Record<HostClient, HostClientProfile>> = {
  'teams-web': TEAMS_WEB,
  'teams-desktop': { ...TEAMS_WEB, label: 'Teams (desktop)', clientType: 'desktop' },
  'teams-mobile': {
    label: 'Teams mobile',
    hostName: 'Teams',
    clientType: 'android',
    tabKinds: ['personal', 'channel'],
    // A channel tab is set up on a computer; the phone shows its content.
    frames: ['content'],
    frameless: true,
    naaRecommended: true,
    // The table: pages.config yes, pages.currentApp no, sharing yes on Teams for Android.
    supports: { app: {}, pages: { config: {} }, sharing: {} },
    // Usage notes: "sharing.shareWebContent isn't supported on the Teams mobile client", nor pages.getConfig.
    refusedCalls: ['sharing.shareWebContent', 'settings.getSettings'],
  },
  outlook: {
    label: 'Outlook',
    hostName: 'Outlook',
    clientType: 'web',
    tabKinds: ['personal'],
    frames: ['content'],
    frameless: false,
    naaRecommended: true,
    supports: { app: {}, pages: { currentApp: {} } },
    refusedCalls: [],
  },
  m365: {
    label: 'Microsoft 365',
    hostName: 'Office',
    clientType: 'web',
    tabKinds: ['personal'],
    frames: ['content'],
    frameless: false,
    naaRecommended: true,
    supports: { app: {}, pages: { currentApp: {} } },
    refusedCalls: [],
  },
  sharepoint: {
    label: 'SharePoint',
    hostName: undefined,
    clientType: 'web',
    tabKinds: ['channel'],
    frames: ['content'],
    frameless: false,
    // The profile without a Nested App Authentication broker: the tab must fall back.
    naaRecommended: false,
    supports: { app: {}, pages: {} },
    refusedCalls: [],
  },
};

/** The client a `client=` value names; unknown values are Teams on the web. */
export function readHostClient(value: string | null): HostClient {
  return HOST_CLIENTS.find((client) => client === value) ?? 'teams-web';
}
