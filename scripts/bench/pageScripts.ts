import type { BrowserContext, Frame, Response } from 'playwright-core';
import { measureChunk, type ChunkSize } from './gzipSize';

/** A script response kept until its size is needed. */
interface SeenScript {
  readonly url: string;
  /** Epoch milliseconds when the request was sent. */
  readonly startedMs: number;
  readonly response: Response;
}

/** Records the JavaScript files a context downloads, optionally only those of some frames. */
export class PageScripts {
  private readonly seen: SeenScript[] = [];

  /** Starts recording every JavaScript response of `context` for which `frameFilter` holds. */
  constructor(context: BrowserContext, frameFilter: (frame: Frame) => boolean) {
    context.on('response', (response) => {
      const request = response.request();
      if (!isJavaScript(response)) return;
      let frame: Frame;
      try {
        frame = request.frame();
      } catch {
        return; // service worker requests have no frame
      }
      if (!frameFilter(frame)) return;
      this.seen.push({ url: response.url(), startedMs: request.timing().startTime, response });
    });
  }

  /** Gzip sizes of the scripts requested before `epochMs`. */
  async requestedBefore(epochMs: number): Promise<ChunkSize[]> {
    const chunks: ChunkSize[] = [];
    for (const script of this.seen.filter((entry) => entry.startedMs <= epochMs)) {
      chunks.push(measureChunk(script.url, await script.response.body()));
    }
    return chunks;
  }
}

function isJavaScript(response: Response): boolean {
  if (response.status() !== 200) return false;
  const path = new URL(response.url()).pathname;
  const type = response.headers()['content-type'] ?? '';
  return /\.(m?js)$/.test(path) || type.includes('javascript');
}
