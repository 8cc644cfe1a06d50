import { useCallback, useEffect, useState } from 'react';
import { isConsentMissing } from '../../../auth/isConsentMissing';
import type { IncidentLearningEnvironment } from './IncidentLearningEnvironment';

/** Whether the channel has only people of the own organisation, as far as the app could tell. */
export type ChannelInsidersCheck =
  | { readonly status: 'notNeeded' | 'unavailable' | 'checking' | 'insidersOnly' | 'consentRequired' | 'failed' }
  | { readonly status: 'outsiders'; readonly guests: number; readonly others: number };

/**
 * Reads who is in the channel when `needed` (a TLP:AMBER+STRICT lesson about to be
 * shared), and again on `retry`. `unavailable` when the configuration gives the app no
 * way to read channel members: the caller then does not post, because nobody checked.
 */
export function useChannelInsidersCheck(environment: IncidentLearningEnvironment, needed: boolean): { readonly check: ChannelInsidersCheck; readonly retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ readonly attempt: number; readonly check: ChannelInsidersCheck } | undefined>();
  const { channel, channelRoster } = environment;
  const runnable = needed && channel !== undefined && channelRoster !== undefined;
  useEffect(() => {
    if (!runnable) return undefined;
    let cancelled = false;
    channelRoster
      .roster.outsiders(channel, channelRoster.ownTenantId)
      .then((outsiders) => {
        if (cancelled) return;
        const none = outsiders.guests === 0 && outsiders.otherTenants === 0;
        setResult({ attempt, check: none ? { status: 'insidersOnly' } : { status: 'outsiders', guests: outsiders.guests, others: outsiders.otherTenants } });
      })
      .catch((error: unknown) => {
        if (!cancelled) setResult({ attempt, check: { status: isConsentMissing(error) ? 'consentRequired' : 'failed' } });
      });
    return () => {
      cancelled = true;
    };
  }, [runnable, channel, channelRoster, attempt]);
  const retry = useCallback(() => setAttempt((current) => current + 1), []);
  if (!needed) return { check: { status: 'notNeeded' }, retry };
  if (!runnable) return { check: { status: 'unavailable' }, retry };
  // A result of an earlier attempt is stale once the user asked again.
  return { check: result?.attempt === attempt ? result.check : { status: 'checking' }, retry };
}
