/** A parsed JSON body, `undefined` for an empty one, or the reason it is not JSON. */
export type JsonBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Parses a request body as JSON; an empty body is `undefined`, not an error. */
export function parseJsonBody(bytes: Buffer): JsonBody {
  const text = bytes.toString('utf8');
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error: unknown) {
    return { ok: false, message: `Unable to read JSON request payload: ${error instanceof Error ? error.message : 'invalid JSON'}` };
  }
}
