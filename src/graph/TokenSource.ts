/**
 * Where the Graph layer gets its bearer tokens. Implementations live in src/auth
 * (msal-browser in a tenant, the emulator's dev tokens locally); src/graph only sees this.
 */
/** How a token may be obtained. */
export interface TokenOptions {
  /**
   * `false` for work nobody asked for on screen (background reminders): the token comes
   * silently or not at all, never through a sign-in or consent window. @default true
   */
  readonly interactive?: boolean;
}

export interface TokenSource {
  /**
   * Resolves to a bearer token valid for Microsoft Graph (or the emulator) that carries
   * `scopes`, or the source's default scopes (what the first screen needs) when none are
   * named. Features ask for their own scopes when first used (incremental consent), so
   * a scope nobody consented to fails that feature, not the sign-in.
   */
  getAccessToken(scopes?: readonly string[], options?: TokenOptions): Promise<string>;
  /**
   * Forgets a cached token for `scopes` (the default ones when none are named). Called
   * once when Graph answers 401 so that the next call fetches a fresh one; sources
   * without a cache may omit it.
   */
  invalidate?(scopes?: readonly string[]): void;
}
