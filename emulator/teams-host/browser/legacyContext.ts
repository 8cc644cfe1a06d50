import { HOST_CLIENT_PROFILES } from './hostClients';
import { frameContextOf } from './hostRuntime';
import type { HostScene } from './hostScene';

/** The signed-in demo user as `/emulator/users` describes them. */
export interface HostUser {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  /** A guest's home-tenant UPN: Teams' `loginHint` differs from the UPN then. */
  readonly loginHint?: string;
}

/** The team and channel a channel tab lives in (`/emulator/config`). */
export interface HostChannel {
  /** The owner team's Microsoft 365 group id. */
  readonly teamId: string;
  readonly teamName: string;
  readonly channelId: string;
  readonly channelName: string;
  /** @default 'standard' */
  readonly membershipType?: 'standard' | 'private' | 'shared';
  /** The tenant that owns the team (another one for a peer's shared channel). @default the user's */
  readonly ownerTenantId?: string;
  /** @default false */
  readonly teamArchived?: boolean;
}

/** The SharePoint site a SharePoint page hosting the tab belongs to. */
export interface HostSite {
  readonly webUrl: string;
  readonly displayName: string;
}

/** What the host knows besides the URL scene. */
export interface HostIdentity {
  readonly tenantId: string;
  readonly user: HostUser;
  /** Present for a channel tab. */
  readonly channel: HostChannel | undefined;
  /** Stable id of this host page session. */
  readonly sessionId: string;
}

/**
 * The Teams app id the emulator reports (`app.appId` in teams-js' context), as Teams does
 * for an installed app: the tab needs it to build deep links to itself.
 */
export const EMULATOR_TEAMS_APP_ID = '5e1a7c2d-9b3f-4d6e-8a1b-2c3d4e5f6a7b';

/**
 * The flat (v1 "legacy") context object teams-js expects as the answer to `getContext`;
 * `app.getContext()` maps it to the structured `app.Context` (e.g. `subEntityId` becomes
 * `page.subPageId`, `teamId` becomes `team.internalId`).
 */
export function buildLegacyContext(scene: HostScene, identity: HostIdentity, site?: HostSite): Record<string, unknown> {
  const profile = HOST_CLIENT_PROFILES[scene.client];
  const context: Record<string, unknown> = {
    locale: scene.locale,
    theme: scene.theme,
    frameContext: frameContextOf(scene.frame),
    hostClientType: profile.clientType,
    ...(profile.hostName === undefined ? {} : { hostName: profile.hostName }),
    sessionId: identity.sessionId,
    appSessionId: identity.sessionId,
    entityId: scene.entityId,
    userPrincipalName: identity.user.userPrincipalName,
    loginHint: identity.user.loginHint ?? identity.user.userPrincipalName,
    userObjectId: identity.user.id,
    userDisplayName: identity.user.displayName,
    tid: identity.tenantId,
    appId: EMULATOR_TEAMS_APP_ID,
  };
  if (scene.subPageId !== undefined) context['subEntityId'] = scene.subPageId;
  if (scene.client === 'sharepoint') {
    // A SharePoint page hosting the tab: no team or channel, the page's context instead
    // (teams-js passes `sharepoint` through as `context.sharepoint`).
    context['sharepoint'] = { pageContext: { webAbsoluteUrl: site?.webUrl ?? '', webTitle: site?.displayName ?? '' } };
    return context;
  }
  if (scene.tab === 'channel' && identity.channel !== undefined) {
    const { teamId, teamName, channelId, channelName } = identity.channel;
    const membership = identity.channel.membershipType ?? 'standard';
    // As Teams gives them: `teamId` is the team's thread id (teams-js `team.internalId`),
    // `groupId` its Microsoft 365 group id (`team.groupId`, given because the manifest
    // asks for the `identity` permission): only the group id addresses `/teams/{id}` in
    // Graph. In a private channel there is no groupId and in a shared one it is null; the
    // owner team's group and tenant come as hostTeamGroupId / hostTeamTenantId instead
    // ("Get context for your tab").
    Object.assign(context, {
      teamId: teamThreadId(teamId),
      teamName,
      channelId,
      channelName,
      channelType: membership === 'private' ? 'Private' : membership === 'shared' ? 'Shared' : 'Regular',
      isTeamArchived: identity.channel.teamArchived ?? false,
      ...(membership === 'standard'
        ? { groupId: teamId }
        : { groupId: membership === 'shared' ? null : undefined, hostTeamGroupId: teamId, hostTeamTenantId: identity.channel.ownerTenantId ?? identity.tenantId }),
    });
  }
  return context;
}

/** The team's thread id as Teams reports it in `teamId` (`team.internalId`), made from its group id. */
export function teamThreadId(groupId: string): string {
  return `19:${groupId.replace(/-/g, '').toLowerCase()}@thread.tacv2`;
}
