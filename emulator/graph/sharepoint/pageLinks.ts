import type { GraphRequest } from '../graphTypes';
import { invalidRequest } from './SharePointError';

/** Used when the server does not pass `x-emulator-base-url`. */
export const DEFAULT_BASE_URL = 'http://localhost/graph/v1.0';

/** The absolute Graph root of this request (`x-emulator-base-url`, set by the HTTP server). */
export function baseUrlOf(request: GraphRequest): string {
  const header = request.headers['x-emulator-base-url'];
  return (header === undefined || header.trim() === '' ? DEFAULT_BASE_URL : header.trim()).replace(/\/+$/, '');
}

/**
 * An absolute link to `path` with the request's query options, `replace` applied
 * (`undefined` removes an option). Option names keep their `$`, as Graph's links do.
 */
export function buildLink(request: GraphRequest, path: string, replace: Readonly<Record<string, string | undefined>>): string {
  const params = new Map<string, string>();
  for (const [key, value] of request.query) params.set(key, value);
  for (const [key, value] of Object.entries(replace)) {
    params.delete(key);
    params.delete(key.startsWith('$') ? key.slice(1) : `$${key}`);
    if (value !== undefined) params.set(key, value);
  }
  const query = [...params].map(([key, value]) => `${encodeQueryPart(key)}=${encodeQueryPart(value)}`).join('&');
  return `${baseUrlOf(request)}${encodePath(path)}${query === '' ? '' : `?${query}`}`;
}

/** Graph's own skiptoken for list items is base64 of `Paged=TRUE&p_ID=<last id>`. */
export function encodeSkipToken(lastItemId: number): string {
  return Buffer.from(`Paged=TRUE&p_ID=${lastItemId}`).toString('base64');
}

/** The last item id of the previous page; 400 for a token this emulator did not make. */
export function decodeSkipToken(token: string): number {
  const match = /^Paged=TRUE&p_ID=(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
  if (match?.[1] === undefined) throw invalidRequest('The $skiptoken is not valid.');
  return Number(match[1]);
}

/** The server passes the path as sent (maybe percent-encoded): decode first so nothing is encoded twice. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeQueryPart(safeDecode(segment)))
    .join('/');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Percent-encodes, keeping the characters Graph URLs carry literally (`$ , : ( ) = '`). */
function encodeQueryPart(text: string): string {
  return encodeURIComponent(text).replace(/%(24|2C|3A|28|29|3D|27|40)/gi, (escaped) => decodeURIComponent(escaped));
}
