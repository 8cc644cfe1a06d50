import { useSyncExternalStore } from 'react';
import type { Outbox } from './createOutbox';
import type { OutboxStatus } from './OutboxSubmission';

/** The outbox's status, re-rendering on every change (for "saved locally / sending / saved" indicators). */
export function useOutboxStatus(outbox: Outbox): OutboxStatus {
  return useSyncExternalStore(
    (onChange) => outbox.subscribe(onChange),
    () => outbox.status(),
  );
}
