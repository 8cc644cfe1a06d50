import { graphError } from '../graphTypes';
import type { GraphHandler } from '../graphTypes';
import type { ChannelMessageStore, ChatMessage } from './ChannelMessageStore';
import { parseChatMessageBody } from './parseChatMessageBody';

/** The demo team as the emulator knows it. */
export interface EmulatedTeam {
  readonly id: string;
  readonly channels: readonly { readonly id: string }[];
}

/** Delegated scope Graph requires to post a channel message. */
export const CHANNEL_MESSAGE_SEND_SCOPE = 'ChannelMessage.Send';

/**
 * `GET|POST /teams/{team-id}/channels/{channel-id}/messages`. Posting needs the
 * `ChannelMessage.Send` scope (403 without); unknown teams or channels are 404.
 * `messages` is a getter because a reset swaps the store.
 */
export function createChannelMessagesHandler(team: EmulatedTeam, messages: () => ChannelMessageStore, now: () => number = Date.now): GraphHandler {
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
    if (teamId !== team.id) return Promise.resolve(graphError(404, 'NotFound', `No team found with Group Id ${teamId}.`));
    if (!team.channels.some((channel) => channel.id === channelId)) {
      return Promise.resolve(graphError(404, 'NotFound', `Channel ${channelId} not found in team ${teamId}.`));
    }
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

function decodeSegments(path: string): string[] | undefined {
  try {
    return path
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}
