import type { InstrumentSharing } from '../features/instruments/model/InstrumentSharing';
import { isConsentMissing } from '../auth/isConsentMissing';
import type { FeaturePermission } from '../config/FeaturePermission';
import { isGraphError, type ChannelMessenger } from '../graph';
import type { TeamsContext, TeamsHost } from '../teams';
import { routeDeepLink } from './routes/routeDeepLink';
import { routeToSubPageId, routeToUrl } from './routes/routeFormat';
import { optionalEntry } from '../lists/optionalEntry';

/** The personal tab of the library (manifest `staticTabs[0].entityId`): deep links land there when no tab is known. */
const LIBRARY_ENTITY_ID = 'instruments';

/** What {@link createInstrumentSharing} needs. */
export interface InstrumentSharingEnvironment {
  readonly host: TeamsHost;
  readonly context: TeamsContext;
  /** The tab's origin: the fallback link outside Teams is this tab's own URL. */
  readonly origin: string;
  /** Posting through Graph; absent when the configuration gives channel posts no scopes (off). */
  readonly messenger?: () => ChannelMessenger;
  /** The configured Teams app id for deep links (the catalogue id); else the host's `appId`. */
  readonly teamsAppId?: string | undefined;
  /** The scopes posting needs and where they are granted. */
  readonly postPermission?: FeaturePermission;
}

/**
 * Sharing for the library: a Teams deep link to the instrument (into this channel tab
 * when in one, else the personal tab; the tab's own URL when the host gives no app id),
 * the host's share dialog where `isSupported('sharing')`, and posting a card through
 * Graph in a channel tab.
 */
export function createInstrumentSharing({ host, context, origin, messenger, postPermission, teamsAppId }: InstrumentSharingEnvironment): InstrumentSharing {
  const appId = teamsAppId ?? context.appId;
  const linkFor = (instrument: { readonly id: string; readonly title: string }): string => {
    const inChannel = context.channelId !== undefined && context.pageId !== undefined;
    return routeDeepLink(
      { screen: 'instrument', id: instrument.id },
      {
        appId,
        origin,
        entityId: inChannel && context.pageId !== undefined ? context.pageId : LIBRARY_ENTITY_ID,
        ...(inChannel && context.channelId !== undefined ? { channelId: context.channelId } : {}),
        label: instrument.title,
      },
    );
  };
  // An archived team takes no new posts ("Archive team"): posting is not offered there.
  const channel = context.teamId !== undefined && context.channelId !== undefined && context.teamArchived !== true ? { teamId: context.teamId, channelId: context.channelId } : undefined;
  return {
    linkFor,
    ...(host.isSupported('pages.shareDeepLink').ok
      ? {
          offerLink: (instrument) => {
            const route = { screen: 'instrument', id: instrument.id } as const;
            const result = host.offerDeepLink({ subPageId: routeToSubPageId(route), label: instrument.title, webUrl: routeToUrl(`${origin}/`, route) });
            return result.ok ? 'offered' : 'failed';
          },
        }
      : {}),
    ...(host.isSupported('sharing').ok
      ? {
          shareToTeams: async (instrument) => {
            const result = await host.shareWebContent({ url: linkFor(instrument), message: instrument.title });
            return result.ok ? 'shared' : result.code === 'cancelled' ? 'cancelled' : 'failed';
          },
        }
      : {}),
    ...(channel === undefined || messenger === undefined
      ? {}
      : {
          postToChannel: async (card) => {
            try {
              await messenger().postCard(channel, card);
              return 'posted';
            } catch (error: unknown) {
              if (isConsentMissing(error)) return 'consentRequired';
              return isGraphError(error) && error.kind === 'forbidden' ? 'forbidden' : 'failed';
            }
          },
          ...optionalEntry('postPermission', postPermission),
        }),
  };
}
