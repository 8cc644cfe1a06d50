import { createStandaloneHost } from './createStandaloneHost';
import { createTeamsJsHost } from './createTeamsJsHost';
import { isTeamsHostError, type TeamsContext, type TeamsHost, type TeamsHostErrorCode } from './TeamsHost';

/** Options of {@link connectTeamsHost}. */
export interface ConnectTeamsHostOptions {
  /** The tab's window. */
  readonly window: Window;
  /** Passed to `app.initialize`; in local mode the tab's own origin. */
  readonly validMessageOrigins?: readonly string[];
  /** @default 5000 */
  readonly timeoutMs?: number;
}

/** A host the app can use, with its context. */
export interface ConnectedTeamsHost {
  readonly host: TeamsHost;
  readonly context: TeamsContext;
  /** Set when a parent window exists but did not act as a host, so the app runs standalone. */
  readonly fallback?: { readonly code: TeamsHostErrorCode | 'unknown'; readonly message: string };
}

/** True when the tab is framed (or opened) by another window that could be a host. */
export function hasParentWindow(win: Window): boolean {
  return win.parent !== win || (win.opener !== null && win.opener !== undefined);
}

/**
 * Connects to the host the tab runs in. Without a parent window (a plain browser) it
 * uses the standalone host at once instead of letting teams-js fail; a parent that does
 * not answer within `timeoutMs` falls back to standalone too, never a hang.
 */
export async function connectTeamsHost(options: ConnectTeamsHostOptions): Promise<ConnectedTeamsHost> {
  const win = options.window;
  const standalone = (): TeamsHost =>
    createStandaloneHost({
      locale: win.navigator.language,
      url: win.location.href,
      ...(typeof win.matchMedia === 'function' ? { matchMedia: (query: string) => win.matchMedia(query) } : {}),
    });
  if (!hasParentWindow(win)) {
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
      fallback: isTeamsHostError(error)
        ? { code: error.code, message: error.message }
        : { code: 'unknown', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
