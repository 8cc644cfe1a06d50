import type { GraphClient } from './createGraphClient';
import { GraphError } from './GraphError';

/** Where a message goes: a channel of a team (the team's Microsoft 365 group id). */
export interface ChannelTarget {
  readonly teamId: string;
  readonly channelId: string;
}

/** An Adaptive Card and the plain text shown where cards are not (notifications, search). */
export interface CardMessage {
  /** The Adaptive Card JSON; every text in it is plain text (Adaptive Cards render no HTML). */
  readonly card: Readonly<Record<string, unknown>>;
  readonly summary: string;
}

/** Posts to channels through Graph (`ChannelMessage.Send`). */
export interface ChannelMessenger {
  /** Posts the card; a missing `ChannelMessage.Send` consent is a GraphError of kind `forbidden`. */
  postCard(target: ChannelTarget, message: CardMessage): Promise<{ readonly id: string }>;
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** HTML-escapes the summary: the message body is HTML, the summary is the user's plain text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * `POST /teams/{team-id}/channels/{channel-id}/messages` with the card as an attachment:
 * Graph wants the card as a JSON string and the attachment referenced from the HTML body
 * as `<attachment id="..."></attachment>`. Not retried as a POST (a retry could post twice).
 */
export function createChannelMessenger(graph: GraphClient): ChannelMessenger {
  return {
    async postCard(target, message) {
      const attachmentId = globalThis.crypto.randomUUID();
      const result = await graph.send({
        method: 'POST',
        path: `/teams/${encodeURIComponent(target.teamId)}/channels/${encodeURIComponent(target.channelId)}/messages`,
        body: {
          body: { contentType: 'html', content: `${escapeHtml(message.summary)}<attachment id="${attachmentId}"></attachment>` },
          attachments: [{ id: attachmentId, contentType: ADAPTIVE_CARD, contentUrl: null, content: JSON.stringify(message.card), name: null }],
        },
      });
      const id = (result.body as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string') throw new GraphError({ kind: 'unknown', status: result.status, code: 'malformedResponse', message: 'Graph answered a channel message without an id.' });
      return { id };
    },
  };
}
