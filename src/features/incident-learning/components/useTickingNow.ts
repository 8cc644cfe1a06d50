import { useEffect, useState } from 'react';

const systemNow = (): Date => new Date();

/**
 * The current time, refreshed every half minute: what a deadline on screen needs to turn
 * red when it passes, without rendering every second. The default clock is one function,
 * so the timer is not restarted on every render.
 */
export function useTickingNow(now: () => Date = systemNow): Date {
  const [current, setCurrent] = useState(() => now());
  useEffect(() => {
    const timer = setInterval(() => setCurrent(now()), 30_000);
    return () => clearInterval(timer);
  }, [now]);
  return current;
}
