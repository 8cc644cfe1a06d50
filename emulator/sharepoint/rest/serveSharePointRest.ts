import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DevTokenIssuer } from '../../auth/DevTokenIssuer';
import type { RequestLog } from '../../control/RequestLog';
import { preciseNow } from '../../control/RequestLog';
import type { FaultInjector } from '../../faults/FaultInjector';
import type { DemoUser } from '../../config/loadEmulatorConfig';
import type { EmulatorStore } from '../../graph/store/openEmulatorStore';
import { normalizeServerRelativePath } from '../../graph/store/openEmulatorStore';
import { parseJsonBody } from '../../http/parseJsonBody';
import { readRequestBody } from '../../http/readRequestBody';
import { sendJson } from '../../http/sendJson';
import { routeSharePointRest, SharePointRestError } from './routeSharePointRest';
import type { SharePointRestResponse } from './routeSharePointRest';

/** Where SharePoint's REST API of a site lives on the emulator: `/sharepoint/<host>/<site path>/_api/...`. */
export const SHAREPOINT_REST_ROOT = '/sharepoint/';

/** SharePoint's delegated scopes; any of them reads, FullControl is needed to change permissions. */
const READ_SCOPES = ['AllSites.Read', 'AllSites.Write', 'AllSites.Manage', 'AllSites.FullControl'];
const PERMISSION_SCOPES = ['AllSites.FullControl'];

/** What the REST endpoint needs from the running emulator. */
export interface SharePointRestEndpoint {
  readonly store: EmulatorStore;
  readonly tokens: DevTokenIssuer;
  readonly tenantId: string;
  readonly users: readonly DemoUser[];
  readonly faults: FaultInjector;
  readonly requestLog: RequestLog;
}

/**
 * One HTTP request to the emulated SharePoint REST API. Like SharePoint Online: a bearer
 * token whose audience is the SharePoint host (a Graph token is refused with 401, "Invalid
 * audience"), answers in `application/json;odata=nometadata` only (the emulator refuses
 * verbose OData with 406 rather than answer in a shape the client did not ask for), and
 * errors as `{"odata.error": {code, message}}`. Faults (throttling, drops, latency) apply
 * as to Graph.
 */
export async function serveSharePointRest(request: IncomingMessage, response: ServerResponse, url: URL, endpoint: SharePointRestEndpoint): Promise<void> {
  const startMs = preciseNow();
  const method = (request.method ?? 'GET').toUpperCase();
  const caller: { upn?: string } = {};
  const reply = (answer: SharePointRestResponse): void => {
    sendJson(response, answer.status, answer.body, answer.body === undefined ? {} : { 'Content-Type': 'application/json;odata=nometadata;charset=utf-8' });
    endpoint.requestLog.record({ method, path: url.pathname + url.search, status: answer.status, startMs, endMs: preciseNow(), ...(caller.upn === undefined ? {} : { user: caller.upn }) });
  };
  const address = /^\/sharepoint\/([^/]+)(\/.*?)?\/_api\/(.*)$/i.exec(url.pathname);
  if (address === null) {
    request.resume();
    reply(new SharePointRestError(404, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Expected /sharepoint/<host>/<site path>/_api/<resource>.').toResponse());
    return;
  }
  const [, host = '', sitePath = '/', rest = ''] = address;
  const settings = endpoint.faults.settings;
  if (settings.latencyMs > 0) await new Promise((done) => setTimeout(done, settings.latencyMs));
  const decision = endpoint.faults.decideForConnection();
  if (decision.kind === 'drop') {
    request.resume();
    response.destroy();
    endpoint.requestLog.record({ method, path: url.pathname, status: 0, startMs, endMs: preciseNow() });
    return;
  }
  if (decision.kind === 'throttle') {
    request.resume();
    sendJson(response, decision.status, { 'odata.error': { code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', message: { lang: 'en-US', value: 'The request has been throttled.' } } }, { 'Retry-After': String(decision.retryAfterSeconds) });
    endpoint.requestLog.record({ method, path: url.pathname, status: decision.status, startMs, endMs: preciseNow() });
    return;
  }

  const accept = request.headers.accept ?? '';
  if (/odata=verbose/i.test(accept)) {
    request.resume();
    reply(new SharePointRestError(406, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The emulator answers application/json;odata=nometadata only.').toResponse());
    return;
  }
  const authorization = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  const check = authorization === null ? undefined : endpoint.tokens.verify(authorization[1] ?? '');
  const resource = `https://${host.toLowerCase()}`;
  if (check === undefined || !check.ok || check.claims.aud.toLowerCase() !== resource) {
    request.resume();
    reply({ status: 401, body: { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: check?.ok === true ? 'Invalid audience.' : 'Access denied.' } } } });
    return;
  }
  const user = endpoint.users.find((candidate) => candidate.userPrincipalName.toLowerCase() === check.claims.upn.toLowerCase());
  if (user === undefined) {
    request.resume();
    reply({ status: 401, body: { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Unknown user.' } } } });
    return;
  }
  caller.upn = user.userPrincipalName;
  const read = await readRequestBody(request);
  if (!read.ok) {
    reply(new SharePointRestError(413, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The request body is too large.').toResponse());
    return;
  }
  const body = read.bytes.length === 0 ? { ok: true as const, value: undefined } : parseJsonBody(read.bytes);
  if (!body.ok) {
    reply(new SharePointRestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', body.message).toResponse());
    return;
  }
  const tunnelled = request.headers['x-http-method'];
  const tunnelledMethod = typeof tunnelled === 'string' ? tunnelled.toUpperCase() : undefined;
  const writes = method === 'POST';
  const needed = writes ? PERMISSION_SCOPES : READ_SCOPES;
  if (!needed.some((scope) => check.claims.scopes.includes(scope))) {
    reply(new SharePointRestError(403, '-2147024891, System.UnauthorizedAccessException', `The token needs one of ${needed.join(', ')}.`).toResponse());
    return;
  }
  if (method !== 'GET' && method !== 'POST') {
    reply(new SharePointRestError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Method ${method} is not supported; tunnel MERGE and DELETE through POST with X-HTTP-Method.`).toResponse());
    return;
  }
  const site = endpoint.store.tables.findSiteByPath(host.toLowerCase(), normalizeServerRelativePath(sitePath || '/'));
  if (site === undefined) {
    reply(new SharePointRestError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.').toResponse());
    return;
  }
  try {
    reply(
      endpoint.store.transaction(() =>
        routeSharePointRest(endpoint.store, { tenantId: endpoint.tenantId, users: endpoint.users }, {
          method,
          tunnelledMethod,
          segments: splitSegments(decodeURIComponent(rest)),
          query: url.searchParams,
          body: body.value,
          caller: user,
          site,
        }),
      ),
    );
  } catch (error: unknown) {
    if (error instanceof SharePointRestError) reply(error.toResponse());
    else reply(new SharePointRestError(500, '-2146232832, Microsoft.SharePoint.SPException', error instanceof Error ? error.message : String(error)).toResponse());
  }
}

/** `web/lists/getbytitle('A/B')/items` -> segments, not splitting inside parentheses. */
function splitSegments(path: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of path) {
    if (character === '(') depth += 1;
    if (character === ')') depth = Math.max(0, depth - 1);
    if (character === '/' && depth === 0) {
      if (current !== '') segments.push(current);
      current = '';
    } else current += character;
  }
  if (current !== '') segments.push(current);
  return segments;
}
