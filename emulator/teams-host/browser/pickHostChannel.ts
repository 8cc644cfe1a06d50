import type { EmulatorTenant } from './emulatorControlClient';
import type { HostChannelKind } from './hostScene';
import type { HostChannel } from './legacyContext';

/**
 * The channel a channel-tab scene sits in: the team's first standard channel, its private
 * channel, its moderated channel, or a shared channel of a peer institution's team (owned
 * by another tenant, with the demo users as external members).
 */
export function pickHostChannel(tenant: EmulatorTenant | undefined, kind: HostChannelKind): HostChannel | undefined {
  if (tenant === undefined) return undefined;
  const teams = kind === 'shared' ? tenant.teams.slice(1) : tenant.teams.slice(0, 1);
  for (const team of teams) {
    const channel = team.channels.find((candidate) =>
      kind === 'shared'
        ? candidate.membershipType === 'shared'
        : kind === 'private'
          ? candidate.membershipType === 'private'
          : kind === 'moderated'
            ? candidate.moderated
            : candidate.membershipType === 'standard' && !candidate.moderated,
    );
    if (channel !== undefined) {
      return {
        teamId: team.id,
        teamName: team.displayName,
        channelId: channel.id,
        channelName: channel.displayName,
        membershipType: channel.membershipType,
        ownerTenantId: team.tenantId,
        teamArchived: team.isArchived,
      };
    }
  }
  return undefined;
}
