import { HOST_CLIENT_PROFILES, type HostClient, type HostFrame } from './hostClients';

/**
 * What the host answers to teams-js `initialize`. teams-js parses the third argument as
 * the runtime config, fast-forwards it from `apiVersion` 2 to 4, and from then on
 * `isSupported()` of a capability reads `runtime.supports` (e.g. `sharing.isSupported()`
 * is `!!runtime.supports.sharing`), and `nestedAppAuth.isNAAChannelRecommended()` reads
 * `isNAAChannelRecommended`. Only what the emulated client really offers is listed.
 */
export function runtimeConfigOf(client: HostClient): Record<string, unknown> {
  const profile = HOST_CLIENT_PROFILES[client];
  return {
    apiVersion: 2,
    isLegacyTeams: false,
    isNAAChannelRecommended: profile.naaRecommended,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: profile.supports,
  };
}

/** SDK version the host claims to support (teams-js compares it against API minimums). */
export const HOST_SUPPORTED_SDK_VERSION = '2.58.0';

/** teams-js frame contexts used by this host. */
export type TeamsFrameContext = 'content' | 'settings';

/** The frame context teams-js reports for a host frame. */
export function frameContextOf(frame: HostFrame): TeamsFrameContext {
  return frame === 'settings' ? 'settings' : 'content';
}

/** `args` of the answer to `initialize`: `[frameContext, hostClientType, runtimeConfigJson, sdkVersion]`. */
export function initializeAnswerArgs(frame: HostFrame, client: HostClient = 'teams-web'): readonly [TeamsFrameContext, string, string, string] {
  return [frameContextOf(frame), HOST_CLIENT_PROFILES[client].clientType, JSON.stringify(runtimeConfigOf(client)), HOST_SUPPORTED_SDK_VERSION];
}
