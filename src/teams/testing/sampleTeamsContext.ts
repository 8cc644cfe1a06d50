import type { TeamsContext } from '../TeamsHost';

/** A Teams web content-frame context for tests: the coordinator in a personal tab; override what a test is about. */
export function sampleTeamsContext(overrides: Partial<TeamsContext> = {}): TeamsContext {
  return {
    userPrincipalName: 'coordinator@contoso.example',
    userObjectId: 'u-1',
    tenantId: 't-1',
    locale: 'nl-NL',
    theme: 'default',
    teamId: undefined,
    channelId: undefined,
    pageId: 'instruments',
    subPageId: undefined,
    hostName: 'Teams',
    hostClientType: 'web',
    frameContext: 'content',
    naaRecommended: true,
    ...overrides,
  };
}
