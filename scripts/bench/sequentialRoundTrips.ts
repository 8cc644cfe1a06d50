/** A request as a time interval (epoch or any shared clock, milliseconds). */
export interface TimedInterval {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The number of round trips that had to happen one after another: the longest chain of
 * intervals where each starts at or after the previous one ended. Requests that overlap
 * (run in parallel) count once, because waiting for them costs one latency, not several.
 */
export function sequentialRoundTrips(intervals: readonly TimedInterval[]): number {
  const byEnd = [...intervals].sort((a, b) => a.endMs - b.endMs);
  // bestUpTo[i]: the longest chain among byEnd[0..i] that ends with any of them.
  const bestUpTo: number[] = [];
  let longest = 0;
  byEnd.forEach((interval, index) => {
    const before = lastEndingBy(byEnd, index, interval.startMs);
    const chain = 1 + (before < 0 ? 0 : (bestUpTo[before] ?? 0));
    longest = Math.max(longest, chain);
    bestUpTo.push(Math.max(chain, index > 0 ? (bestUpTo[index - 1] ?? 0) : 0));
  });
  return longest;
}

/** Index of the last interval among `sorted[0..limit)` that ended at or before `time`, or -1. */
function lastEndingBy(sorted: readonly TimedInterval[], limit: number, time: number): number {
  let low = 0;
  let high = limit - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.endMs ?? Infinity) <= time) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
