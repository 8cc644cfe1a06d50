import type { HostFrame } from './hostScene';

/**
 * What the host answers to teams-js `initialize`. teams-js parses the third argument as
 * the runtime config, fast-forwards it from `apiVersion` 2 to 4, and from then on
 * `isSupported()` of a capability reads `runtime.supports` (e.g. `sharing.isSupported()`
 * is `!!runtime.supports.sharing`). Only what this host really implements is listed.
 */
export const HOST_RUNTIME_CONFIG = {
  apiVersion: 2,
  isLegacyTeams: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: {
    // `app` without `notifySuccessResponse`: notifySuccess stays a one-way message.
    app: {},
    pages: { config: {}, currentApp: {} },
    sharing: {},
  },
} as const;

/** Host client type the emulator reports: Teams on the web. */
export const HOST_CLIENT_TYPE = 'web';
/** SDK version the host claims to support (teams-js compares it against API minimums). */
export const HOST_SUPPORTED_SDK_VERSION = '2.58.0';

/** teams-js frame contexts used by this host. */
export type TeamsFrameContext = 'content' | 'settings';

/** The frame context teams-js reports for a host frame. */
export function frameContextOf(frame: HostFrame): TeamsFrameContext {
  return frame === 'settings' ? 'settings' : 'content';
}

/** `args` of the answer to `initialize`: `[frameContext, hostClientType, runtimeConfigJson, sdkVersion]`. */
export function initializeAnswerArgs(frame: HostFrame): readonly [TeamsFrameContext, string, string, string] {
  return [frameContextOf(frame), HOST_CLIENT_TYPE, JSON.stringify(HOST_RUNTIME_CONFIG), HOST_SUPPORTED_SDK_VERSION];
}
