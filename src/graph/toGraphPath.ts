import { GraphError } from './GraphError';

/**
 * Turns a request target into a path relative to the service root. Links Graph hands
 * back (`@odata.nextLink`, `@odata.deltaLink`) are absolute; they are re-rooted on our
 * own base URL so the bearer token never goes to a host we were not configured for.
 */
export function toGraphPath(target: string, baseUrl: string): string {
  if (target.startsWith('/')) return target;
  if (target.startsWith(`${baseUrl}/`)) return target.slice(baseUrl.length);
  let link: URL;
  let base: URL;
  try {
    link = new URL(target);
    base = new URL(baseUrl);
  } catch {
    throw unexpectedTarget(target);
  }
  const root = base.pathname.replace(/\/+$/, '');
  if (!link.pathname.startsWith(`${root}/`)) throw unexpectedTarget(target);
  return link.pathname.slice(root.length) + link.search;
}

function unexpectedTarget(target: string): GraphError {
  return new GraphError({
    kind: 'unknown',
    status: 0,
    code: 'unexpectedLink',
    message: `Not a Graph path under the configured service root: ${target.slice(0, 200)}`,
  });
}
