import { createStandaloneHost } from './createStandaloneHost';
import { createTeamsJsHost } from './createTeamsJsHost';
import { isTeamsHostError, type TeamsContext, type TeamsHost, type TeamsHostErrorCode } from './TeamsHost';

/** Options of {@link connectTeamsHost}. */
export interface ConnectTeamsHostOptions {
  /** The tab's window. */
  readonly window: Window;
  /** Passed to `app.initialize`; in local mode the tab's own origin. */
  readonly validMessageOrigins?: readonly string[];
  /** A limit of our own on waiting for the host (tests). @default teams-js' own (60 s) */
  readonly timeoutMs?: number;
}

/** A host the app can use, with its context. */
export interface ConnectedTeamsHost {
  readonly host: TeamsHost;
  readonly context: TeamsContext;
  /**
   * Set when the tab runs inside a host (framed, or frameless on a phone) that did not
   * start it: the app says so and offers a reload, never runs as if in a plain browser
   * (no user, no sign-in through the host, work queued under nobody's name).
   */
  readonly hostUnavailable?: { readonly code: TeamsHostErrorCode | 'unknown'; readonly message: string };
}

/** True when the tab is framed (or opened) by another window that could be a host. */
export function hasParentWindow(win: Window): boolean {
  return win.parent !== win || (win.opener !== null && win.opener !== undefined);
}

/**
 * True when a Microsoft 365 mobile app hosts the tab without a frame: it injects
 * `window.nativeInterface`, which teams-js then talks to (its internal communication
 * module: "no parent window" + `nativeInterface` = a frameless window).
 */
export function hasNativeInterface(win: Window): boolean {
  return typeof (win as Window & { nativeInterface?: unknown }).nativeInterface === 'object' && (win as Window & { nativeInterface?: unknown }).nativeInterface !== null;
}

/**
 * Connects to the host the tab runs in. Without a parent window or a native interface (a
 * plain browser) it uses the standalone host at once instead of letting teams-js fail.
 * Inside a host it waits as long as teams-js does; a host that never starts the tab is
 * reported (`hostUnavailable`), not papered over with the standalone host.
 */
export async function connectTeamsHost(options: ConnectTeamsHostOptions): Promise<ConnectedTeamsHost> {
  const win = options.window;
  const standalone = (): TeamsHost =>
    createStandaloneHost({
      locale: win.navigator.language,
      url: win.location.href,
      ...(typeof win.matchMedia === 'function' ? { matchMedia: (query: string) => win.matchMedia(query) } : {}),
    });
  if (!hasParentWindow(win) && !hasNativeInterface(win)) {
    const host = standalone();
    return { host, context: await host.initialize() };
  }
  const teams = createTeamsJsHost({
    ...(options.validMessageOrigins === undefined ? {} : { validMessageOrigins: options.validMessageOrigins }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  try {
    return { host: teams, context: await teams.initialize() };
  } catch (error: unknown) {
    const host = standalone();
    return {
      host,
      context: await host.initialize(),
      hostUnavailable: isTeamsHostError(error)
        ? { code: error.code, message: error.message }
        : { code: 'unknown', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
