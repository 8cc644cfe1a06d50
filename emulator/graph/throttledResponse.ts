import { graphError } from './graphTypes';
import type { GraphResponse } from './graphTypes';

/** A Graph-shaped throttling answer: 429 or 503 with `Retry-After`, as Graph sends them. */
export function throttledResponse(status: 429 | 503, retryAfterSeconds: number): GraphResponse {
  const headers = { 'Retry-After': String(retryAfterSeconds) };
  return status === 429
    ? graphError(429, 'TooManyRequests', 'Too many requests. Retry after the time given in Retry-After.', headers)
    : graphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Retry after the time given in Retry-After.', headers);
}
