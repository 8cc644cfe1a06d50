import { useCallback, useEffect, useState } from 'react';
import type { PublishedInstruments } from './listPublishedInstruments';

/** Where loading the instruments stands. */
export type PublishedInstrumentsState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly result: PublishedInstruments }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * Runs `load` on mount and on `retry()`; a result that arrives after unmount or after a
 * newer attempt is dropped.
 */
export function usePublishedInstruments(load: () => Promise<PublishedInstruments>): {
  readonly state: PublishedInstrumentsState;
  readonly retry: () => void;
} {
  const [state, setState] = useState<PublishedInstrumentsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    load().then(
      (result) => {
        if (current) setState({ status: 'loaded', result });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((previous) => previous + 1);
  }, []);

  return { state, retry };
}
