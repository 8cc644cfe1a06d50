/** The app's only door to the host (teams-js lives behind it). */
export { buildTabDeepLink } from './buildTabDeepLink';
export type { TabDeepLinkTarget } from './buildTabDeepLink';
export { connectTeamsHost, hasParentWindow } from './connectTeamsHost';
export type { ConnectTeamsHostOptions, ConnectedTeamsHost } from './connectTeamsHost';
export { createStandaloneHost } from './createStandaloneHost';
export type { StandaloneEnvironment } from './createStandaloneHost';
export { createTeamsJsHost } from './createTeamsJsHost';
export type { TeamsJsHostOptions } from './createTeamsJsHost';
export { TeamsHostError, isTeamsHostError, notSupported } from './TeamsHost';
export type {
  AppFailureReason,
  CapabilityCheck,
  HostActionResult,
  HostCapability,
  HostFrameContext,
  HostThemeName,
  NotSupported,
  NotSupportedReason,
  ShareableLink,
  TabConfigSaveHandler,
  TabInstanceConfig,
  TeamsContext,
  TeamsHost,
  TeamsHostErrorCode,
  TeamsHostKind,
} from './TeamsHost';
