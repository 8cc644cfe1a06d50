import type { GraphClient, GraphMethod } from './createGraphClient';
import { GraphError } from './GraphError';
import { graphErrorFromParts } from './readGraphResponse';
import { isIdempotentMethod, isRetryableStatus, retryDelayMs } from './RetryPolicy';

/** Graph refuses a `$batch` with more than 20 requests. */
export const MAX_BATCH_SIZE = 20;

/** One request inside a `$batch`. */
export interface BatchRequest {
  readonly method: GraphMethod;
  /**
   * Relative to the service root WITHOUT the version segment, e.g. `/sites/{id}/lists/{id}/items`
   * (a `/v1.0/...` URL inside a batch is a 400 from Graph).
   */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON body; `Content-Type: application/json` is added when missing. */
  readonly body?: unknown;
  /** Indexes (into the same array) of earlier requests that must succeed first. */
  readonly dependsOn?: readonly number[];
  /** Repeating is safe although the method is not idempotent (see `GraphRequestSpec.idempotent`). */
  readonly idempotent?: boolean;
}

/** The answer to one {@link BatchRequest}; `error` is set for statuses >= 400. */
export interface BatchResult {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly error: GraphError | undefined;
}

interface SubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/**
 * Sends any number of requests as `$batch` calls with hand-written bodies (graph-client
 * 3.0.7 keeps `/v1.0` in sub-request URLs). Splits into batches of at most 20, keeping
 * each `dependsOn` chain in one batch; repeats throttled sub-requests (and their 424
 * dependents) after the largest `Retry-After` among them, or with backoff when none is
 * given. Results come back in request order; per-request failures are returned, not thrown.
 */
export async function runBatch(graph: GraphClient, requests: readonly BatchRequest[]): Promise<BatchResult[]> {
  requests.forEach(validateRequest);
  const results: (BatchResult | undefined)[] = new Array<BatchResult | undefined>(requests.length).fill(undefined);
  for (const chunk of planBatches(requests)) {
    const answered = await runOneBatch(graph, requests, chunk);
    for (const [index, result] of answered) results[index] = result;
  }
  return results.map((result, index) => {
    if (result === undefined) throw new Error(`No answer for batch request ${index}`);
    return result;
  });
}

/**
 * Groups request indexes into batches of at most {@link MAX_BATCH_SIZE}, in order,
 * never separating a request from the requests it depends on.
 */
export function planBatches(requests: readonly BatchRequest[]): number[][] {
  // Union-find over dependsOn edges: each group must share a batch.
  const parent = requests.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  requests.forEach((request, index) => {
    for (const dependency of request.dependsOn ?? []) parent[find(index)] = find(dependency);
  });
  const groups = new Map<number, number[]>();
  requests.forEach((_, index) => {
    const root = find(index);
    const group = groups.get(root) ?? [];
    group.push(index);
    groups.set(root, group);
  });
  const batches: number[][] = [];
  let current: number[] = [];
  for (const group of groups.values()) {
    if (group.length > MAX_BATCH_SIZE) {
      throw new RangeError(`A dependsOn chain of ${group.length} requests does not fit one $batch of ${MAX_BATCH_SIZE}`);
    }
    if (current.length + group.length > MAX_BATCH_SIZE) {
      batches.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) batches.push(current);
  return batches.map((batch) => batch.sort((a, b) => a - b));
}

/** The JSON body of one `$batch` POST for the given request indexes. */
export function buildBatchBody(requests: readonly BatchRequest[], indexes: readonly number[]): { requests: unknown[] } {
  return {
    requests: indexes.map((index) => {
      const request = requests[index];
      if (request === undefined) throw new RangeError(`No batch request ${index}`);
      const headers: Record<string, string> = { ...request.headers };
      const hasBody = request.body !== undefined;
      if (hasBody && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
        headers['Content-Type'] = 'application/json';
      }
      const dependsOn = (request.dependsOn ?? []).filter((dependency) => indexes.includes(dependency)).map(String);
      return {
        id: String(index),
        method: request.method,
        url: request.url,
        ...(Object.keys(headers).length > 0 ? { headers } : {}),
        ...(hasBody ? { body: request.body } : {}),
        ...(dependsOn.length > 0 ? { dependsOn } : {}),
      };
    }),
  };
}

async function runOneBatch(graph: GraphClient, requests: readonly BatchRequest[], indexes: readonly number[]): Promise<Map<number, BatchResult>> {
  const { policy, sleep, random } = graph.retry;
  const done = new Map<number, BatchResult>();
  let pending = [...indexes];
  let waitedMs = 0;
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    const responses = await sendBatch(graph, requests, pending);
    const retry = new Set<number>();
    let serverDelay: number | undefined;
    for (const index of pending) {
      const response = responses.get(index);
      const request = requests[index];
      if (response === undefined || request === undefined) throw missingAnswer(index);
      if (isRetryableStatus(response.status, isSafeToRepeat(request))) {
        retry.add(index);
        const header = headerValue(response.headers, 'retry-after');
        if (header !== undefined) serverDelay = Math.max(serverDelay ?? 0, retryDelayMs(policy, attempt, header, random));
      }
    }
    // A dependent that failed only because its throttled dependency did (424) goes again with it.
    for (const index of pending) {
      const response = responses.get(index);
      if (response?.status === 424 && dependsOnAny(requests, index, retry)) retry.add(index);
    }
    const delay = serverDelay ?? retryDelayMs(policy, attempt, undefined, random);
    const giveUp = retry.size === 0 || attempt >= policy.maxAttempts || waitedMs + delay > policy.maxTotalDelayMs;
    for (const index of pending) {
      if (!giveUp && retry.has(index)) continue;
      const response = responses.get(index);
      if (response === undefined) throw missingAnswer(index);
      done.set(index, toResult(response));
    }
    if (giveUp) break;
    pending = pending.filter((index) => retry.has(index));
    await sleep(delay);
    waitedMs += delay;
  }
  return done;
}

async function sendBatch(graph: GraphClient, requests: readonly BatchRequest[], indexes: readonly number[]): Promise<Map<number, SubResponse>> {
  const result = await graph.send({
    method: 'POST',
    path: '/$batch',
    body: buildBatchBody(requests, indexes),
    idempotent: indexes.every((index) => {
      const request = requests[index];
      return request !== undefined && isSafeToRepeat(request);
    }),
  });
  const responses = new Map<number, SubResponse>();
  for (const response of parseBatchResponses(result.body)) responses.set(Number(response.id), response);
  return responses;
}

function parseBatchResponses(body: unknown): SubResponse[] {
  const list = typeof body === 'object' && body !== null ? (body as { responses?: unknown }).responses : undefined;
  if (!Array.isArray(list)) {
    throw new GraphError({ kind: 'unknown', status: 0, code: 'malformedResponse', message: 'A $batch response has no responses array' });
  }
  return list.map((entry: unknown) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const { id, status, headers, body: subBody } = record;
    if (typeof id !== 'string' || typeof status !== 'number') {
      throw new GraphError({ kind: 'unknown', status: 0, code: 'malformedResponse', message: 'A $batch sub-response lacks id or status' });
    }
    return { id, status, headers: stringRecord(headers), body: subBody };
  });
}

function toResult(response: SubResponse): BatchResult {
  return {
    status: response.status,
    headers: response.headers,
    body: response.body,
    error: response.status >= 400 ? graphErrorFromParts(response.status, response.headers, response.body) : undefined,
  };
}

function validateRequest(request: BatchRequest, index: number): void {
  if (!request.url.startsWith('/') || /^\/(v1\.0|beta)(\/|$)/i.test(request.url)) {
    throw new TypeError(`Batch request ${index}: the URL must be relative to the service root without a version segment, got ${request.url}`);
  }
  for (const dependency of request.dependsOn ?? []) {
    if (!Number.isInteger(dependency) || dependency < 0 || dependency >= index) {
      throw new RangeError(`Batch request ${index}: dependsOn must name earlier requests, got ${dependency}`);
    }
  }
}

function isSafeToRepeat(request: BatchRequest): boolean {
  return request.idempotent ?? isIdempotentMethod(request.method);
}

function dependsOnAny(requests: readonly BatchRequest[], index: number, targets: ReadonlySet<number>): boolean {
  const seen = new Set<number>();
  const stack = [...(requests[index]?.dependsOn ?? [])];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined || seen.has(next)) continue;
    if (targets.has(next)) return true;
    seen.add(next);
    stack.push(...(requests[next]?.dependsOn ?? []));
  }
  return false;
}

function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function stringRecord(value: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return record;
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string' || typeof entry === 'number') record[key] = String(entry);
  }
  return record;
}

function missingAnswer(index: number): GraphError {
  return new GraphError({ kind: 'unknown', status: 0, code: 'malformedResponse', message: `The $batch response has no answer for request ${index}` });
}
