import { NO_FAULTS } from './faultSettings';
import type { FaultSettings } from './faultSettings';

/** What happens to one Graph request. */
export type FaultDecision =
  | { readonly kind: 'pass' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'throttle'; readonly status: 429 | 503; readonly retryAfterSeconds: number };

/** What the injector did since its settings were last changed: the figures of a fault run. */
export interface FaultCounts {
  /** Requests (and `$batch` sub-requests) a decision was made for. */
  readonly decided: number;
  readonly dropped: number;
  readonly throttled: number;
}

/**
 * Decides, request by request, which Graph calls are dropped or throttled. Driven by a
 * seeded PRNG that restarts whenever settings change, so a test that sets a seed sees
 * the same sequence of faults every run.
 */
export class FaultInjector {
  private current: FaultSettings = NO_FAULTS;
  private random: () => number = mulberry32(NO_FAULTS.seed);
  private counts = { decided: 0, dropped: 0, throttled: 0 };
  private releaseHeld: () => void = () => undefined;
  private held: Promise<void> = this.nextHold();

  get settings(): FaultSettings {
    return this.current;
  }

  /** Counted since the last `configure` or `clear`. */
  get injected(): FaultCounts {
    return { ...this.counts };
  }

  /** Resolves when the settings next change: what a request waits for under `holdRequests`. */
  whenReleased(): Promise<void> {
    return this.held;
  }

  configure(settings: FaultSettings): void {
    this.releaseHeld();
    this.held = this.nextHold();
    this.current = settings;
    this.random = mulberry32(settings.seed);
    this.counts = { decided: 0, dropped: 0, throttled: 0 };
  }

  private nextHold(): Promise<void> {
    return new Promise((resolve) => {
      this.releaseHeld = resolve;
    });
  }

  clear(): void {
    this.configure(NO_FAULTS);
  }

  /** For a whole HTTP request: dropped, throttled or passed. */
  decideForConnection(): FaultDecision {
    if (this.decideDrop()) return { kind: 'drop' };
    return this.decideThrottle(false);
  }

  /** For a `$batch` HTTP request: only dropped here, its sub-requests are throttled one by one. */
  decideDrop(): boolean {
    this.counts.decided += 1;
    const drop = this.current.dropRate > 0 && this.random() < this.current.dropRate;
    if (drop) this.counts.dropped += 1;
    return drop;
  }

  /** For a `$batch` sub-request: there is no connection of its own to drop. */
  decideThrottle(countRequest = true): FaultDecision {
    if (countRequest) this.counts.decided += 1;
    const { throttleRate, throttleStatuses, retryAfterSeconds } = this.current;
    if (throttleRate <= 0 || this.random() >= throttleRate) return { kind: 'pass' };
    this.counts.throttled += 1;
    const pick = Math.floor(this.random() * throttleStatuses.length);
    const status = throttleStatuses[Math.min(pick, throttleStatuses.length - 1)] ?? 429;
    return { kind: 'throttle', status, retryAfterSeconds };
  }
}

/** Small, well-known 32-bit PRNG; deterministic for a given seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
