import { chainIdFor, createActivityNotifier } from '../../../graph';
import type { Outbox } from '../../../storage/outbox';
import type { IncidentActivityFeed } from './IncidentLearningEnvironment';

/** The action just assigned, and the case it belongs to. */
export interface AssignedAction {
  readonly submissionId: string;
  readonly title: string;
  readonly ownerUpn: string;
  readonly caseId: string;
  readonly caseTitle: string;
}

/**
 * What became of telling the owner: `sent`; `self` (Teams cannot notify the sender
 * themselves, and they know); `notStored` (SharePoint refused the action, so there is
 * nothing to point at); `failed` (Graph refused the notification, a missing consent
 * included: the action itself is stored all the same).
 */
export type OwnerNotification = 'sent' | 'self' | 'notStored' | 'failed';

/** Resolves once the outbox has sent (`true`) or been refused (`false`) this submission. */
export function whenStored(outbox: Outbox, list: string, submissionId: string): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const check = async (): Promise<void> => {
      if (settled) return;
      if (outbox.sentItem(list, submissionId) !== undefined) settle(true);
      else if ((await outbox.refused()).some((refused) => refused.list === list && refused.submissionId === submissionId)) settle(false);
    };
    const unsubscribe = outbox.subscribe(() => void check());
    const settle = (stored: boolean): void => {
      settled = true;
      unsubscribe();
      resolve(stored);
    };
    void check();
  });
}

/**
 * Tells the owner of a newly assigned action in their Teams activity feed, once the
 * action is in SharePoint (a notification about an action that never arrived would send
 * them looking for nothing). The chain id is the action's: a repeated send replaces the
 * first. The page the action was assigned from sends it; an action still queued when
 * that page closes arrives later without a notification.
 */
export async function notifyActionOwner(feed: IncidentActivityFeed, outbox: Outbox, actionsList: string, senderUpn: string, action: AssignedAction): Promise<OwnerNotification> {
  if (action.ownerUpn.toLowerCase() === senderUpn.toLowerCase()) return 'self';
  if (!(await whenStored(outbox, actionsList, action.submissionId))) return 'notStored';
  try {
    await createActivityNotifier(feed.graph).notify(action.ownerUpn, {
      activityType: 'actionAssigned',
      templateParameters: { actionTitle: action.title },
      topic: action.caseTitle,
      deepLink: feed.caseLink(action.caseId, action.caseTitle),
      previewText: action.title,
      chainId: chainIdFor(`action:${action.submissionId}`),
    });
    return 'sent';
  } catch {
    return 'failed';
  }
}
