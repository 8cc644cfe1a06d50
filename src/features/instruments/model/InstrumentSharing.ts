import type { FeaturePermission } from '../../../config/FeaturePermission';
import type { Instrument } from '../../../lists/instrumentMapping';

/** An Adaptive Card and its plain-text summary (the shape src/graph's ChannelMessenger posts). */
export interface InstrumentCard {
  readonly card: Readonly<Record<string, unknown>>;
  readonly summary: string;
}

/**
 * How the library shares an instrument, supplied by the app (which owns the host, the
 * deep-link format and Graph). Each action is optional: where the host cannot do it
 * (a phone, Outlook, a plain browser, a personal tab) it is simply absent.
 */
export interface InstrumentSharing {
  /** The link that opens the instrument: a Teams deep link, or the tab's own URL outside Teams. */
  readonly linkFor: (instrument: Instrument) => string;
  /**
   * Has the host show a link to the instrument for the user to copy (Teams' own dialog):
   * inside Teams the tab may not use the clipboard. Absent where the host cannot.
   */
  readonly offerLink?: (instrument: Instrument) => 'offered' | 'failed';
  /** Opens the host's "Share to Teams" dialog with the link. */
  readonly shareToTeams?: (instrument: Instrument) => Promise<'shared' | 'cancelled' | 'failed'>;
  /**
   * Posts the card to the channel of this channel tab (Graph, `ChannelMessage.Send`).
   * `consentRequired`: the app has no consent for the scope yet (see `postPermission`).
   */
  readonly postToChannel?: (card: InstrumentCard) => Promise<'posted' | 'forbidden' | 'consentRequired' | 'failed'>;
  /** The permission posting needs, to explain it when consent is missing. */
  readonly postPermission?: FeaturePermission;
}
