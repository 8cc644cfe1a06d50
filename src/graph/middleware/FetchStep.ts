import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphError } from '../GraphError';

/** The `fetch` signature the transport needs; tests pass their own. */
export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * The last step of the chain: sends the request with an injectable `fetch`. A rejected
 * fetch (offline, connection dropped, CORS refusal) becomes a GraphError of kind
 * `network` so the retry step and callers see one error type.
 */
export class FetchStep implements Middleware {
  constructor(private readonly fetchImpl: FetchLike) {}

  async execute(context: Context): Promise<void> {
    try {
      context.response = await this.fetchImpl(context.request, context.options);
    } catch (error: unknown) {
      throw new GraphError({
        kind: 'network',
        status: 0,
        code: 'networkError',
        message: `Network failure talking to Microsoft Graph: ${error instanceof Error ? error.message : String(error)}`,
        cause: error,
      });
    }
  }
}
