import type { TlpId } from '../../../lists/incidentVocabulary';

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
 * TLP 2.0 (FIRST) limits what *recipients* may pass on, in our words: CLEAR anyone,
 * publicly too; GREEN within their community (here: peers at other institutions), not
 * publicly; AMBER within their own organisation and its clients, on a need-to-know basis,
 * so an AMBER lesson may go to a peer institution, which keeps it inside; AMBER+STRICT
 * within their own organisation only; RED only the people it was given to.
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

/**
 * Who a channel reaches: people of the own institution, or also peers of other
 * institutions (a shared channel, which may have members of other organisations).
 */
export interface ChannelAudience {
  readonly audience: 'organisation' | 'community';
}

/**
 * Whether a lesson may be posted to a channel: RED never (its recipients are named
 * people); AMBER+STRICT only in a channel of the own organisation (a shared channel puts
 * it before other organisations at once); CLEAR, GREEN and AMBER in any channel, a peer's
 * shared channel included: its recipients then keep it as their label says.
 */
export function canShareToChannel(label: TlpId, channel: ChannelAudience): boolean {
  const rule = RULES[label];
  if (!rule.channelAllowed) return false;
  if (rule.audience === 'organisationOnly') return channel.audience === 'organisation';
  return true;
}

/**
 * Whether posting a lesson to a channel of the own organisation still depends on who is
 * in it: AMBER+STRICT may reach nobody outside the organisation, and a standard or
 * private channel may have guests (people of other organisations with an account in
 * this tenant), which the host context does not tell.
 */
export function needsInsidersOnly(label: TlpId): boolean {
  return RULES[label].audience === 'organisationOnly';
}

/**
 * Whether a lesson is kept out of the list every staff member reads: RED (named people
 * only) and AMBER+STRICT (need to know inside the institution) go to the list only the
 * case team reads (issue 15; docs/decisions.md #19).
 */
export function isRestrictedTlp(label: TlpId): boolean {
  return label === 'RED' || label === 'AMBER+STRICT';
}

/** The list a lesson with `label` is stored in. */
export function lessonListFor(label: TlpId, listNames: { readonly lessons: string; readonly restrictedLessons: string }): string {
  return isRestrictedTlp(label) ? listNames.restrictedLessons : listNames.lessons;
}
