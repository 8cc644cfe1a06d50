import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { distinctChunks, gzipBytes, measureChunk, toKilobytes, totalGzipBytes } from './gzipSize';

describe('gzip sizing', () => {
  it('measures the gzip stream that really decompresses to the content', () => {
    const content = 'export const x = 1;\n'.repeat(500);
    const size = gzipBytes(content);
    const stream = gzipSync(content, { level: 9 });
    expect(size).toBe(stream.byteLength);
    expect(gunzipSync(stream).toString()).toBe(content);
    // Repetitive JavaScript compresses well; random bytes do not.
    expect(size).toBeLessThan(content.length / 20);
    expect(gzipBytes(randomBytes(4096))).toBeGreaterThan(4000);
  });

  it('names a chunk by its path and keeps the raw size', () => {
    const chunk = measureChunk('http://127.0.0.1:4280/assets/index-abc.js?v=1', new TextEncoder().encode('let a = 1;'));
    expect(chunk).toEqual({ path: '/assets/index-abc.js', rawBytes: 10, gzipBytes: gzipBytes('let a = 1;') });
  });

  it('counts a script fetched twice once and sorts the largest first', () => {
    const small = { path: '/a.js', rawBytes: 10, gzipBytes: 30 };
    const large = { path: '/b.js', rawBytes: 900, gzipBytes: 400 };
    expect(distinctChunks([small, large, small])).toEqual([large, small]);
    expect(totalGzipBytes([small, large, small])).toBe(430);
  });

  it('shows kilobytes of 1024 bytes with one decimal', () => {
    expect(toKilobytes(256_000)).toBe(250);
    expect(toKilobytes(1536)).toBe(1.5);
    expect(toKilobytes(0)).toBe(0);
  });
});
