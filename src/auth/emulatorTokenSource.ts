import type { TokenSource } from '../graph';

/** Options of {@link emulatorTokenSource}. */
export interface EmulatorTokenSourceOptions {
  /** The emulator's dev-token endpoint (`auth.tokenUrl` of the config), absolute or relative to `origin`. */
  readonly tokenUrl: string;
  /** The demo user to act as (the host's user, else `auth.defaultUser`). */
  readonly user: string;
  /** Base for a relative `tokenUrl`: the tab's origin. */
  readonly origin: string;
  /** @default globalThis.fetch */
  readonly fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  /** @default Date.now */
  readonly now?: () => number;
}

/** Tokens are renewed this long before they expire, so a request never carries a dying one. */
const RENEW_BEFORE_MS = 60_000;

interface CachedToken {
  readonly value: string;
  readonly expiresAt: number;
}

/**
 * A {@link TokenSource} for local mode: `GET <tokenUrl>?user=<upn>` on the emulator
 * returns `{access_token, expires_in}`. The token is cached until shortly before it
 * expires; concurrent callers share one request.
 */
export function emulatorTokenSource(options: EmulatorTokenSourceOptions): TokenSource {
  const fetchImpl = options.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));
  const now = options.now ?? Date.now;
  let cached: CachedToken | undefined;
  let pending: Promise<string> | undefined;

  async function requestToken(): Promise<string> {
    const url = new URL(options.tokenUrl, options.origin);
    url.searchParams.set('user', options.user);
    const response = await fetchImpl(url.href, { headers: { Accept: 'application/json' } });
    const body = (await response.json().catch(() => undefined)) as { access_token?: unknown; expires_in?: unknown; error?: { message?: unknown } } | undefined;
    if (!response.ok || typeof body?.access_token !== 'string') {
      const detail = typeof body?.error?.message === 'string' ? `: ${body.error.message}` : '';
      throw new Error(`The emulator refused a dev token for ${options.user} (HTTP ${response.status})${detail}`);
    }
    const lifetimeSeconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    cached = { value: body.access_token, expiresAt: now() + lifetimeSeconds * 1000 };
    return body.access_token;
  }

  return {
    getAccessToken() {
      if (cached !== undefined && cached.expiresAt - RENEW_BEFORE_MS > now()) return Promise.resolve(cached.value);
      pending ??= requestToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
