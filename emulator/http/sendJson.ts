import type { ServerResponse } from 'node:http';

/**
 * Writes a JSON (or empty, for 204/304) response unless the socket is already gone;
 * a client that hung up must never turn into an exception in the server.
 */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  if (response.headersSent || response.destroyed) return;
  const hasBody = body !== undefined && status !== 204 && status !== 304;
  const payload = hasBody ? JSON.stringify(body) : '';
  response.statusCode = status;
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (hasBody) response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(payload));
  response.end(payload);
}
