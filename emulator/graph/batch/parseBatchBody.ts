import type { GraphRequest } from '../graphTypes';

/** Graph's limit on requests in one `$batch`. */
export const MAX_BATCH_REQUESTS = 20;

/** One sub-request of a `$batch` as sent. */
export interface BatchSubRequest {
  readonly id: string;
  readonly method: GraphRequest['method'];
  readonly url: string;
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

const METHODS: readonly string[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

/**
 * Validates a `$batch` body as Graph does for the whole batch: a `requests` array of at
 * most 20, each with a unique id, a method and a URL, `dependsOn` naming ids in the same
 * batch, no cycles. Returns the sub-requests in execution order, or the 400 message.
 */
export function parseBatchBody(body: unknown): { readonly ok: true; readonly requests: BatchSubRequest[] } | { readonly ok: false; readonly message: string } {
  if (!isRecord(body) || !Array.isArray(body.requests)) return fail('The batch body must be a JSON object with a "requests" array.');
  const items: unknown[] = body.requests;
  if (items.length === 0) return fail('The batch must contain at least one request.');
  if (items.length > MAX_BATCH_REQUESTS) {
    return fail(`The batch contains ${items.length} requests; the limit is ${MAX_BATCH_REQUESTS}.`);
  }
  const requests: BatchSubRequest[] = [];
  const ids = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (!isRecord(item)) return fail(`Request ${index} must be an object.`);
    const { id, method, url, headers, body: subBody, dependsOn } = item;
    if (typeof id !== 'string' || id === '') return fail(`Request ${index} needs a non-empty string "id".`);
    if (ids.has(id)) return fail(`The batch contains more than one request with id "${id}".`);
    ids.add(id);
    if (typeof method !== 'string' || !METHODS.includes(method.toUpperCase())) return fail(`Request "${id}" has an invalid "method".`);
    if (typeof url !== 'string' || url === '') return fail(`Request "${id}" needs a string "url".`);
    const lowerHeaders: Record<string, string> = {};
    if (headers !== undefined) {
      if (!isRecord(headers)) return fail(`Request "${id}": "headers" must be an object.`);
      for (const [name, value] of Object.entries(headers)) {
        if (typeof value !== 'string') return fail(`Request "${id}": header "${name}" must be a string.`);
        lowerHeaders[name.toLowerCase()] = value;
      }
    }
    if (dependsOn !== undefined && (!Array.isArray(dependsOn) || !dependsOn.every((entry) => typeof entry === 'string'))) {
      return fail(`Request "${id}": "dependsOn" must be an array of request ids.`);
    }
    requests.push({
      id,
      method: method.toUpperCase() as GraphRequest['method'],
      url,
      headers: lowerHeaders,
      body: subBody,
      dependsOn: dependsOn ?? [],
    });
  }
  for (const request of requests) {
    for (const dependency of request.dependsOn) {
      if (!ids.has(dependency)) return fail(`Request "${request.id}" depends on unknown request "${dependency}".`);
      if (dependency === request.id) return fail(`Request "${request.id}" depends on itself.`);
    }
  }
  const ordered = executionOrder(requests);
  return ordered === undefined ? fail('The dependsOn references of the batch form a cycle.') : { ok: true, requests: ordered };
}

/** Topological order that keeps the sent order wherever dependencies allow; undefined on a cycle. */
function executionOrder(requests: readonly BatchSubRequest[]): BatchSubRequest[] | undefined {
  const done = new Set<string>();
  const ordered: BatchSubRequest[] = [];
  while (ordered.length < requests.length) {
    const next = requests.find((request) => !done.has(request.id) && request.dependsOn.every((dependency) => done.has(dependency)));
    if (next === undefined) return undefined;
    done.add(next.id);
    ordered.push(next);
  }
  return ordered;
}

function fail(message: string): { readonly ok: false; readonly message: string } {
  return { ok: false, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
