import type { GraphClient } from './createGraphClient';

/** One notification in a person's Teams activity feed. */
export interface ActivityNotice {
  /** An activity type the app's manifest declares (`activities.activityTypes[].type`). */
  readonly activityType: string;
  /** The values of the type's `templateText` placeholders (`{actor}` is Teams' own). */
  readonly templateParameters: Readonly<Record<string, string>>;
  /** What the notification is about, as shown under the reason line. */
  readonly topic: string;
  /** The Teams deep link the notification opens. */
  readonly deepLink: string;
  /** Shown as the notification's preview; Teams shows the first 150 characters. */
  readonly previewText: string;
  /**
   * The same number for the same news: Teams replaces an earlier notification with this
   * chain id instead of adding one, so sending twice (a retry, a second device) shows once.
   */
  readonly chainId: number;
}

/** Sends activity feed notifications through Graph (`TeamsActivity.Send`). */
export interface ActivityNotifier {
  /** Notifies one person by object id or user principal name; a GraphError when Graph refuses (a missing consent is `forbidden`). */
  notify(recipient: string, notice: ActivityNotice): Promise<void>;
}

/**
 * `POST /users/{id | user-principal-name}/teamwork/sendActivityNotification` ("userTeamwork:
 * sendActivityNotification"): a text topic with the deep link as its `webUrl`. Marked
 * idempotent, so it is retried like a read: the chain id makes a repeated send replace
 * the first instead of showing twice. With `interactive: false` (work nobody asked for on
 * screen) its token comes silently or not at all.
 */
export function createActivityNotifier(graph: GraphClient, options: { readonly interactive?: boolean } = {}): ActivityNotifier {
  return {
    async notify(recipient, notice) {
      await graph.send({
        method: 'POST',
        // Background notifications (reminders) never open a consent window.
        ...(options.interactive === false ? { interactive: false } : {}),
        path: `/users/${encodeURIComponent(recipient)}/teamwork/sendActivityNotification`,
        idempotent: true,
        body: {
          topic: { source: 'text', value: notice.topic, webUrl: notice.deepLink },
          activityType: notice.activityType,
          previewText: { content: notice.previewText },
          templateParameters: Object.entries(notice.templateParameters).map(([name, value]) => ({ name, value })),
          chainId: notice.chainId,
        },
      });
    },
  };
}

/**
 * A chain id for a piece of news, from a stable key (e.g. `action:<SubmissionId>`): a
 * 32-bit FNV-1a hash, positive, so every device computes the same number.
 */
export function chainIdFor(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash === 0 ? 1 : hash;
}
