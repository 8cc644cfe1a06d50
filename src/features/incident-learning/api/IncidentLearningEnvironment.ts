import type { ChannelMessenger, DirectoryClient, ListClient } from '../../../graph';
import type { DraftStore } from '../../../storage/drafts';
import type { Outbox } from '../../../storage/outbox';

/** What the incident-learning feature needs from the app; src/app builds it. */
export interface IncidentLearningEnvironment {
  readonly lists: ListClient;
  readonly listNames: { readonly incidentCases: string; readonly lessons: string; readonly actions: string };
  readonly user: { readonly upn: string; readonly displayName?: string };
  /** Set in a channel tab: lessons can be posted there (when their TLP label allows). */
  readonly channel?: { readonly teamId: string; readonly channelId: string; readonly audience: 'organisation' | 'community' };
  readonly outbox: Outbox;
  readonly drafts: DraftStore;
  readonly messenger?: ChannelMessenger;
  readonly directory: DirectoryClient;
  readonly privacy?: { readonly studentNumberPattern?: string | undefined; readonly staffNumberPattern?: string | undefined };
  /** @default () => new Date() */
  readonly now?: () => Date;
}
