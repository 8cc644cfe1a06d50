import { chainIdFor, createActivityNotifier } from '../../../graph';
import type { Outbox } from '../../../storage/outbox';
import type { IncidentActivityFeed } from './IncidentLearningEnvironment';

/** The action just assigned, and the case it belongs to (its SubmissionId). */
export interface AssignedAction {
  readonly submissionId: string;
  readonly title: string;
  readonly ownerUpn: string;
  readonly caseId: string;
}

/**
 * What became of telling the owner: `sent`; `self` (Teams cannot notify the sender
 * themselves, and they know); `notStored` (SharePoint refused the action, so there is
 * nothing to point at); `failed` (Graph refused the notification, a missing consent
 * included: the action itself is stored all the same).
 */
export type OwnerNotification = 'sent' | 'self' | 'notStored' | 'failed';

/** Resolves once the outbox has sent (`true`) or been refused (`false`) this submission; `false` too when `signal` aborts (the form went away). */
export function whenStored(outbox: Outbox, list: string, submissionId: string, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const check = async (): Promise<void> => {
      if (settled) return;
      if (outbox.sentItem(list, submissionId) !== undefined) settle(true);
      else if ((await outbox.refused()).some((refused) => refused.list === list && refused.submissionId === submissionId)) settle(false);
    };
    const unsubscribe = outbox.subscribe(() => void check());
    const settle = (stored: boolean): void => {
      if (settled) return;
      settled = true;
      unsubscribe();
      signal?.removeEventListener('abort', abandon);
      resolve(stored);
    };
    const abandon = (): void => settle(false);
    if (signal?.aborted === true) abandon();
    signal?.addEventListener('abort', abandon);
    void check();
  });
}

/**
 * Tells the owner of a newly assigned action in their Teams activity feed, once the
 * action is in SharePoint (a notification about an action that never arrived would send
 * them looking for nothing). The page the action was assigned from sends it: an action
 * still queued when that page goes away arrives later without a notification. It names
 * the action, not the case: an owner outside the case team may not read the case (its
 * link then opens incident learning, where the owner finds the action under *Acties*).
 * The chain id is the action's: a repeated send replaces the first.
 */
export async function notifyActionOwner(feed: IncidentActivityFeed, outbox: Outbox, actionsList: string, senderUpn: string, action: AssignedAction, signal?: AbortSignal): Promise<OwnerNotification> {
  if (action.ownerUpn.toLowerCase() === senderUpn.toLowerCase()) return 'self';
  if (!(await whenStored(outbox, actionsList, action.submissionId, signal))) return 'notStored';
  try {
    await createActivityNotifier(feed.graph).notify(action.ownerUpn, {
      activityType: 'actionAssigned',
      templateParameters: { actionTitle: action.title },
      // The owner is often no case-team member: the case's title is not theirs to read.
      topic: action.title,
      deepLink: feed.caseLink(action.caseId, action.title),
      previewText: action.title,
      chainId: chainIdFor(`action:${action.submissionId}`),
    });
    return 'sent';
  } catch {
    return 'failed';
  }
}
