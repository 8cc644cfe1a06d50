import type { IncomingMessage } from 'node:http';

/** Largest request body the emulator accepts (Graph itself caps JSON payloads near this). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export type BodyRead = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly reason: 'tooLarge' | 'aborted' };

/**
 * Reads a request body up to `limit` bytes. Past the limit it stops buffering and says
 * so; the rest is drained by the caller's `Connection: close` answer, so an oversized
 * upload can neither exhaust memory nor leave the socket in an undefined state.
 */
export function readRequestBody(request: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<BodyRead> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.resolve({ ok: false, reason: 'tooLarge' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyRead): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle({ ok: false, reason: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => settle({ ok: true, bytes: Buffer.concat(chunks) }));
    request.on('error', () => settle({ ok: false, reason: 'aborted' }));
    request.on('close', () => settle({ ok: false, reason: 'aborted' }));
  });
}
