import type { EmulatedChannelConfig, EmulatedTeamConfig } from '../../config/loadEmulatorConfig';

/** A team the emulator knows: the demo tenant's own, or a peer institution's (another tenant). */
export interface KnownTeam {
  readonly team: EmulatedTeamConfig;
  /** The tenant that owns the team. */
  readonly tenantId: string;
  readonly archived: boolean;
}

/** Why a user may not start a post in a channel, as far as Teams decides it (not the app's scopes). */
export type PostRefusal = 'teamArchived' | 'notChannelMember' | 'moderatorsOnly';

/**
 * The teams of the emulated world and their changing state (a team can be archived at run
 * time through the control API). Posting rules follow Microsoft's pages: an archived team
 * takes no new messages ("Archive team": users "can no longer send … messages on any
 * channel in the team"); a moderated channel takes new posts from moderators only, and a
 * team's owners always are ("Set up and manage channel moderation in Microsoft Teams");
 * a private or shared channel has its own members.
 */
export class TeamDirectory {
  private readonly archived = new Map<string, boolean>();

  /**
   * @param ownMembers The own team's members besides its owners (UPNs): in a Teams site
   *   they are the site's Members group ("Overview of Teams and SharePoint integration"),
   *   so config/emulator.json names them once, there.
   */
  constructor(
    private readonly own: EmulatedTeamConfig,
    private readonly ownTenantId: string,
    private readonly external: readonly (EmulatedTeamConfig & { readonly tenantId: string })[],
    private readonly ownMembers: readonly string[] = [],
  ) {}

  find(teamId: string): KnownTeam | undefined {
    const team = teamId === this.own.id ? this.own : this.external.find((candidate) => candidate.id === teamId);
    if (team === undefined) return undefined;
    const tenantId = team === this.own ? this.ownTenantId : (team as EmulatedTeamConfig & { tenantId: string }).tenantId;
    return { team, tenantId, archived: this.archived.get(team.id) ?? team.isArchived };
  }

  setArchived(teamId: string, archived: boolean): boolean {
    if (this.find(teamId) === undefined) return false;
    this.archived.set(teamId, archived);
    return true;
  }

  /** Back to config/emulator.json (a reset of the emulator). */
  restore(): void {
    this.archived.clear();
  }

  /** Whether `upn` may start a post in the channel, and if not, why. */
  postRefusal(known: KnownTeam, channel: EmulatedChannelConfig, upn: string): PostRefusal | undefined {
    const same = (a: string) => a.toLowerCase() === upn.toLowerCase();
    if (known.archived) return 'teamArchived';
    if (channel.membershipType !== 'standard' && channel.members !== undefined && !channel.members.some(same)) return 'notChannelMember';
    if (channel.moderated && !known.team.owners.some(same)) return 'moderatorsOnly';
    return undefined;
  }

  /**
   * Who is in a channel (UPNs): a standard channel has the whole team (owners and
   * members), a private or shared one its own members and the team's owners among them.
   */
  roster(known: KnownTeam, channel: EmulatedChannelConfig): readonly string[] {
    const teamMembers = known.team.id === this.own.id ? [...known.team.owners, ...this.ownMembers] : known.team.owners;
    const upns = channel.membershipType === 'standard' || channel.members === undefined ? teamMembers : channel.members;
    return [...new Map(upns.map((upn) => [upn.toLowerCase(), upn])).values()];
  }

  /** The teams as `GET /emulator/config` shows them to the host page. */
  describe(): { readonly team: Record<string, unknown>; readonly externalTeams: Record<string, unknown>[] } {
    const view = (known: KnownTeam) => ({ id: known.team.id, displayName: known.team.displayName, tenantId: known.tenantId, isArchived: known.archived, channels: known.team.channels });
    const own = this.find(this.own.id);
    return {
      team: own === undefined ? {} : view(own),
      externalTeams: this.external.map((team) => this.find(team.id)).filter((known): known is KnownTeam => known !== undefined).map(view),
    };
  }
}
