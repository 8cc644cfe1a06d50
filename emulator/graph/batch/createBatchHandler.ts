import type { FaultInjector } from '../../faults/FaultInjector';
import { graphError } from '../graphTypes';
import type { GraphHandler, GraphRequest, GraphResponse } from '../graphTypes';
import { throttledResponse } from '../throttledResponse';
import { parseBatchBody } from './parseBatchBody';
import type { BatchSubRequest } from './parseBatchBody';

/** One entry of the `responses` array of a `$batch` answer. */
export interface BatchSubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/**
 * `POST /$batch`: runs each sub-request through `route` (the same router plain requests
 * use) in dependsOn order, each one faulted on its own, and answers 200 with every
 * sub-response, as Graph does even when sub-requests fail.
 */
export function createBatchHandler(route: GraphHandler, faults: FaultInjector): GraphHandler {
  return async (request) => {
    const parsed = parseBatchBody(request.body);
    if (!parsed.ok) return graphError(400, 'BadRequest', parsed.message);
    const statusById = new Map<string, number>();
    const responses: BatchSubResponse[] = [];
    for (const sub of parsed.requests) {
      const response = await runSubRequest(sub, request, statusById, route, faults);
      statusById.set(sub.id, response.status);
      responses.push(response);
    }
    return { status: 200, body: { responses } };
  };
}

async function runSubRequest(
  sub: BatchSubRequest,
  outer: GraphRequest,
  statusById: ReadonlyMap<string, number>,
  route: GraphHandler,
  faults: FaultInjector,
): Promise<BatchSubResponse> {
  const failed = sub.dependsOn.find((dependency) => (statusById.get(dependency) ?? 0) >= 400);
  if (failed !== undefined) {
    return toSubResponse(sub.id, graphError(424, 'failedDependency', `The request depends on request "${failed}", which failed.`));
  }
  const target = resolveSubRequestUrl(sub.url);
  if (!target.ok) return toSubResponse(sub.id, graphError(400, 'BadRequest', target.message));
  if (sub.body !== undefined && sub.headers['content-type'] === undefined) {
    return toSubResponse(sub.id, graphError(400, 'BadRequest', 'A request with a body must specify the Content-Type header.'));
  }
  if (target.path === '/$batch') return toSubResponse(sub.id, graphError(400, 'BadRequest', 'A $batch cannot contain another $batch.'));
  const fault = faults.decideThrottle();
  if (fault.kind === 'throttle') return toSubResponse(sub.id, throttledResponse(fault.status, fault.retryAfterSeconds));
  const response = await route({
    method: sub.method,
    path: target.path,
    query: target.query,
    // The batch's own base URL lets handlers build absolute nextLinks for sub-requests too.
    headers: { ...sub.headers, 'x-emulator-base-url': outer.headers['x-emulator-base-url'] },
    body: sub.body,
    caller: outer.caller,
  });
  return toSubResponse(sub.id, response);
}

type ResolvedUrl = { readonly ok: true; readonly path: string; readonly query: URLSearchParams } | { readonly ok: false; readonly message: string };

/**
 * Graph takes sub-request URLs relative to the version root (`/me`, `sites/...`) and
 * refuses absolute URLs and URLs that repeat the version segment.
 */
export function resolveSubRequestUrl(url: string): ResolvedUrl {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return { ok: false, message: `Invalid request URL "${url}": batch request URLs must be relative to the service root.` };
  }
  if (/^\/?(v1\.0|beta)(\/|$|\?)/i.test(url)) {
    return { ok: false, message: `Invalid request URL "${url}": batch request URLs must not include the version segment.` };
  }
  const relative = url.startsWith('/') ? url : `/${url}`;
  const parsed = new URL(relative, 'http://batch.invalid');
  return { ok: true, path: parsed.pathname, query: parsed.searchParams };
}

function toSubResponse(id: string, response: GraphResponse): BatchSubResponse {
  const headers: Record<string, string> = { ...response.headers };
  if (response.body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    headers['Content-Type'] = 'application/json';
  }
  return response.body === undefined ? { id, status: response.status, headers } : { id, status: response.status, headers, body: response.body };
}
