import { GraphError, graphErrorKindFor } from './GraphError';
import { parseRetryAfter } from './retryAfter';

/** A successful Graph answer: status, headers and the parsed JSON body (undefined when empty). */
export interface GraphResult {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/**
 * The parsing step: turns a fetch `Response` into a {@link GraphResult}, or throws a
 * {@link GraphError} built from Graph's `{error:{code,message,innerError}}` body.
 */
export async function readGraphResponse(response: Response): Promise<GraphResult> {
  const text = await response.text();
  const body = parseJson(text);
  if (response.ok) return { status: response.status, headers: response.headers, body };
  throw graphErrorFromParts(response.status, response.headers, body, text);
}

/**
 * Builds the {@link GraphError} for a failed status; shared by whole responses and by
 * `$batch` sub-responses (whose headers are a plain object).
 */
export function graphErrorFromParts(
  status: number,
  headers: Headers | Readonly<Record<string, string>>,
  body: unknown,
  rawText?: string,
): GraphError {
  const header = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : headers[key];
  };
  const error = graphErrorBody(body);
  const requestId = header('request-id') ?? header('client-request-id') ?? error?.requestId;
  const retryAfterMs = parseRetryAfter(header('retry-after'));
  return new GraphError({
    kind: graphErrorKindFor(status, error?.code),
    status,
    code: error?.code ?? `http${status}`,
    message: error?.message ?? (rawText !== undefined && rawText !== '' ? rawText.slice(0, 500) : `HTTP ${status}`),
    ...(requestId === undefined ? {} : { requestId }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function graphErrorBody(body: unknown): { code?: string; message?: string; requestId?: string } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message, innerError } = error as { code?: unknown; message?: unknown; innerError?: unknown };
  const requestId =
    typeof innerError === 'object' && innerError !== null ? (innerError as Record<string, unknown>)['request-id'] : undefined;
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
    ...(typeof requestId === 'string' ? { requestId } : {}),
  };
}
