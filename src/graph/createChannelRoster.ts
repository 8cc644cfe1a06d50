import type { ChannelTarget } from './createChannelMessenger';
import type { GraphClient } from './createGraphClient';
import { parseCollectionPage } from './ListItem';

/** Who is in a channel, as far as TLP cares: how many are not of the own organisation. */
export interface ChannelOutsiders {
  /** Members with the `guest` role: accounts of people of other organisations in this tenant. */
  readonly guests: number;
  /** Members whose account is in another tenant (a shared channel's people of a peer institution). */
  readonly otherTenants: number;
}

/** Reads a channel's members through Graph (`ChannelMember.Read.All`). */
export interface ChannelRoster {
  /**
   * Counts the members of `channel` who are not of `ownTenantId`'s organisation. Missing
   * consent is a GraphError of kind `forbidden` (as every refused scope).
   */
  outsiders(channel: ChannelTarget, ownTenantId: string): Promise<ChannelOutsiders>;
}

/** The fields of an `aadUserConversationMember` this needs; anything else Graph sends is ignored. */
interface MemberView {
  readonly roles?: unknown;
  readonly tenantId?: unknown;
}

/**
 * `GET /teams/{team-id}/channels/{channel-id}/members` ("List members of channel"),
 * following `@odata.nextLink`. A guest is marked by the role `guest` (their account lives
 * in the inviting tenant), a member of another organisation in a shared channel by a
 * `tenantId` of their own; Microsoft warns that members "could map to users from
 * different tenants", so both are counted. A member without a readable tenantId is taken
 * to be outside: the answer decides whether a restricted lesson may be posted.
 */
export function createChannelRoster(graph: GraphClient): ChannelRoster {
  return {
    async outsiders(channel, ownTenantId) {
      let guests = 0;
      let otherTenants = 0;
      let path: string | undefined = `/teams/${encodeURIComponent(channel.teamId)}/channels/${encodeURIComponent(channel.channelId)}/members`;
      while (path !== undefined) {
        const page = parseCollectionPage((await graph.send({ method: 'GET', path, idempotent: true })).body);
        for (const member of page.value as readonly MemberView[]) {
          const roles = Array.isArray(member.roles) ? member.roles.map((role) => String(role).toLowerCase()) : [];
          if (roles.includes('guest')) guests += 1;
          else if (typeof member.tenantId !== 'string' || member.tenantId.toLowerCase() !== ownTenantId.toLowerCase()) otherTenants += 1;
        }
        path = page.nextLink;
      }
      return { guests, otherTenants };
    },
  };
}
