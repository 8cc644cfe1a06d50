import { app, nestedAppAuth, pages, sharing } from '@microsoft/teams-js';
import { isAllowedInFrameContext } from './frameContextRules';
import {
  notSupported,
  TeamsHostError,
  type AppFailureReason,
  type CapabilityCheck,
  type HostActionResult,
  type HostCapability,
  type HostFrameContext,
  type HostThemeName,
  type ShareableLink,
  type TabConfigSaveHandler,
  type TabInstanceConfig,
  type TeamsContext,
  type TeamsHost,
} from './TeamsHost';

/** Options of {@link createTeamsJsHost}. */
export interface TeamsJsHostOptions {
  /**
   * Extra origins teams-js accepts messages from. In local mode this is the tab's own
   * origin (the emulator host page); in a tenant leave it empty.
   */
  readonly validMessageOrigins?: readonly string[];
  /**
   * How long to wait for the host before giving up. Inside a host the tab waits as long
   * as teams-js does (it gives up after 60 s): a slow host is still the host, and the tab
   * never falls back to running without one. Tests set a shorter time.
   * @default no limit of our own
   */
  readonly timeoutMs?: number;
}

/** teams-js `ErrorCode`s the host may reject with. */
const USER_ABORT = 8000;
const NOT_SUPPORTED_ON_PLATFORM = 100;

const FRAME_CONTEXTS: readonly HostFrameContext[] = ['content', 'settings', 'remove', 'sidePanel', 'task', 'stage', 'meetingStage'];

function toTheme(theme: string | undefined): HostThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

function toFrameContext(value: string | undefined): HostFrameContext {
  return FRAME_CONTEXTS.find((candidate) => candidate === value) ?? 'content';
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** Client types of the Teams mobile apps, where `sharing.shareWebContent` "isn't supported" ("TeamsJS capability support across Microsoft 365"). */
const MOBILE_CLIENT_TYPES: ReadonlySet<string> = new Set(['android', 'ios', 'ipados']);

function channelKindOf(membershipType: string | undefined): TeamsContext['channelKind'] {
  if (membershipType === undefined) return undefined;
  return membershipType === 'Private' ? 'private' : membershipType === 'Shared' ? 'shared' : 'standard';
}

/** Maps teams-js' structured context to ours. */
export function toTeamsContext(context: app.Context, naaRecommended = false): TeamsContext {
  return {
    userPrincipalName: nonEmpty(context.user?.userPrincipalName) ?? nonEmpty(context.user?.loginHint),
    loginHint: nonEmpty(context.user?.loginHint) ?? nonEmpty(context.user?.userPrincipalName),
    userObjectId: nonEmpty(context.user?.id),
    tenantId: nonEmpty(context.user?.tenant?.id),
    locale: nonEmpty(context.app.locale) ?? 'en-US',
    theme: toTheme(context.app.theme),
    // Graph's `/teams/{id}` takes the group id; `internalId` is the thread id, which Graph
    // does not accept. A private channel gives no groupId and a shared one null: there the
    // owner team's group id is the one to use ("Get context for your tab"). Without any
    // group id (no `identity` permission) channel features are off.
    teamId: nonEmpty(context.team?.groupId ?? undefined) ?? nonEmpty(context.channel?.ownerGroupId),
    channelId: nonEmpty(context.channel?.id),
    channelKind: channelKindOf(context.channel?.membershipType),
    channelOwnerTenantId: nonEmpty(context.channel?.ownerTenantId),
    teamArchived: context.team?.isArchived === true,
    pageId: nonEmpty(context.page.id),
    subPageId: nonEmpty(context.page.subPageId),
    // A SharePoint page hosting the tab gives no host name (teams-js then says Teams) but its page context.
    hostName: context.sharepoint === undefined ? context.app.host.name : 'SharePoint',
    hostClientType: context.app.host.clientType,
    frameContext: toFrameContext(context.page.frameContext),
    naaRecommended,
    ...(context.app.appId === undefined ? {} : { appId: context.app.appId.toString() }),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number | undefined, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = ms === undefined ? undefined : setTimeout(() => reject(new TeamsHostError('hostTimeout', `The host did not answer ${what} within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof TeamsHostError ? error : new TeamsHostError('initializeFailed', `${what} failed: ${describe(error)}`, { cause: error }));
      },
    );
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) {
    const { errorCode, message } = error as { errorCode?: unknown; message?: unknown };
    return `${typeof errorCode === 'number' ? `error ${errorCode}` : 'error'}${typeof message === 'string' ? `: ${message}` : ''}`;
  }
  return String(error);
}

function errorCodeOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { errorCode } = error as { errorCode?: unknown };
  return typeof errorCode === 'number' ? errorCode : undefined;
}

const FAILED_REASONS: Readonly<Record<AppFailureReason, app.FailedReason>> = {
  AuthFailed: app.FailedReason.AuthFailed,
  Timeout: app.FailedReason.Timeout,
  Other: app.FailedReason.Other,
};

/** The {@link TeamsHost} backed by teams-js, for a tab framed by Teams or the emulator host page. */
export function createTeamsJsHost(options: TeamsJsHostOptions = {}): TeamsHost {
  const timeoutMs = options.timeoutMs;
  const themeListeners = new Set<(theme: HostThemeName) => void>();
  let context: TeamsContext | undefined;
  let initializing: Promise<TeamsContext> | undefined;

  async function connect(): Promise<TeamsContext> {
    await withTimeout(app.initialize([...(options.validMessageOrigins ?? [])]), timeoutMs, 'app.initialize');
    let raw: app.Context;
    try {
      raw = await withTimeout(app.getContext(), timeoutMs, 'app.getContext');
    } catch (error: unknown) {
      throw error instanceof TeamsHostError && error.code === 'hostTimeout'
        ? error
        : new TeamsHostError('contextFailed', `app.getContext failed: ${describe(error)}`, { cause: error });
    }
    app.registerOnThemeChangeHandler((theme) => {
      const next = toTheme(theme);
      if (context !== undefined) context = { ...context, theme: next };
      for (const listener of themeListeners) listener(next);
    });
    context = toTeamsContext(raw, nestedAppAuth.isNAAChannelRecommended());
    return context;
  }

  function check(capability: HostCapability): CapabilityCheck {
    if (context === undefined) return notSupported(capability, 'notInitialized');
    const supportedByHost =
      capability === 'sharing'
        ? sharing.isSupported() && !MOBILE_CLIENT_TYPES.has(context.hostClientType ?? '')
        : capability === 'pages.config'
          ? pages.config.isSupported()
          : capability === 'pages.shareDeepLink'
            ? // "shareDeepLink doesn't work on Teams mobile platforms" ("Deep link to an application").
              pages.isSupported() && !MOBILE_CLIENT_TYPES.has(context.hostClientType ?? '')
            : pages.currentApp.isSupported();
    if (!supportedByHost) return notSupported(capability, 'notSupportedByHost');
    if (!isAllowedInFrameContext(capability, context.frameContext)) return notSupported(capability, 'wrongFrameContext');
    return { ok: true, capability };
  }

  /** `pages.config` checks plus the frame teams-js demands for one call (it throws elsewhere). */
  function checkConfig(frames: readonly HostFrameContext[]): CapabilityCheck {
    const checked = check('pages.config');
    if (!checked.ok) return checked;
    return context !== undefined && frames.includes(context.frameContext) ? checked : notSupported('pages.config', 'wrongFrameContext');
  }

  async function setTabConfig(config: TabInstanceConfig): Promise<HostActionResult> {
    const checked = checkConfig(['settings']);
    if (!checked.ok) return checked;
    try {
      await pages.config.setConfig({
        entityId: config.entityId,
        contentUrl: config.contentUrl,
        ...(config.websiteUrl === undefined ? {} : { websiteUrl: config.websiteUrl }),
        ...(config.suggestedDisplayName === undefined ? {} : { suggestedDisplayName: config.suggestedDisplayName }),
      });
      return { ok: true };
    } catch (error: unknown) {
      if (errorCodeOf(error) === NOT_SUPPORTED_ON_PLATFORM) return notSupported('pages.config', 'notSupportedByHost');
      return { ok: false, code: 'failed', message: describe(error) };
    }
  }

  let runningSave: Promise<HostActionResult> | undefined;

  /** One save at a time: a second Save while the first runs gets the first's outcome. */
  function save(handler: TabConfigSaveHandler): Promise<HostActionResult> {
    if (runningSave !== undefined) return runningSave;
    const running = (async (): Promise<HostActionResult> => {
      try {
        return await setTabConfig(await handler());
      } catch (error: unknown) {
        return { ok: false, code: 'failed', message: describe(error) };
      }
    })();
    runningSave = running;
    void running.finally(() => {
      if (runningSave === running) runningSave = undefined;
    });
    return running;
  }

  return {
    kind: 'teams',
    initialize() {
      initializing ??= connect();
      return initializing;
    },
    onThemeChange(listener) {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    notifyAppLoaded() {
      if (context === undefined) return;
      app.notifyAppLoaded();
    },
    notifySuccess() {
      if (context === undefined) return;
      // teams-js answers only when the host asks for it (runtime.supports.app.notifySuccessResponse).
      app.notifySuccess().catch(() => undefined);
    },
    notifyFailure(reason, message) {
      if (!app.isInitialized()) return;
      app.notifyFailure({ reason: FAILED_REASONS[reason], message });
    },
    isSupported: check,
    async shareWebContent(link: ShareableLink): Promise<HostActionResult> {
      const checked = check('sharing');
      if (!checked.ok) return checked;
      try {
        await sharing.shareWebContent({
          content: [{ type: 'URL', url: link.url, preview: true, ...(link.message === undefined ? {} : { message: link.message }) }],
        });
        return { ok: true };
      } catch (error: unknown) {
        const code = errorCodeOf(error);
        if (code === USER_ABORT) return { ok: false, code: 'cancelled', message: describe(error) };
        if (code === NOT_SUPPORTED_ON_PLATFORM) return notSupported('sharing', 'notSupportedByHost');
        return { ok: false, code: 'failed', message: describe(error) };
      }
    },
    offerDeepLink(link): HostActionResult {
      const checked = check('pages.shareDeepLink');
      if (!checked.ok) return checked;
      try {
        pages.shareDeepLink({ subPageId: link.subPageId, subPageLabel: link.label, ...(link.webUrl === undefined ? {} : { subPageWebUrl: link.webUrl }) });
        return { ok: true };
      } catch (error: unknown) {
        return { ok: false, code: 'failed', message: describe(error) };
      }
    },
    setTabConfigValidity(valid: boolean): HostActionResult {
      const checked = checkConfig(['settings', 'remove']);
      if (!checked.ok) return checked;
      pages.config.setValidityState(valid);
      return { ok: true };
    },
    setTabConfig,
    async getTabConfig(): Promise<TabInstanceConfig | undefined> {
      if (!checkConfig(['settings']).ok) return undefined;
      try {
        const saved = await pages.getConfig();
        if (saved.contentUrl === '' || saved.entityId === undefined || saved.entityId === '') return undefined;
        return {
          entityId: saved.entityId,
          contentUrl: saved.contentUrl,
          ...(saved.websiteUrl === undefined ? {} : { websiteUrl: saved.websiteUrl }),
          ...(saved.suggestedDisplayName === undefined ? {} : { suggestedDisplayName: saved.suggestedDisplayName }),
        };
      } catch {
        // Not supported here (Teams mobile) or no saved tab yet: start from scratch.
        return undefined;
      }
    },
    registerTabConfigSaveHandler(handler: TabConfigSaveHandler): HostActionResult {
      const checked = checkConfig(['settings']);
      if (!checked.ok) return checked;
      pages.config.registerOnSaveHandler((event) => {
        void save(handler).then((result) => {
          // Teams shows the reason to the user; ours are for developers, so keep it generic.
          if (result.ok) event.notifySuccess();
          else event.notifyFailure(result.code === 'notSupported' ? `pages.config ${result.reason}` : result.message);
        });
      });
      return { ok: true };
    },
  };
}
