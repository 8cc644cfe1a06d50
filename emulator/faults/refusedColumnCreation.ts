import { graphError } from '../graph/graphTypes';
import type { GraphRequest, GraphResponse } from '../graph/graphTypes';

/** `POST .../lists` and `POST .../lists/{list}/columns`, by site id or by site path. */
const LISTS_PATH = /^\/sites\/[^/]+(?::\/.*?:)?\/lists\/?$/;
const COLUMNS_PATH = /^\/sites\/[^/]+(?::\/.*?:)?\/lists\/[^/]+\/columns\/?$/;

function namesIn(body: unknown, key: 'columns' | 'self'): string[] {
  if (typeof body !== 'object' || body === null) return [];
  if (key === 'self') {
    const name = (body as { name?: unknown }).name;
    return typeof name === 'string' ? [name] : [];
  }
  const columns = (body as { columns?: unknown }).columns;
  return Array.isArray(columns) ? columns.flatMap((column) => namesIn(column, 'self')) : [];
}

/**
 * The answer SharePoint gives when it refuses to create one of the columns named in the
 * fault setting `refuseColumns`, or undefined when the request creates none of them.
 * A list created with such a column in its `columns` fails as a whole, which is why
 * provisioning creates lists bare and adds columns one at a time. The body follows what
 * the trackers report: `500 generalException`, "An unspecified error has occurred."
 */
export function refusedColumnCreation(request: Pick<GraphRequest, 'method' | 'path' | 'body'>, refused: readonly string[]): GraphResponse | undefined {
  if (request.method !== 'POST' || refused.length === 0) return undefined;
  const names = LISTS_PATH.test(request.path) ? namesIn(request.body, 'columns') : COLUMNS_PATH.test(request.path) ? namesIn(request.body, 'self') : [];
  const hit = names.find((name) => refused.some((candidate) => candidate.toLowerCase() === name.toLowerCase()));
  return hit === undefined ? undefined : graphError(500, 'generalException', 'An unspecified error has occurred.');
}
