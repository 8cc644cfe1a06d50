import type { FeaturePermission } from '../../../config/FeaturePermission';
import type { ChannelMessenger, ChannelRoster, DirectoryClient, GraphClient, ListClient } from '../../../graph';
import type { DraftStore } from '../../../storage/drafts';
import type { Outbox } from '../../../storage/outbox';

/** A question of the self-assessment's maturity model that a lesson can be linked to. */
export interface LinkableQuestion {
  readonly id: string;
  /** Theme and step ids of the model (the default model uses the app's own theme and step ids). */
  readonly theme: string;
  readonly step: string;
  readonly text: { readonly nl: string; readonly en: string };
}

/** Telling people in Teams' activity feed (configuration `scopes.activityFeed`). */
export interface IncidentActivityFeed {
  /** Graph with the activity feed's scopes (`TeamsActivity.Send`), asked for when first used. */
  readonly graph: GraphClient;
  /** The Teams deep link that opens a case in the app's personal tab. */
  readonly caseLink: (caseId: string, caseTitle: string) => string;
}

/** What the incident-learning feature needs from the app; src/app builds it. */
export interface IncidentLearningEnvironment {
  readonly lists: ListClient;
  /** Display names of the lists; TLP:RED and AMBER+STRICT lessons go to `restrictedLessons`. */
  readonly listNames: { readonly incidentCases: string; readonly lessons: string; readonly restrictedLessons: string; readonly actions: string; readonly breachRegister: string; readonly confidentialReports: string; readonly reminders: string; readonly confidentialReminders: string };
  /** The signed-in user: `id` is the object id SharePoint records as an item's author. */
  readonly user: { readonly upn: string; readonly id: string; readonly displayName?: string };
  /** Set in a channel tab: lessons can be posted there (when their TLP label allows). */
  readonly channel?: { readonly teamId: string; readonly channelId: string; readonly audience: 'organisation' | 'community' };
  readonly outbox: Outbox;
  readonly drafts: DraftStore;
  /** Posting cards; absent when channel posts are off in the configuration. */
  readonly messenger?: ChannelMessenger;
  /** What posting needs, to explain a missing consent. */
  readonly postPermission?: FeaturePermission;
  /**
   * Who is in the channel, for a TLP:AMBER+STRICT lesson (own organisation only); absent
   * when the configuration gives `channelMembers` no scopes: such a lesson is then not posted.
   */
  readonly channelRoster?: { readonly roster: ChannelRoster; readonly ownTenantId: string; readonly permission: FeaturePermission };
  /** Notifying people in Teams; absent when the configuration gives the activity feed no scopes. */
  readonly activityFeed?: IncidentActivityFeed;
  /** The people directory; absent when looking people up is off (names are then typed). */
  readonly directory?: DirectoryClient;
  /** What the directory needs, to explain a missing consent. */
  readonly peoplePermission?: FeaturePermission;
  readonly privacy?: { readonly studentNumberPattern?: string | undefined; readonly staffNumberPattern?: string | undefined };
  /** The maturity model's questions, so a lesson can name the ones it concerns (the self-assessment then shows it). */
  readonly loadMaturityQuestions?: () => Promise<readonly LinkableQuestion[]>;
  /** Whether the case team marks significant incidents under the Cyberbeveiligingswet (configuration `incidentLearning.cyberSecurityAct`). @default true */
  readonly cyberSecurityAct?: boolean | undefined;
  /** The institution's formal procedure for reports of a suspected wrongdoing (configuration `incidentLearning.whistleblower`). */
  readonly whistleblower?: { readonly contact?: string | undefined; readonly procedureUrl?: string | undefined } | undefined;
  /** Whether the host can save a downloaded file (not the Teams mobile apps). @default true */
  readonly canDownloadFiles?: boolean;
  /** @default () => new Date() */
  readonly now?: () => Date;
}
