import { useCallback, useEffect, useState } from 'react';
import type { SignedInUser } from '../graph';
import type { AppServices } from './createAppServices';

/** The signed-in user, loading, or failed with a retry. */
export type SignedInUserState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly user: SignedInUser }
  | { readonly status: 'failed'; readonly retry: () => void };

/** Who is signed in, from Graph's `/me` (the token's user), for the sections that record who did something. */
export function useSignedInUser(services: AppServices): SignedInUserState {
  const [state, setState] = useState<SignedInUserState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);
  useEffect(() => {
    let cancelled = false;
    services.signedInUser().then(
      (user) => {
        if (!cancelled) setState({ status: 'ready', user });
      },
      () => {
        if (!cancelled) setState({ status: 'failed', retry });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [services, attempt, retry]);
  return state;
}
