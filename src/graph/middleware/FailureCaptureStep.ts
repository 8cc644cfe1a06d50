import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { isGraphError } from '../GraphError';
import { callOptionsOf } from './GraphCallOptions';

/**
 * First step of the chain: parks a GraphError thrown further down in the request's
 * {@link GraphCallOptions}, because graph-client replaces thrown errors with its own
 * type on the way out and our callers must get ours.
 */
export class FailureCaptureStep implements Middleware {
  private next: Middleware | undefined;

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (this.next === undefined) throw new Error('FailureCaptureStep needs a next step');
    try {
      await this.next.execute(context);
    } catch (error: unknown) {
      const options = callOptionsOf(context);
      if (options !== undefined && isGraphError(error)) options.failure = error;
      throw error;
    }
  }
}
