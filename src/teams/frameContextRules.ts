import type { HostCapability, HostFrameContext } from './TeamsHost';

/**
 * Frame contexts in which teams-js 2.58 allows each capability (its `ensureInitialized`
 * calls): outside them the call throws, so the app checks first.
 */
export const CAPABILITY_FRAME_CONTEXTS: Readonly<Record<HostCapability, readonly HostFrameContext[]>> = {
  sharing: ['content', 'sidePanel', 'task', 'stage', 'meetingStage'],
  'pages.config': ['settings', 'remove'],
  'pages.currentApp': ['content', 'sidePanel', 'settings', 'task', 'stage', 'meetingStage'],
  // teams-js pagesHelpers: shareDeepLink runs in content, sidePanel and meetingStage only.
  'pages.shareDeepLink': ['content', 'sidePanel', 'meetingStage'],
};

/** True when `capability` may be used in `frameContext`. */
export function isAllowedInFrameContext(capability: HostCapability, frameContext: HostFrameContext): boolean {
  return CAPABILITY_FRAME_CONTEXTS[capability].includes(frameContext);
}
