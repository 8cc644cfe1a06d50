import { graphErrorKindForStatus, GraphError, isGraphError } from './GraphError';
import { parseRetryAfter } from './retryAfter';
import { DEFAULT_RETRY_POLICY, isIdempotentMethod, isRetryableStatus, retryDelayMs } from './RetryPolicy';

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, and ignores junk', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('retry rules', () => {
  it('repeats 429 always, 503/504 only when safe, nothing else', () => {
    expect(isRetryableStatus(429, false)).toBe(true);
    expect(isRetryableStatus(503, false)).toBe(false);
    expect(isRetryableStatus(503, true)).toBe(true);
    expect(isRetryableStatus(504, true)).toBe(true);
    for (const status of [200, 400, 401, 404, 409, 412, 500, 502]) expect(isRetryableStatus(status, true)).toBe(false);
    expect(['GET', 'put', 'DELETE'].every(isIdempotentMethod)).toBe(true);
    expect(['POST', 'PATCH'].some(isIdempotentMethod)).toBe(false);
  });

  it('caps the backoff step and prefers the server Retry-After', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 4000 };
    expect(retryDelayMs(policy, 10, undefined, () => 1)).toBe(4000);
    expect(retryDelayMs(policy, 10, undefined, () => 0)).toBe(2000);
    expect(retryDelayMs(policy, 1, '12', () => 1)).toBe(12_000);
  });
});

describe('GraphError', () => {
  it('is recognised by its marker, also after structured cloning, and nothing else is', () => {
    const error = new GraphError({ kind: 'conflict', status: 409, code: 'nameAlreadyExists', message: 'dup' });
    expect(isGraphError(error)).toBe(true);
    expect(isGraphError({ ...error })).toBe(true);
    expect(isGraphError(structuredClone({ isGraphError: error.isGraphError, kind: error.kind }))).toBe(true);
    for (const other of [new Error('x'), null, undefined, 'GraphError', { isGraphError: 'yes' }]) expect(isGraphError(other)).toBe(false);
    expect(error.name).toBe('GraphError');
  });

  it('maps 412 and 410 to their own kinds', () => {
    expect(graphErrorKindForStatus(412)).toBe('preconditionFailed');
    expect(graphErrorKindForStatus(410)).toBe('gone');
    expect(graphErrorKindForStatus(418)).toBe('unknown');
  });
});
