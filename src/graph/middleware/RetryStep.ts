import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { isGraphError } from '../GraphError';
import type { GraphError } from '../GraphError';
import { isIdempotentMethod, isRetryableStatus, retryDelayMs } from '../RetryPolicy';
import type { RetryPolicy, Sleep } from '../RetryPolicy';
import { callOptionsOf } from './GraphCallOptions';
import { discardBody, requestMethod } from './requestHeaders';

/**
 * Repeats throttled (429, 503), timed-out (504) and dropped (network) requests by the
 * rules of `isRetryableStatus` (429 always, the rest only when repeating is safe), waiting `Retry-After` when the header is visible and backing off
 * with jitter when it is not (Graph's CORS hides it from browsers). Sits outside the
 * auth step so every attempt gets a current token, even after long waits.
 */
export class RetryStep implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly policy: RetryPolicy,
    private readonly sleep: Sleep,
    private readonly random: () => number,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (next === undefined) throw new Error('RetryStep needs a next step');
    const idempotent = callOptionsOf(context)?.idempotent ?? isIdempotentMethod(requestMethod(context));
    let waitedMs = 0;
    for (let attempt = 1; ; attempt += 1) {
      let failure: GraphError | undefined;
      delete context.response;
      try {
        await next.execute(context);
      } catch (error: unknown) {
        if (!isGraphError(error) || error.kind !== 'network') throw error;
        failure = error;
      }
      const response = context.response as Response | undefined;
      const retryable = failure !== undefined ? idempotent : response !== undefined && isRetryableStatus(response.status, idempotent);
      if (!retryable || attempt >= this.policy.maxAttempts) {
        if (failure !== undefined) throw failure;
        return;
      }
      const delay = retryDelayMs(this.policy, attempt, response?.headers.get('Retry-After'), this.random);
      if (waitedMs + delay > this.policy.maxTotalDelayMs) {
        if (failure !== undefined) throw failure;
        return;
      }
      await discardBody(response);
      await this.sleep(delay);
      waitedMs += delay;
    }
  }
}
