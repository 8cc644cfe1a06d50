/**
 * What went wrong, in the terms a caller branches on. `preconditionFailed` (412, stale
 * eTag) and `gone` (410, expired delta token) are separate from `conflict` (409) because
 * callers react differently: reload and ask, resync, or treat as "already there".
 */
export type GraphErrorKind =
  | 'auth'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'preconditionFailed'
  | 'throttled'
  | 'validation'
  | 'network'
  | 'gone'
  | 'unknown';

/** Everything needed to build a {@link GraphError}. */
export interface GraphErrorInit {
  readonly kind: GraphErrorKind;
  /** HTTP status; 0 when no response arrived (network failure, no token). */
  readonly status: number;
  /** Graph's `error.code`, or a local code such as `networkError` or `tokenUnavailable`. */
  readonly code: string;
  readonly message: string;
  /** Graph's request id (header `request-id` or `error.innerError['request-id']`). */
  readonly requestId?: string;
  /** How long the server asked us to wait, when it said so and the header was visible. */
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

/**
 * The one error type for every failed Graph call. Callers branch on `kind` and test
 * with {@link isGraphError}, never `instanceof`: the class may be loaded twice (chunks,
 * test realms) and errors may be structured-cloned into storage.
 */
export class GraphError extends Error {
  /** Marker read by {@link isGraphError}. */
  readonly isGraphError = true as const;
  readonly kind: GraphErrorKind;
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(init: GraphErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'GraphError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** True for any {@link GraphError}, recognised by its marker property. */
export function isGraphError(value: unknown): value is GraphError {
  return typeof value === 'object' && value !== null && (value as { isGraphError?: unknown }).isGraphError === true;
}

/**
 * The kind a caller should see for a Graph error. SharePoint is reported to answer a
 * stale `If-Match` with 409 `resourceModified` as well as the documented 412
 * (onedrive-api-docs #1414): both mean "someone else saved first", never "already exists".
 */
export function graphErrorKindFor(status: number, code: string | undefined): GraphErrorKind {
  if (status === 409 && code === 'resourceModified') return 'preconditionFailed';
  return graphErrorKindForStatus(status);
}

/** The kind a caller should see for an HTTP status. */
export function graphErrorKindForStatus(status: number): GraphErrorKind {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'auth';
    case 403:
      return 'forbidden';
    case 404:
      return 'notFound';
    case 409:
      return 'conflict';
    case 410:
      return 'gone';
    case 412:
      return 'preconditionFailed';
    case 429:
    case 503:
      // Graph and SharePoint throttle with 429, and with 503 + Retry-After.
      return 'throttled';
    case 504:
      // The request may or may not have run: the same uncertainty as a dropped connection.
      return 'network';
    default:
      return 'unknown';
  }
}
