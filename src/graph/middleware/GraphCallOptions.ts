import type { Context, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { GraphError } from '../GraphError';

/**
 * Per-request options handed through graph-client's middleware chain (its
 * `middlewareOptions` mechanism, keyed by this class).
 */
export class GraphCallOptions implements MiddlewareOptions {
  /** Whether repeating the request is safe; undefined means "judge by the method". */
  readonly idempotent: boolean | undefined;
  /** The delegated scopes the token for this request must carry; undefined means the token source's default. */
  readonly scopes: readonly string[] | undefined;
  /** `false`: the token only silently (background work); undefined means interaction is allowed. */
  readonly interactive: boolean | undefined;
  /**
   * The GraphError a step failed with. graph-client wraps anything a middleware throws
   * in its own error type, so the chain parks ours here and `send` rethrows it.
   */
  failure: GraphError | undefined;

  constructor(idempotent?: boolean, scopes?: readonly string[], interactive?: boolean) {
    this.idempotent = idempotent;
    this.scopes = scopes;
    this.interactive = interactive;
    this.failure = undefined;
  }
}

/** The {@link GraphCallOptions} of a request, if the caller set any. */
export function callOptionsOf(context: Context): GraphCallOptions | undefined {
  const found: unknown = context.middlewareControl?.getMiddlewareOptions(GraphCallOptions);
  return found instanceof GraphCallOptions ? found : undefined;
}
