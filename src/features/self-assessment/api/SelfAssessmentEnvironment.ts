import type { FeaturePermission } from '../../../config/FeaturePermission';
import type { ChannelMessenger, ListClient } from '../../../graph';
import type { Instrument } from '../../../lists/instrumentMapping';
import type { DraftStore } from '../../../storage/drafts';
import type { Outbox } from '../../../storage/outbox';

/** What the self-assessment feature needs from the app; src/app builds it. */
export interface SelfAssessmentEnvironment {
  readonly lists: ListClient;
  readonly listNames: {
    readonly assessments: string;
    readonly assessmentResponses: string;
    /** The incident-learning Lessons list: the lessons behind a theme are shown while answering and in the results. */
    readonly lessons?: string;
  };
  /** The signed-in user: `id` is the object id SharePoint records as an item's author. */
  readonly user: { readonly upn: string; readonly id: string };
  /** Set in a channel tab: the team assessment of this channel is started and opened here. */
  readonly channel?: { readonly teamId: string; readonly channelId: string };
  readonly outbox: Outbox;
  readonly drafts: DraftStore;
  /** Posting the summary card; absent when channel posts are off in the configuration. */
  readonly messenger?: ChannelMessenger;
  /** What posting needs, to explain a missing consent. */
  readonly postPermission?: FeaturePermission;
  /** Whether the host can save a downloaded file (not the Teams mobile apps). @default true */
  readonly canDownloadFiles?: boolean;
  /** The library's instruments, for recommendations (the library's data, not its screens). */
  readonly loadInstruments: () => Promise<readonly Instrument[]>;
  /** Opens an instrument in the library. */
  readonly openInstrument?: (id: string) => void;
}
