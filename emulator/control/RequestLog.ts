/** One Graph HTTP round trip as the emulator saw it. */
export interface LoggedRequest {
  readonly seq: number;
  readonly method: string;
  /** Path under `/graph/v1.0` with its query string. */
  readonly path: string;
  /** 0 when the connection was dropped by fault injection. */
  readonly status: number;
  /** The user whose token the request carried; undefined before or without a valid token. */
  readonly user?: string;
  /** Epoch milliseconds (fractional) when the request arrived and when its answer was sent. */
  readonly startMs: number;
  readonly endMs: number;
}

/** Oldest entries are forgotten past this many, so a long session cannot grow memory without bound. */
const CAPACITY = 20_000;

/**
 * In-memory log of Graph round trips. Benchmarks clear it, drive the tab, then count
 * requests and measure how many ran one after another.
 */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;

  record(entry: Omit<LoggedRequest, 'seq'>): void {
    this.seq += 1;
    this.entries.push({ seq: this.seq, ...entry });
    if (this.entries.length > CAPACITY) this.entries.splice(0, this.entries.length - CAPACITY);
  }

  list(): readonly LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}

/** Wall-clock milliseconds with sub-millisecond precision. */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now();
}
