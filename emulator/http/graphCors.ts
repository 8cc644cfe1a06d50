/** Request headers Graph accepts cross-origin (lower-case). */
export const GRAPH_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'if-match',
  'if-none-match',
  'prefer',
  'client-request-id',
  'consistencylevel',
  'sdkversion',
];

/** Response headers readable from cross-origin script. Retry-After is deliberately absent, as on Graph. */
export const GRAPH_EXPOSED_HEADERS = ['ETag', 'request-id', 'client-request-id'];

const ALLOWED_METHODS = 'GET, POST, PATCH, PUT, DELETE';

/**
 * CORS headers for an actual (non-preflight) Graph response. Any origin is answered, as
 * Microsoft Graph does: the bearer token guards Graph, not the origin. (The emulator's
 * control API, which issues those tokens, answers its own origins only: server.ts.)
 */
export function graphCorsHeaders(origin: string | undefined, exposeRetryAfter: boolean): Record<string, string> {
  if (origin === undefined) return {};
  const exposed = exposeRetryAfter ? [...GRAPH_EXPOSED_HEADERS, 'Retry-After'] : GRAPH_EXPOSED_HEADERS;
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': exposed.join(', '),
    Vary: 'Origin',
  };
}

/** Headers of the answer to an `OPTIONS` preflight. */
export function graphPreflightHeaders(origin: string | undefined): Record<string, string> {
  return {
    ...(origin === undefined ? {} : { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }),
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': GRAPH_ALLOWED_HEADERS.join(', '),
    'Access-Control-Max-Age': '3600',
  };
}
