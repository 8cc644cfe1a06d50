import { graphError } from '../graphTypes';
import type { GraphResponse } from '../graphTypes';
import type { EmulatedChannelConfig } from '../../config/loadEmulatorConfig';
import type { KnownTeam, TeamDirectory } from './TeamDirectory';

/** The path's segments, percent-decoded; undefined when one is not correctly encoded. */
export function decodeSegments(path: string): string[] | undefined {
  try {
    return path
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

/** The team and channel of `/teams/{team-id}/channels/{channel-id}/…`, or Graph's 404 for either. */
export function resolveChannel(teams: TeamDirectory, teamId: string, channelId: string): { readonly known: KnownTeam; readonly channel: EmulatedChannelConfig } | { readonly notFound: GraphResponse } {
  const known = teams.find(teamId);
  if (known === undefined) return { notFound: graphError(404, 'NotFound', `No team found with Group Id ${teamId}.`) };
  const channel = known.team.channels.find((candidate) => candidate.id === channelId);
  if (channel === undefined) return { notFound: graphError(404, 'NotFound', `Channel ${channelId} not found in team ${teamId}.`) };
  return { known, channel };
}
