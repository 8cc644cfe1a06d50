import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphError } from '../GraphError';
import type { TokenOptions, TokenSource } from '../TokenSource';
import { callOptionsOf } from './GraphCallOptions';
import { discardBody, setRequestHeader } from './requestHeaders';

/**
 * Puts the bearer token on every request, for the scopes the request names (its
 * {@link GraphCallOptions}) or the token source's default ones. graph-client's AuthenticationHandler only
 * does so for https Graph hosts (or `customHosts`, https only in 3.0.7), which rules
 * out the emulator on http://127.0.0.1, hence our own step. A 401 invalidates the
 * token once and repeats the request with a fresh one.
 */
export class BearerAuthStep implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly tokenSource: TokenSource) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.requireNext();
    const scopes = callOptionsOf(context)?.scopes;
    const tokenOptions = callOptionsOf(context)?.interactive === false ? { interactive: false } : undefined;
    setRequestHeader(context, 'Authorization', `Bearer ${await this.token(scopes, tokenOptions)}`);
    await next.execute(context);
    if (context.response?.status !== 401 || this.tokenSource.invalidate === undefined) return;
    await discardBody(context.response);
    this.tokenSource.invalidate(scopes);
    setRequestHeader(context, 'Authorization', `Bearer ${await this.token(scopes, tokenOptions)}`);
    delete context.response;
    await next.execute(context);
  }

  private async token(scopes: readonly string[] | undefined, options: TokenOptions | undefined): Promise<string> {
    try {
      return await (options === undefined ? this.tokenSource.getAccessToken(scopes) : this.tokenSource.getAccessToken(scopes, options));
    } catch (error: unknown) {
      throw new GraphError({
        kind: 'auth',
        status: 0,
        code: 'tokenUnavailable',
        message: `No access token: ${error instanceof Error ? error.message : String(error)}`,
        cause: error,
      });
    }
  }

  private requireNext(): Middleware {
    if (this.next === undefined) throw new Error('BearerAuthStep needs a next step');
    return this.next;
  }
}
