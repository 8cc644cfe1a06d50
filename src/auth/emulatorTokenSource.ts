import type { TokenSource } from '../graph';
import { AuthError } from './AuthError';
import { scopeSetKey } from './scopeSetKey';

/** Options of {@link emulatorTokenSource}. */
export interface EmulatorTokenSourceOptions {
  /** The emulator's dev-token endpoint (`auth.tokenUrl` of the config), absolute or relative to `origin`. */
  readonly tokenUrl: string;
  /** The demo user to act as (the host's user, else `auth.defaultUser`). */
  readonly user: string;
  /** Base for a relative `tokenUrl`: the tab's origin. */
  readonly origin: string;
  /**
   * Scopes of a token when the caller names none: what the first screen needs.
   * Without them the emulator issues its default set (the CLIs' and tests' behaviour).
   */
  readonly defaultScopes?: readonly string[];
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

/** The token endpoint's answer: a token, Entra ID's error shape (`error` a string), or the control API's (`error.message`). */
interface TokenAnswer {
  readonly access_token?: unknown;
  readonly expires_in?: unknown;
  readonly error?: unknown;
  readonly error_description?: unknown;
  readonly error_codes?: unknown;
  readonly suberror?: unknown;
}

/** AADSTS65001: a scope nobody consented to, answered as Entra ID answers it. */
function isConsentRequired(body: TokenAnswer | undefined): boolean {
  return body?.suberror === 'consent_required' || (Array.isArray(body?.error_codes) && body.error_codes.includes(65001));
}

/**
 * A {@link TokenSource} for local mode: `GET <tokenUrl>?user=<upn>&scopes=<a b>` on the
 * emulator returns `{access_token, expires_in}`, or Entra ID's AADSTS65001 answer for a
 * scope that is not consented, which becomes an {@link AuthError} `consentRequired`.
 * One token per set of scopes, cached until shortly before it expires; concurrent
 * callers of the same set share one request.
 */
export function emulatorTokenSource(options: EmulatorTokenSourceOptions): TokenSource {
  const fetchImpl = options.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));
  const now = options.now ?? Date.now;
  const cached = new Map<string, CachedToken>();
  const pending = new Map<string, Promise<string>>();

  async function requestToken(key: string, scopes: readonly string[] | undefined): Promise<string> {
    const url = new URL(options.tokenUrl, options.origin);
    url.searchParams.set('user', options.user);
    if (scopes !== undefined) url.searchParams.set('scopes', scopes.join(' '));
    const response = await fetchImpl(url.href, { headers: { Accept: 'application/json' } });
    const body = (await response.json().catch(() => undefined)) as TokenAnswer | undefined;
    if (isConsentRequired(body)) {
      const description = typeof body?.error_description === 'string' ? body.error_description : 'AADSTS65001';
      throw new AuthError('consentRequired', `No consent for ${scopes?.join(' ') ?? 'the default scopes'}: ${description}`, { msalCode: 'consent_required' });
    }
    if (!response.ok || typeof body?.access_token !== 'string') {
      const message = (body?.error as { message?: unknown } | undefined)?.message;
      const detail = typeof message === 'string' ? `: ${message}` : '';
      throw new Error(`The emulator refused a dev token for ${options.user} (HTTP ${response.status})${detail}`);
    }
    const lifetimeSeconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    cached.set(key, { value: body.access_token, expiresAt: now() + lifetimeSeconds * 1000 });
    return body.access_token;
  }

  return {
    getAccessToken(scopes) {
      const wanted = scopes ?? options.defaultScopes;
      const key = scopeSetKey(wanted);
      const token = cached.get(key);
      if (token !== undefined && token.expiresAt - RENEW_BEFORE_MS > now()) return Promise.resolve(token.value);
      let request = pending.get(key);
      if (request === undefined) {
        request = requestToken(key, wanted).finally(() => pending.delete(key));
        pending.set(key, request);
      }
      return request;
    },
    invalidate(scopes) {
      cached.delete(scopeSetKey(scopes ?? options.defaultScopes));
    },
  };
}
