import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { GRAPH_AUDIENCE } from '../auth/DevTokenIssuer';
import type { DevTokenIssuer } from '../auth/DevTokenIssuer';
import type { EmulatorUser } from './graphTypes';
import type { DemoUser } from '../config/loadEmulatorConfig';
import type { RequestLog } from '../control/RequestLog';
import { preciseNow } from '../control/RequestLog';
import type { FaultInjector } from '../faults/FaultInjector';
import { graphCorsHeaders, graphPreflightHeaders } from '../http/graphCors';
import { parseJsonBody } from '../http/parseJsonBody';
import { readRequestBody } from '../http/readRequestBody';
import { sendJson } from '../http/sendJson';
import { graphError } from './graphTypes';
import type { GraphHandler, GraphRequest, GraphResponse } from './graphTypes';
import { throttledResponse } from './throttledResponse';

/** Where Graph lives on the emulator's origin. */
export const GRAPH_ROOT = '/graph/v1.0';

const METHODS: readonly string[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

/** What the Graph endpoint needs from the running emulator. */
export interface GraphEndpoint {
  readonly route: GraphHandler;
  readonly tokens: DevTokenIssuer;
  readonly users: readonly DemoUser[];
  readonly faults: FaultInjector;
  readonly requestLog: RequestLog;
  /** `http://host:port` as the client addressed the emulator. */
  readonly baseUrl: string;
}

/**
 * One HTTP request under `/graph/v1.0`: CORS preflight, body limit, latency, bearer
 * token, fault injection (drop or throttle), then the router; logged for benchmarks.
 */
export async function serveGraphRequest(request: IncomingMessage, response: ServerResponse, url: URL, endpoint: GraphEndpoint): Promise<void> {
  const startMs = preciseNow();
  const method = (request.method ?? 'GET').toUpperCase();
  const path = url.pathname.slice(GRAPH_ROOT.length) || '/';
  const origin = firstHeader(request.headers.origin);
  let callerUpn: string | undefined;
  const log = (status: number): void =>
    endpoint.requestLog.record({ method, path: path + url.search, status, startMs, endMs: preciseNow(), ...(callerUpn === undefined ? {} : { user: callerUpn }) });
  const settings = endpoint.faults.settings;
  const reply = (answer: GraphResponse, extra: Record<string, string> = {}): void => {
    const clientRequestId = firstHeader(request.headers['client-request-id']) ?? randomUUID();
    sendJson(response, answer.status, answer.body, {
      ...answer.headers,
      ...graphCorsHeaders(origin, settings.exposeRetryAfter),
      'request-id': randomUUID(),
      'client-request-id': clientRequestId,
      ...extra,
    });
    log(answer.status);
  };

  if (settings.latencyMs > 0) await sleep(settings.latencyMs);
  if (settings.holdRequests && new RegExp(settings.holdPathPattern).test(path + url.search)) await endpoint.faults.whenReleased();
  if (method === 'OPTIONS') {
    sendJson(response, 204, undefined, graphPreflightHeaders(origin));
    log(204);
    return;
  }
  if (!METHODS.includes(method)) {
    request.resume();
    reply(graphError(405, 'BadRequest', `Method ${method} is not supported.`));
    return;
  }
  const read = await readRequestBody(request);
  if (!read.ok) {
    if (read.reason === 'aborted') {
      log(0);
      return;
    }
    reply(graphError(413, 'RequestEntityTooLarge', 'The request body is larger than the emulator accepts (4 MB).'), { Connection: 'close' });
    return;
  }
  const caller = authenticate(firstHeader(request.headers.authorization), endpoint);
  if (caller.ok) callerUpn = caller.user.userPrincipalName;
  if (!caller.ok) {
    reply(graphError(401, 'InvalidAuthenticationToken', caller.message), { 'WWW-Authenticate': 'Bearer realm="emulator"' });
    return;
  }
  const isBatch = path === '/$batch';
  const fault = isBatch ? { kind: endpoint.faults.decideDrop() ? ('drop' as const) : ('pass' as const) } : endpoint.faults.decideForConnection();
  if (fault.kind === 'drop') {
    // Connection reset without a response, as a flaky network or proxy would do it.
    request.socket.destroy();
    log(0);
    return;
  }
  if ('status' in fault) {
    reply(throttledResponse(fault.status, fault.retryAfterSeconds));
    return;
  }
  // GET and DELETE bodies mean nothing to Graph; they are ignored, not parsed.
  const body = method === 'GET' || method === 'DELETE' ? { ok: true as const, value: undefined } : parseJsonBody(read.bytes);
  if (!body.ok) {
    reply(graphError(400, 'BadRequest', body.message));
    return;
  }
  const graphRequest: GraphRequest = {
    method: method as GraphRequest['method'],
    path,
    query: url.searchParams,
    headers: { ...flattenHeaders(request), 'x-emulator-base-url': `${endpoint.baseUrl}${GRAPH_ROOT}` },
    body: body.value,
    caller: { user: caller.user, scopes: caller.scopes },
  };
  reply(await endpoint.route(graphRequest));
}

type Authentication =
  | { readonly ok: true; readonly user: EmulatorUser; readonly scopes: readonly string[] }
  | { readonly ok: false; readonly message: string };

function authenticate(authorization: string | undefined, endpoint: GraphEndpoint): Authentication {
  const match = authorization === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (match === null) return { ok: false, message: 'Access token is empty.' };
  const check = endpoint.tokens.verify(match[1] ?? '');
  if (!check.ok) {
    const messages = { malformed: 'IDX14100: JWT is not well formed.', badSignature: 'Invalid signature.', expired: 'Lifetime validation failed, the token is expired.' };
    return { ok: false, message: messages[check.reason] };
  }
  // A token for another resource (SharePoint's REST API) is not a Graph token.
  if (check.claims.aud !== GRAPH_AUDIENCE) return { ok: false, message: 'Invalid audience.' };
  const user = endpoint.users.find((candidate) => candidate.userPrincipalName.toLowerCase() === check.claims.upn.toLowerCase());
  if (user === undefined) return { ok: false, message: `The token's user ${check.claims.upn} does not exist.` };
  return { ok: true, user, scopes: check.claims.scopes };
}

function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
