import type { IncomingMessage } from 'node:http';

const HOST_PATTERN = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * `http://<host>` as the client addressed us, so links we hand out (nextLink, deltaLink)
 * stay on the client's origin (localhost and 127.0.0.1 are different origins to a
 * browser). A missing or odd Host header falls back to the loopback address.
 */
export function requestBaseUrl(request: IncomingMessage, port: number): string {
  const host = request.headers.host;
  return host !== undefined && HOST_PATTERN.test(host) ? `http://${host}` : `http://127.0.0.1:${port}`;
}
