import { gzipSync } from 'node:zlib';

/** A JavaScript file the page loaded and its size on the wire once gzipped. */
export interface ChunkSize {
  /** Path of the script, without origin and query (e.g. `/assets/index-abc.js`). */
  readonly path: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** Gzip size of `content` at level 9, the level static hosts and CDNs use for pre-compressed assets. */
export function gzipBytes(content: Uint8Array | string): number {
  return gzipSync(content, { level: 9 }).byteLength;
}

/** Sizes one loaded script; `url` may be absolute. */
export function measureChunk(url: string, content: Uint8Array): ChunkSize {
  return { path: new URL(url, 'http://bench.invalid').pathname, rawBytes: content.byteLength, gzipBytes: gzipBytes(content) };
}

/** Chunks counted once per path (a script fetched twice is still one download), largest first. */
export function distinctChunks(chunks: readonly ChunkSize[]): ChunkSize[] {
  const byPath = new Map<string, ChunkSize>();
  for (const chunk of chunks) if (!byPath.has(chunk.path)) byPath.set(chunk.path, chunk);
  return [...byPath.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** Total gzip bytes of the distinct chunks. */
export function totalGzipBytes(chunks: readonly ChunkSize[]): number {
  return distinctChunks(chunks).reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
}

/** Bytes as kilobytes (1 KB = 1024 bytes), rounded to one decimal. */
export function toKilobytes(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}
