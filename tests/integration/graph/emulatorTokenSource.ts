import type { TokenSource } from '../../../src/graph';

/**
 * A TokenSource backed by the emulator's dev-token endpoint, as src/auth's local mode
 * does it; counts fetches so tests can see refreshes.
 */
export function emulatorTokenSource(emulatorUrl: string, user: string): TokenSource & { readonly fetched: () => number } {
  let cached: Promise<string> | undefined;
  let fetched = 0;
  return {
    fetched: () => fetched,
    getAccessToken() {
      cached ??= (async () => {
        fetched += 1;
        const response = await fetch(`${emulatorUrl}/emulator/token?user=${encodeURIComponent(user)}`);
        if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
        const body = (await response.json()) as { access_token?: unknown };
        if (typeof body.access_token !== 'string') throw new Error('token endpoint returned no access_token');
        return body.access_token;
      })();
      return cached;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
