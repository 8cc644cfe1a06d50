/**
 * Where the Graph layer gets its bearer tokens. Implementations live in src/auth
 * (msal-browser in a tenant, the emulator's dev tokens locally); src/graph only sees this.
 */
export interface TokenSource {
  /** Resolves to a bearer token valid for Microsoft Graph (or the emulator). */
  getAccessToken(): Promise<string>;
  /**
   * Forgets a cached token. Called once when Graph answers 401 so that the next
   * `getAccessToken()` fetches a fresh one; sources without a cache may omit it.
   */
  invalidate?(): void;
}
