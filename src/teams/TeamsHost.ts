/**
 * What the app needs from the host it runs in (Teams, Outlook, the Microsoft 365 app,
 * the emulator's host page, or no host at all in a plain browser). Only src/teams
 * imports teams-js; the rest of the app sees this interface.
 */

/** The host's theme, with teams-js' names. */
export type HostThemeName = 'default' | 'dark' | 'contrast';

/** Where the tab is shown, with teams-js' frame-context names; `none` without a host. */
export type HostFrameContext = 'content' | 'settings' | 'remove' | 'sidePanel' | 'task' | 'stage' | 'meetingStage' | 'none';

/** Which implementation answers: teams-js talking to a real host, or the standalone fallback. */
export type TeamsHostKind = 'teams' | 'standalone';

/** What the host tells the tab about the user, the place and the page. */
export interface TeamsContext {
  /**
   * The user's UPN in this tenant as the host reports it (a guest's has the `#EXT#` form).
   * A hint, never proof of identity: records take the user from `/me`. Undefined without a host.
   */
  readonly userPrincipalName: string | undefined;
  /** What sign-in is hinted with (teams-js `user.loginHint`: a guest's home-tenant UPN). Undefined without a host. */
  readonly loginHint?: string | undefined;
  /** Entra object id of the user. */
  readonly userObjectId: string | undefined;
  /** Entra tenant id. */
  readonly tenantId: string | undefined;
  /** BCP 47 locale of the host UI, e.g. `nl-NL`. */
  readonly locale: string;
  readonly theme: HostThemeName;
  /**
   * The Microsoft 365 group id of a channel tab's team (teams-js `team.groupId`, given
   * when the manifest asks for the `identity` permission): what Graph's `/teams/{id}`
   * takes. Never Teams' internal thread id.
   */
  readonly teamId: string | undefined;
  readonly channelId: string | undefined;
  /**
   * The kind of channel a channel tab sits in (teams-js `channel.membershipType`):
   * private channels have their own members, shared ones may include people of other
   * organisations. Undefined outside a channel.
   */
  readonly channelKind?: 'standard' | 'private' | 'shared' | undefined;
  /** The tenant that owns the channel's team: another than `tenantId` in a peer institution's shared channel. */
  readonly channelOwnerTenantId?: string | undefined;
  /** The team is archived: nothing new can be posted in it (teams-js `team.isArchived`). */
  readonly teamArchived?: boolean | undefined;
  /** The tab's page id (`entityId`). */
  readonly pageId: string | undefined;
  /** Deep-link target within the page (`subEntityId`). */
  readonly subPageId: string | undefined;
  /**
   * `Teams`, `Outlook`, `Office` (the Microsoft 365 app), `SharePoint` (a SharePoint page
   * hosting the tab: teams-js gives its page context), or `Browser` without a host.
   */
  readonly hostName: string;
  /** `web`, `desktop`, `android`, ...; undefined without a host. */
  readonly hostClientType: string | undefined;
  readonly frameContext: HostFrameContext;
  /**
   * Whether the host brokers Nested App Authentication (teams-js
   * `nestedAppAuth.isNAAChannelRecommended()`); false without a host. Where it does not,
   * sign-in falls back to the standard SPA flow, as Microsoft's NAA page advises.
   */
  readonly naaRecommended: boolean;
  /** The Teams app id (manifest `id`) when the host reports it; needed to build deep links. */
  readonly appId?: string;
}

/** Host capabilities the app checks before using them. */
export type HostCapability = 'sharing' | 'pages.config' | 'pages.currentApp' | 'pages.shareDeepLink';

/** Why a capability cannot be used here. */
export type NotSupportedReason = 'noHost' | 'notInitialized' | 'notSupportedByHost' | 'wrongFrameContext';

/** A typed "not supported" result: the tab degrades instead of failing. */
export interface NotSupported {
  readonly ok: false;
  readonly code: 'notSupported';
  readonly capability: HostCapability;
  readonly reason: NotSupportedReason;
}

/** Outcome of {@link TeamsHost.isSupported}. */
export type CapabilityCheck = { readonly ok: true; readonly capability: HostCapability } | NotSupported;

/** Outcome of an action on the host. Messages are for developers; user text comes from i18n by `code`. */
export type HostActionResult =
  | { readonly ok: true }
  | NotSupported
  | { readonly ok: false; readonly code: 'cancelled' | 'failed'; readonly message: string };

/** Why the app failed to start, in teams-js' `FailedReason` terms. */
export type AppFailureReason = 'AuthFailed' | 'Timeout' | 'Other';

/** A link to share into a chat or channel. */
export interface ShareableLink {
  readonly url: string;
  /** Default text of the share. */
  readonly message?: string;
}

/**
 * What a channel tab instance shows, saved with the host (`pages.config.setConfig`).
 * The content frame opens `contentUrl`, so the choice travels in its query string.
 */
export interface TabInstanceConfig {
  /** Identifies this configuration (the tab's page id in the content frame's context). */
  readonly entityId: string;
  /** Absolute URL the content frame opens; must be on a valid domain of the manifest. */
  readonly contentUrl: string;
  /** Where "open in browser" goes; usually the same page. */
  readonly websiteUrl?: string;
  /** The tab name Teams suggests; the user can change it. Ignored when updating a tab. */
  readonly suggestedDisplayName?: string;
}

/**
 * Runs when the user presses the host's Save in the settings frame: resolves with the
 * configuration to save. A rejection makes the host show that saving failed.
 */
export type TabConfigSaveHandler = () => Promise<TabInstanceConfig>;

/** The host the tab runs in. */
export interface TeamsHost {
  readonly kind: TeamsHostKind;
  /** Connects to the host and reads its context; rejects with a {@link TeamsHostError}. */
  initialize(): Promise<TeamsContext>;
  /** Calls `listener` when the user switches the host theme; returns the unsubscribe function. */
  onThemeChange(listener: (theme: HostThemeName) => void): () => void;
  /** Tells the host the app has loaded (teams-js `notifyAppLoaded`): the host may hide its own loading indicator. */
  notifyAppLoaded(): void;
  /** Tells the host the app started (its first frame is painted): the host stops waiting and removes its loading indicator. */
  notifySuccess(): void;
  /** Tells the host the app cannot start; the host shows its own error screen. */
  notifyFailure(reason: AppFailureReason, message: string): void;
  /** Whether a capability can be used now, in this host and frame context. */
  isSupported(capability: HostCapability): CapabilityCheck;
  /** Opens the host's share dialog for a link. */
  shareWebContent(link: ShareableLink): Promise<HostActionResult>;
  /**
   * Shows the host's own dialog with a deep link to a place in this tab, for the user to
   * copy (`pages.shareDeepLink`): inside Teams the tab is a cross-origin frame without
   * clipboard access (teams-js #1402, #738).
   */
  offerDeepLink(link: { readonly subPageId: string; readonly label: string; readonly webUrl?: string }): HostActionResult;
  /**
   * Settings frame: enables (`true`) or disables the host's Save button. Teams starts
   * with Save disabled.
   */
  setTabConfigValidity(valid: boolean): HostActionResult;
  /** Settings frame: saves what this tab instance shows (`pages.config.setConfig`). */
  setTabConfig(config: TabInstanceConfig): Promise<HostActionResult>;
  /**
   * Settings frame: what this tab instance shows now (`pages.getConfig()`), so that
   * reconfiguring a tab starts from its saved choice (Teams opens the manifest's
   * `configurationUrl` for Settings, not the tab's `contentUrl`). Undefined for a new tab
   * or where the host cannot tell.
   */
  getTabConfig(): Promise<TabInstanceConfig | undefined>;
  /**
   * Settings frame: what runs when the user presses Save. The host awaits `handler`,
   * then `setTabConfig` with its result, and only then tells Teams the save succeeded;
   * a second Save while one is running joins the running one. A later registration
   * replaces the earlier.
   */
  registerTabConfigSaveHandler(handler: TabConfigSaveHandler): HostActionResult;
}

/** Codes of {@link TeamsHostError}. */
export type TeamsHostErrorCode = 'hostTimeout' | 'initializeFailed' | 'contextFailed';

/** The one error type of src/teams, carrying a code to branch on. */
export class TeamsHostError extends Error {
  readonly isTeamsHostError = true;
  constructor(
    readonly code: TeamsHostErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TeamsHostError';
  }
}

/** Guard that works across bundles (no `instanceof`). */
export function isTeamsHostError(value: unknown): value is TeamsHostError {
  return typeof value === 'object' && value !== null && (value as { isTeamsHostError?: unknown }).isTeamsHostError === true;
}

/** A "not supported" result. */
export function notSupported(capability: HostCapability, reason: NotSupportedReason): NotSupported {
  return { ok: false, code: 'notSupported', capability, reason };
}
