import { parseRetryAfter } from './retryAfter';

/** How hard the data layer tries before a throttled or failed request reaches the caller. */
export interface RetryPolicy {
  /** Attempts in total, the first one included. @default 5 */
  readonly maxAttempts: number;
  /** Sum of all waits; a wait that would exceed it is not taken. @default 60000 */
  readonly maxTotalDelayMs: number;
  /** First backoff step when the server gave no `Retry-After`. @default 500 */
  readonly baseDelayMs: number;
  /** Cap of one backoff step. @default 30000 */
  readonly maxDelayMs: number;
}

/** The defaults of {@link RetryPolicy}. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  maxTotalDelayMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/** Waits `ms` milliseconds; injectable so tests do not wait. */
export type Sleep = (ms: number) => Promise<void>;

/** The real {@link Sleep}. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Methods that may be repeated without changing the outcome (RFC 9110). */
export function isIdempotentMethod(method: string): boolean {
  const upper = method.toUpperCase();
  return upper === 'GET' || upper === 'HEAD' || upper === 'PUT' || upper === 'DELETE' || upper === 'OPTIONS';
}

/**
 * Whether a response status is worth another attempt. 429 is Graph's documented
 * "refused, not run" throttling answer, so it is repeated for any method. 503 (Graph's
 * other throttling answer, but also a plain outage) and 504 may follow a request that
 * ran, so they are repeated only when that is safe: idempotent methods, or a POST its
 * caller marks idempotent (a write with a SubmissionId the list keeps unique, so a repeat ends in
 * 409 at worst).
 */
export function isRetryableStatus(status: number, idempotent: boolean): boolean {
  if (status === 429) return true;
  return idempotent && (status === 503 || status === 504);
}

/**
 * The wait before attempt `attempt + 1`: the server's `Retry-After` when visible,
 * otherwise exponential backoff with "equal jitter" (half fixed, half random) so many
 * tabs throttled at once do not come back in lockstep.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfterHeader: string | null | undefined,
  random: () => number,
): number {
  const fromServer = parseRetryAfter(retryAfterHeader);
  if (fromServer !== undefined) return fromServer;
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * random());
}
