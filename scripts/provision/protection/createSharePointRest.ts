import type { TokenSource } from '../../../src/graph';

/** A refusal or failure of SharePoint's REST API. */
export class SharePointRestFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'SharePointRestFailure';
  }
}

/** SharePoint's REST API of one site (`https://host/sites/x/_api`), as the admin CLIs use it. */
export interface SharePointRest {
  /** The `_api` root, for messages. */
  readonly root: string;
  get<T>(path: string): Promise<T>;
  /** POST, optionally tunnelling MERGE (`X-HTTP-Method`); resolves undefined for 204. */
  post<T>(path: string, body?: unknown, tunnelledMethod?: 'MERGE'): Promise<T | undefined>;
}

/**
 * Eight, not five: a run makes a few hundred calls, and under heavy throttling (30% 429/503
 * and 10% dropped connections in the fault test) five failures in a row on one of them is
 * likely enough to stop a provisioning run halfway. Waits are capped, so eight stay short.
 */
const MAX_ATTEMPTS = 8;
const MAX_WAIT_MS = 8_000;

/**
 * A REST client with `odata=nometadata` JSON ("Working with the OData JSON format"), a
 * bearer token for the SharePoint resource, and the retry SharePoint asks for: on 429
 * and 503 wait `Retry-After` seconds ("Avoid getting throttled or blocked in SharePoint
 * Online"), at most eight attempts. A 401 refreshes the token once.
 */
export function createSharePointRest(root: string, tokens: TokenSource, sleep: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms))): SharePointRest {
  const send = async <T>(method: 'GET' | 'POST', path: string, body: unknown, tunnelledMethod: 'MERGE' | undefined): Promise<T | undefined> => {
    let refreshed = false;
    for (let attempt = 1; ; attempt += 1) {
      const token = await tokens.getAccessToken();
      let response: Response;
      try {
        response = await fetch(`${root}/${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json;odata=nometadata',
          ...(body === undefined ? {} : { 'content-type': 'application/json;odata=nometadata' }),
          ...(tunnelledMethod === undefined ? {} : { 'x-http-method': tunnelledMethod, 'if-match': '*' }),
        },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch (error: unknown) {
        // A dropped connection: every call here can be repeated (a step that did land is planned away on the next run).
        if (attempt < MAX_ATTEMPTS) {
          await sleep(Math.min(2 ** attempt * 250, MAX_WAIT_MS));
          continue;
        }
        throw error;
      }
      if (response.status === 401 && !refreshed && tokens.invalidate !== undefined) {
        refreshed = true;
        tokens.invalidate();
        continue;
      }
      if ((response.status === 429 || response.status === 503) && attempt < MAX_ATTEMPTS) {
        const seconds = Number(response.headers.get('retry-after') ?? '');
        await sleep(Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : Math.min(2 ** attempt * 500, MAX_WAIT_MS));
        continue;
      }
      const text = await response.text();
      if (!response.ok) throw new SharePointRestFailure(response.status, `${method} ${path}: ${response.status} ${errorMessageOf(text)}`);
      return text === '' ? undefined : (JSON.parse(text) as T);
    }
  };
  return {
    root,
    async get<T>(path: string): Promise<T> {
      const answer = await send<T>('GET', path, undefined, undefined);
      if (answer === undefined) throw new SharePointRestFailure(500, `GET ${path}: empty answer`);
      return answer;
    },
    post: <T>(path: string, body?: unknown, tunnelledMethod?: 'MERGE') => send<T>('POST', path, body, tunnelledMethod),
  };
}

function errorMessageOf(text: string): string {
  try {
    const parsed = JSON.parse(text) as { 'odata.error'?: { message?: { value?: string } }; error?: { message?: { value?: string } | string } };
    const error = parsed['odata.error'] ?? parsed.error;
    const message = typeof error?.message === 'string' ? error.message : error?.message?.value;
    return message ?? text.slice(0, 200);
  } catch {
    return text.slice(0, 200);
  }
}
