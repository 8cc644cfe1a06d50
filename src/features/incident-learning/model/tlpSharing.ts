import type { TlpId } from '../../../lists/vocabulary';

/** Who may receive a lesson with a given TLP 2.0 label. */
export type TlpAudience = 'anyone' | 'community' | 'organisationAndClients' | 'organisationOnly' | 'namedRecipients';

/** The rule of one label, for the explanation next to the choice. */
export interface TlpSharingRule {
  readonly label: TlpId;
  readonly audience: TlpAudience;
  /** May go into a Teams channel at all (RED never: its recipients are named people). */
  readonly channelAllowed: boolean;
}

/**
 * TLP 2.0 (FIRST), in our words: CLEAR may be shared with anyone, publicly too; GREEN
 * within the community (here: peers at other institutions), not publicly; AMBER within
 * the own organisation and its clients, on a need-to-know basis; AMBER+STRICT within the
 * own organisation only; RED only with the people it was given to, in person.
 */
const RULES: Readonly<Record<TlpId, TlpSharingRule>> = {
  CLEAR: { label: 'CLEAR', audience: 'anyone', channelAllowed: true },
  GREEN: { label: 'GREEN', audience: 'community', channelAllowed: true },
  AMBER: { label: 'AMBER', audience: 'organisationAndClients', channelAllowed: true },
  'AMBER+STRICT': { label: 'AMBER+STRICT', audience: 'organisationOnly', channelAllowed: true },
  RED: { label: 'RED', audience: 'namedRecipients', channelAllowed: false },
};

/** The sharing rule of a label. */
export function tlpSharingRule(label: TlpId): TlpSharingRule {
  return RULES[label];
}

/** Who a channel reaches: people of the own institution, or a community team with peers of other institutions. */
export interface ChannelAudience {
  readonly audience: 'organisation' | 'community';
}

/**
 * Whether a lesson may be posted to a channel: RED never; AMBER and AMBER+STRICT only in
 * a channel of the own organisation; GREEN and CLEAR in any channel.
 */
export function canShareToChannel(label: TlpId, channel: ChannelAudience): boolean {
  const rule = RULES[label];
  if (!rule.channelAllowed) return false;
  if (rule.audience === 'organisationAndClients' || rule.audience === 'organisationOnly') return channel.audience === 'organisation';
  return true;
}
