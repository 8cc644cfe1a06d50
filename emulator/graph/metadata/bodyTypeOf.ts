import type { GraphRequest } from '../graphTypes';
import { parseSitesPath } from '../sharepoint/parseSitesPath';
import { actionTypeName } from './GraphMetadata';

const LIST = 'microsoft.graph.list';
const COLUMN = 'microsoft.graph.columnDefinition';
const LIST_ITEM = 'microsoft.graph.listItem';
const FIELDS = 'microsoft.graph.fieldValueSet';
const PERMISSION = 'microsoft.graph.permission';
const CHAT_MESSAGE = 'microsoft.graph.chatMessage';
const SEND_ACTIVITY = 'microsoft.graph.sendActivityNotification';
const SEND_ACTIVITY_TO_RECIPIENTS = 'microsoft.graph.sendActivityNotificationToRecipients';

/**
 * The Graph type a request's body must be, by method and path, or undefined when the
 * request carries no body we check (GETs, DELETEs, app folder content PUTs, `$batch`
 * itself: its sub-requests are checked one by one when the batch re-enters routing).
 * Routes the emulator does not serve yet (chats, activity notifications) are mapped
 * too, so the check is there the day they are.
 */
export function bodyTypeOf(request: Pick<GraphRequest, 'method' | 'path'>): string | undefined {
  if (request.method !== 'POST' && request.method !== 'PATCH') return undefined;
  const path = request.path.split('?')[0] ?? '';
  const sites = parseSitesPath(path);
  if (sites !== undefined) return sitesBodyType(request.method, sites.rest.map(lower));
  return teamworkBodyType(request.method, segmentsOf(path).map(lower));
}

/** `rest` is what follows the site address: `lists/{list}/items/{id}/fields`. */
function sitesBodyType(method: 'POST' | 'PATCH', rest: readonly string[]): string | undefined {
  const [collection, id, child, childId, leaf, ...extra] = rest;
  if (extra.length > 0) return undefined;
  if (collection === 'permissions') return shape(method, id === undefined && child === undefined, id !== undefined && child === undefined, PERMISSION);
  if (collection === 'columns') return shape(method, id === undefined, id !== undefined && child === undefined, COLUMN);
  if (collection !== 'lists') return undefined;
  if (id === undefined) return method === 'POST' ? LIST : undefined;
  if (child === undefined) return method === 'PATCH' ? LIST : undefined;
  if (child === 'columns') return leaf === undefined ? shape(method, childId === undefined, childId !== undefined, COLUMN) : undefined;
  if (child !== 'items') return undefined;
  if (childId === undefined) return method === 'POST' ? LIST_ITEM : undefined;
  if (leaf === undefined) return method === 'PATCH' ? LIST_ITEM : undefined;
  return leaf === 'fields' && method === 'PATCH' ? FIELDS : undefined;
}

/** Channel and chat messages and the Teams activity notification actions. */
function teamworkBodyType(method: 'POST' | 'PATCH', segments: readonly string[]): string | undefined {
  if (method !== 'POST') return undefined;
  const [root, id, ...rest] = segments;
  const action = actionOf(rest[rest.length - 1]);
  if (root === 'teams' && id !== undefined) {
    if (rest.length === 1 && action === SEND_ACTIVITY) return actionTypeName('microsoft.graph.team', SEND_ACTIVITY);
    const [channels, , messages, messageId, replies, ...extra] = rest;
    if (channels !== 'channels' || messages !== 'messages' || extra.length > 0) return undefined;
    if (messageId === undefined || (replies === 'replies' && rest.length === 5)) return CHAT_MESSAGE;
    return undefined;
  }
  if (root === 'chats' && id !== undefined) {
    if (rest.length === 1 && action === SEND_ACTIVITY) return actionTypeName('microsoft.graph.chat', SEND_ACTIVITY);
    return rest.length === 1 && rest[0] === 'messages' ? CHAT_MESSAGE : undefined;
  }
  const userTeamwork = root === 'me' ? [id, ...rest] : root === 'users' && id !== undefined ? rest : [];
  if (userTeamwork.length === 2 && userTeamwork[0] === 'teamwork' && actionOf(userTeamwork[1]) === SEND_ACTIVITY) {
    return actionTypeName('microsoft.graph.userTeamwork', SEND_ACTIVITY);
  }
  if (root === 'teamwork' && rest.length === 0 && actionOf(id) === SEND_ACTIVITY_TO_RECIPIENTS) {
    return actionTypeName('microsoft.graph.teamwork', SEND_ACTIVITY_TO_RECIPIENTS);
  }
  return undefined;
}

/** Collection POST creates, item PATCH updates: the body type for either, nothing else. */
function shape(method: 'POST' | 'PATCH', isCollection: boolean, isItem: boolean, typeName: string): string | undefined {
  if (method === 'POST' && isCollection) return typeName;
  if (method === 'PATCH' && isItem) return typeName;
  return undefined;
}

/** An action segment, bare (`sendActivityNotification`) or namespace-qualified, as its full name. */
function actionOf(segment: string | undefined): string | undefined {
  if (segment === undefined) return undefined;
  const name = segment.replace(/^microsoft\.graph\./, '');
  if (name === 'sendactivitynotification') return SEND_ACTIVITY;
  if (name === 'sendactivitynotificationtorecipients') return SEND_ACTIVITY_TO_RECIPIENTS;
  return undefined;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** Graph's fixed segments are case-insensitive; ids compared here never matter. */
function lower(segment: string): string {
  return segment.toLowerCase();
}
