import type { FetchLike } from '../middleware/FetchStep';

/** A request as the send step saw it. */
export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
}

/** Answers a recorded request; may throw (or reject) to simulate a network failure. */
export type FakeGraphHandler = (request: RecordedRequest, index: number) => Response | Promise<Response>;

/**
 * A `fetch` for tests of the graph layer: records every request exactly as it would go
 * on the wire and answers with real `Response` objects from the handler.
 */
export function recordingFetch(handler: FakeGraphHandler): { fetch: FetchLike; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = { url, method: (init?.method ?? 'GET').toUpperCase(), headers, body };
    requests.push(request);
    return handler(request, requests.length - 1);
  };
  return { fetch, requests };
}

/** A JSON `Response` the way Graph sends one. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A Graph-shaped error `Response`. */
export function graphErrorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse(status, { error: { code, message, innerError: { 'request-id': `req-${status}`, date: '2026-01-01T00:00:00' } } }, headers);
}
