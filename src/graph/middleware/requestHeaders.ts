import type { Context } from '@microsoft/microsoft-graph-client';

/** Sets one header on the request in a context, whatever shape its headers have. */
export function setRequestHeader(context: Context, name: string, value: string): void {
  const options = context.options ?? {};
  context.options = options;
  const headers = options.headers;
  if (headers instanceof Headers) {
    headers.set(name, value);
  } else if (Array.isArray(headers)) {
    options.headers = [...headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase()), [name, value]];
  } else {
    const copy: Record<string, string> = {};
    for (const [key, existing] of Object.entries(headers ?? {})) {
      if (key.toLowerCase() !== name.toLowerCase()) copy[key] = existing;
    }
    copy[name] = value;
    options.headers = copy;
  }
}

/** The request's method, upper-case (GET when unset, as fetch does). */
export function requestMethod(context: Context): string {
  return (context.options?.method ?? 'GET').toUpperCase();
}

/** Reads and discards a response body we will not use, so the connection is freed. */
export async function discardBody(response: Response | undefined): Promise<void> {
  if (response === undefined || response.bodyUsed) return;
  try {
    await response.arrayBuffer();
  } catch {
    // The body was already broken; nothing left to free.
  }
}
