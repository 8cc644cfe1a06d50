import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
import type { GraphRequest } from '@microsoft/microsoft-graph-client';
import { GraphError, isGraphError } from './GraphError';
import { downloadPreauthenticated } from './downloadPreauthenticated';
import { readGraphResponse } from './readGraphResponse';
import type { GraphResult } from './readGraphResponse';
import { DEFAULT_RETRY_POLICY, realSleep } from './RetryPolicy';
import type { RetryPolicy, Sleep } from './RetryPolicy';
import type { TokenSource } from './TokenSource';
import { BearerAuthStep } from './middleware/BearerAuthStep';
import { FailureCaptureStep } from './middleware/FailureCaptureStep';
import { FetchStep } from './middleware/FetchStep';
import type { FetchLike } from './middleware/FetchStep';
import { GraphCallOptions } from './middleware/GraphCallOptions';
import { RetryStep } from './middleware/RetryStep';
import { toGraphPath } from './toGraphPath';

/** How to reach Graph. */
export interface GraphClientConfig {
  /** Service root including the version: `https://graph.microsoft.com/v1.0` or `http://127.0.0.1:4280/graph/v1.0`. */
  readonly baseUrl: string;
  readonly tokenSource: TokenSource;
  /** The send step; defaults to the global `fetch`. */
  readonly fetch?: FetchLike;
  readonly retry?: Partial<RetryPolicy>;
  /** Injectable wait, so tests of backoff take no time. */
  readonly sleep?: Sleep;
  /** Injectable randomness for backoff jitter. @default Math.random */
  readonly random?: () => number;
}

/** HTTP methods the app uses against Graph. */
export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One request, addressed relative to the service root. */
export interface GraphRequestSpec {
  readonly method: GraphMethod;
  /** `/sites/...?...` (relative to the service root), or an absolute link Graph returned (nextLink, deltaLink). */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON body for POST, PATCH and PUT. */
  readonly body?: unknown;
  /**
   * Repeating the request is safe even though its method is not idempotent (a POST
   * carrying a unique SubmissionId). Default: judged by the method.
   */
  readonly idempotent?: boolean;
  /**
   * The delegated scopes this request's token must carry. Default: the token source's
   * (what the library needs). Set by {@link withScopes} for a feature's client.
   */
  readonly scopes?: readonly string[];
  /** `false`: the token only silently, never a sign-in or consent window (work in the background). @default true */
  readonly interactive?: boolean;
}

/** The one configured Graph root of the app. */
export interface GraphClient {
  /** The service root, without a trailing slash. */
  readonly baseUrl: string;
  /** The configured graph-client `Client`, wired to the same middleware chain. */
  readonly sdk: Client;
  /** The retry settings in force, for steps that retry on their own (`$batch` sub-requests). */
  readonly retry: RetrySettings;
  /** Sends one request through auth, retry and fetch; throws {@link GraphError} on failure. */
  send(request: GraphRequestSpec): Promise<GraphResult>;
  /**
   * Reads a pre-authenticated download URL that Graph returned
   * (`@microsoft.graph.downloadUrl`): without a token, retried like Graph calls.
   */
  download(url: string): Promise<string>;
}

/** A retry policy with the wait and randomness it runs on. */
export interface RetrySettings {
  readonly policy: RetryPolicy;
  readonly sleep: Sleep;
  readonly random: () => number;
}

/**
 * Configures graph-client with our middleware chain: failure capture -> retry ->
 * bearer auth -> fetch. All Graph traffic of the app goes through the returned root.
 */
export function createGraphClient(config: GraphClientConfig): GraphClient {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const versionAt = baseUrl.lastIndexOf('/');
  if (!/^https?:\/\/[^/]+/.test(baseUrl) || versionAt <= baseUrl.indexOf('//') + 1) {
    throw new Error(`Graph base URL must look like https://host/v1.0, got "${config.baseUrl}"`);
  }
  const retry: RetrySettings = {
    policy: { ...DEFAULT_RETRY_POLICY, ...config.retry },
    sleep: config.sleep ?? realSleep,
    random: config.random ?? Math.random,
  };
  // Bound late so a browser's fetch is never called detached from window.
  const fetchImpl: FetchLike = config.fetch ?? ((input, init) => fetch(input, init));
  const sdk = Client.initWithMiddleware({
    baseUrl: baseUrl.slice(0, versionAt),
    defaultVersion: baseUrl.slice(versionAt + 1),
    middleware: [
      new FailureCaptureStep(),
      new RetryStep(retry.policy, retry.sleep, retry.random),
      new BearerAuthStep(config.tokenSource),
      new FetchStep(fetchImpl),
    ],
  });

  async function send(request: GraphRequestSpec): Promise<GraphResult> {
    const options = new GraphCallOptions(request.idempotent, request.scopes, request.interactive);
    const call = sdk
      .api(toGraphPath(request.path, baseUrl))
      .headers({ ...request.headers })
      .middlewareOptions([options])
      .responseType(ResponseType.RAW);
    let raw: unknown;
    try {
      raw = await dispatch(call, request);
    } catch (error: unknown) {
      if (options.failure !== undefined) throw options.failure;
      if (isGraphError(error)) throw error;
      throw new GraphError({
        kind: 'unknown',
        status: 0,
        code: 'clientError',
        message: error instanceof Error ? error.message : String(error),
        cause: error,
      });
    }
    if (!isResponse(raw)) throw new Error('graph-client returned no Response for a RAW request');
    return readGraphResponse(raw);
  }

  return { baseUrl, sdk, retry, send, download: (url) => downloadPreauthenticated(url, fetchImpl, retry) };
}

async function dispatch(call: GraphRequest, request: GraphRequestSpec): Promise<unknown> {
  switch (request.method) {
    case 'GET':
      return (await call.get()) as unknown;
    case 'POST':
      return (await call.post(request.body)) as unknown;
    case 'PATCH':
      return (await call.patch(request.body)) as unknown;
    case 'PUT':
      return (await call.put(request.body)) as unknown;
    case 'DELETE':
      return (await call.delete()) as unknown;
  }
}

function isResponse(value: unknown): value is Response {
  return typeof value === 'object' && value !== null && typeof (value as Response).status === 'number' && typeof (value as Response).text === 'function';
}

/**
 * The same Graph root, asking for `scopes` on every request that names none: the client
 * of a feature with its own permission (favourites, channel posts, the people picker),
 * so its token is requested when the feature is first used, and a missing consent fails
 * that feature alone.
 */
export function withScopes(graph: GraphClient, scopes: readonly string[]): GraphClient {
  return { ...graph, send: (request) => graph.send(request.scopes === undefined ? { ...request, scopes } : request) };
}
