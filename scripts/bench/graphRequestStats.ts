import { sequentialRoundTrips } from './sequentialRoundTrips';

/** One entry of `GET /emulator/requests`: the emulator's own type, so the two cannot drift. */
export type { LoggedRequest as LoggedGraphRequest } from '../../emulator/control/RequestLog';
import type { LoggedRequest as LoggedGraphRequest } from '../../emulator/control/RequestLog';

/** Requests that started before `epochMs` (e.g. before the first row was on screen). */
export function startedBefore(requests: readonly LoggedGraphRequest[], epochMs: number): LoggedGraphRequest[] {
  return requests.filter((request) => request.startMs < epochMs);
}

/** A request that reads list items: a page of `items`, an item, or `items/delta`. */
export function readsListItems(request: LoggedGraphRequest): boolean {
  return request.method === 'GET' && /\/lists\/[^/?]+\/items(?:[/?]|$)/.test(pathOnly(request.path));
}

/**
 * Whether the request asks for named fields only: `$select=` on the item, and when it
 * expands `fields`, a `select=` inside that expansion (a bare `expand=fields` returns
 * every column, which is what the budget forbids).
 */
export function limitsFields(path: string): boolean {
  const query = decodedQuery(path);
  const expandsFields = /(?:^|&)\$?expand=fields(?![a-z])/i.test(query);
  const expandSelects = /(?:^|&)\$?expand=fields\(\s*\$?select=[^)]+\)/i.test(query);
  if (expandsFields) return expandSelects;
  return /(?:^|&)\$?select=[^&]+/i.test(query);
}

/**
 * Whether the request can return list items. A delta with `token=latest` answers only a
 * fresh delta link (no items, so no fields), so it is exempt from the selected-fields rule.
 */
export function returnsItems(path: string): boolean {
  return !/(?:^|&)token=latest(?:&|$)/.test(decodedQuery(path));
}

/** What a load cost in Graph round trips. */
export interface RoundTripSummary {
  readonly requests: number;
  readonly sequential: number;
}

/** Total and sequential round trips of `requests`. */
export function summariseRoundTrips(requests: readonly LoggedGraphRequest[]): RoundTripSummary {
  return { requests: requests.length, sequential: sequentialRoundTrips(requests) };
}

function pathOnly(path: string): string {
  const query = path.indexOf('?');
  return query < 0 ? path : path.slice(0, query);
}

function decodedQuery(path: string): string {
  const query = path.indexOf('?');
  if (query < 0) return '';
  const raw = path.slice(query + 1).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
