import { graphError } from '../graphTypes';
import type { GraphHandler } from '../graphTypes';
import type { ChannelMessageStore, ChatMessage } from './ChannelMessageStore';
import { parseChatMessageBody } from './parseChatMessageBody';
import { decodeSegments, resolveChannel } from './resolveChannel';
import type { PostRefusal, TeamDirectory } from './TeamDirectory';

/**
 * Graph's answers when Teams refuses a post. Microsoft documents no codes for these; the
 * emulator answers 403 `Forbidden` (as Graph does for refusals in this API,
 * microsoftgraph/microsoft-graph-docs #15095) with a message naming the cause.
 */
const REFUSAL_MESSAGES: Readonly<Record<PostRefusal, string>> = {
  teamArchived: 'The team is archived: no new messages can be posted in its channels.',
  notChannelMember: 'The user is not a member of this channel.',
  moderatorsOnly: 'This channel is moderated: only moderators can start new posts.',
};

/** Delegated scope Graph requires to post a channel message. */
export const CHANNEL_MESSAGE_SEND_SCOPE = 'ChannelMessage.Send';

/**
 * `GET|POST /teams/{team-id}/channels/{channel-id}/messages`. Posting needs the
 * `ChannelMessage.Send` scope (403 without); unknown teams or channels are 404.
 * `messages` is a getter because a reset swaps the store.
 */
export function createChannelMessagesHandler(teams: TeamDirectory, messages: () => ChannelMessageStore, now: () => number = Date.now): GraphHandler {
  return (request) => {
    const segments = decodeSegments(request.path);
    if (segments === undefined) return Promise.resolve(graphError(400, 'BadRequest', 'The request path is not correctly percent-encoded.'));
    const [root, teamId, channelsSegment, channelId, messagesSegment, ...rest] = segments;
    if (root !== 'teams' || channelsSegment !== 'channels' || messagesSegment !== 'messages' || rest.length > 0 || teamId === undefined || channelId === undefined) {
      return Promise.resolve(graphError(404, 'NotFound', `Resource not found for the segment '${segments.slice(0, 5).join('/')}'.`));
    }
    if (request.method === 'POST' && !request.caller.scopes.includes(CHANNEL_MESSAGE_SEND_SCOPE)) {
      return Promise.resolve(graphError(403, 'Forbidden', `Missing scope permissions on the request. API requires one of '${CHANNEL_MESSAGE_SEND_SCOPE}'.`));
    }
    const resolved = resolveChannel(teams, teamId, channelId);
    if ('notFound' in resolved) return Promise.resolve(resolved.notFound);
    const { known, channel } = resolved;
    const refusal = request.method === 'POST' ? teams.postRefusal(known, channel, request.caller.user.userPrincipalName) : undefined;
    if (refusal !== undefined) return Promise.resolve(graphError(403, 'Forbidden', REFUSAL_MESSAGES[refusal]));
    if (request.method === 'GET') {
      const value = messages().list(teamId, channelId);
      return Promise.resolve({ status: 200, body: { '@odata.count': value.length, value } });
    }
    if (request.method !== 'POST') {
      return Promise.resolve(graphError(405, 'MethodNotAllowed', `${request.method} is not supported on channel messages.`));
    }
    const parsed = parseChatMessageBody(request.body);
    if (!parsed.ok) return Promise.resolve(graphError(400, 'BadRequest', parsed.message));
    const store = messages();
    const created = new Date(now()).toISOString();
    const message: ChatMessage = {
      id: store.nextId(now()),
      messageType: 'message',
      createdDateTime: created,
      lastModifiedDateTime: created,
      importance: 'normal',
      from: { user: { id: request.caller.user.id, displayName: request.caller.user.displayName, userIdentityType: 'aadUser' } },
      body: parsed.message.body,
      attachments: parsed.message.attachments,
      channelIdentity: { teamId, channelId },
    };
    store.add(message);
    return Promise.resolve({ status: 201, body: message });
  };
}
