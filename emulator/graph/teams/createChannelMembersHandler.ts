import { graphError } from '../graphTypes';
import type { EmulatorUser, GraphHandler } from '../graphTypes';
import { decodeSegments, resolveChannel } from './resolveChannel';
import type { TeamDirectory } from './TeamDirectory';

/** Delegated scopes of which "List members of a channel" needs one. */
export const CHANNEL_MEMBER_READ_SCOPES = ['ChannelMember.Read.All', 'ChannelMember.ReadWrite.All'] as const;

/** True for `/teams/{team-id}/channels/{channel-id}/members`. */
export function isChannelMembersPath(path: string): boolean {
  return /^\/teams\/[^/]+\/channels\/[^/]+\/members\/?$/.test(path);
}

/**
 * `GET /teams/{team-id}/channels/{channel-id}/members` ("List members of channel"):
 * `aadUserConversationMember`s with `roles` (`owner`, `guest`, or none), `userId`, `email`
 * and `tenantId`. Needs `ChannelMember.Read.All` (403 without, as the route's other
 * scope refusals); the caller must be in the channel, as "Only a user who is a member of
 * the shared channel can retrieve the channel member list" says for shared channels (the
 * emulator asks it of every channel: the stricter reading). A guest's account lives in
 * the inviting tenant, so `guest` in `roles`, not `tenantId`, is what marks them.
 */
export function createChannelMembersHandler(teams: TeamDirectory, users: readonly EmulatorUser[], ownTenantId: string): GraphHandler {
  return (request) => {
    if (!CHANNEL_MEMBER_READ_SCOPES.some((scope) => request.caller.scopes.includes(scope))) {
      return Promise.resolve(graphError(403, 'Forbidden', `Missing scope permissions on the request. API requires one of '${CHANNEL_MEMBER_READ_SCOPES.join(', ')}'.`));
    }
    if (request.method !== 'GET') return Promise.resolve(graphError(405, 'MethodNotAllowed', `${request.method} is not supported on channel members by the emulator.`));
    const segments = decodeSegments(request.path);
    if (segments === undefined) return Promise.resolve(graphError(400, 'BadRequest', 'The request path is not correctly percent-encoded.'));
    const [, teamId = '', , channelId = ''] = segments;
    const resolved = resolveChannel(teams, teamId, channelId);
    if ('notFound' in resolved) return Promise.resolve(resolved.notFound);
    const { known, channel } = resolved;
    const roster = teams.roster(known, channel);
    const same = (upn: string) => upn.toLowerCase() === request.caller.user.userPrincipalName.toLowerCase();
    if (!roster.some(same)) return Promise.resolve(graphError(403, 'Forbidden', 'The user is not a member of this channel.'));
    const value = roster.map((upn) => {
      const user = users.find((candidate) => candidate.userPrincipalName.toLowerCase() === upn.toLowerCase());
      const owner = known.team.owners.some((candidate) => candidate.toLowerCase() === upn.toLowerCase());
      const guest = user?.userType === 'Guest';
      return {
        '@odata.type': '#microsoft.graph.aadUserConversationMember',
        id: Buffer.from(`${channelId}##${user?.id ?? upn}`).toString('base64'),
        roles: owner ? ['owner'] : guest ? ['guest'] : [],
        displayName: user?.displayName ?? upn,
        userId: user?.id ?? null,
        email: user?.mail ?? upn,
        // Members of a peer institution's team belong to its tenant, the own tenant's people (guests too) to this one.
        tenantId: user === undefined ? known.tenantId : ownTenantId,
        visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
      };
    });
    return Promise.resolve({ status: 200, body: { '@odata.count': value.length, value } });
  };
}
