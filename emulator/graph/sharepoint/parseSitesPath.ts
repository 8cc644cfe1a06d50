/** How a request names its site. */
export type SiteAddress =
  | { readonly kind: 'path'; readonly hostname: string; readonly serverRelativePath: string }
  | { readonly kind: 'id'; readonly id: string };

/** A `/sites/...` path split into the site address and the segments after it. */
export interface SitesPath {
  readonly site: SiteAddress;
  readonly rest: readonly string[];
}

/**
 * Splits `/sites/{site-id}/...` and Graph's path addressing
 * `/sites/{hostname}:/{server-relative-path}[:/...]`. Without the closing `:` the whole
 * remainder is the site path, as in Graph. `undefined` when the path is not under /sites.
 */
export function parseSitesPath(path: string): SitesPath | undefined {
  const match = /^\/sites\/(.+)$/.exec(path);
  if (match?.[1] === undefined) return undefined;
  const remainder = match[1];
  const byPath = /^([^/:]+):(\/[^:]*?)\/*(?::(\/.*)?)?$/.exec(remainder);
  if (byPath !== null) {
    const [, hostname = '', serverRelativePath = '', after] = byPath;
    const sitePath = safeDecode(serverRelativePath === '' ? '/' : serverRelativePath);
    return { site: { kind: 'path', hostname, serverRelativePath: sitePath }, rest: segmentsOf(after ?? '') };
  }
  const [id = '', ...rest] = remainder.split('/');
  return { site: { kind: 'id', id: safeDecode(id) }, rest: rest.filter((segment) => segment !== '').map(safeDecode) };
}

function segmentsOf(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map(safeDecode);
}

/** Segments may still be percent-encoded (list names with spaces); a stray `%` is kept as is. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
