import { isActivityNotificationPath, TEAMS_ACTIVITY_SEND_SCOPE } from './teams/createActivityNotificationHandler';
import type { GraphRequest } from './graphTypes';

const SITE_READ_SCOPES = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'];
const SITE_WRITE_SCOPES = ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'];
const USER_READ_SCOPES = ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'];
/** "Get user": `GET /me` needs at least User.Read. */
const ME_SCOPES = ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'];

/**
 * The delegated scopes of which a token needs one for this request, or undefined when
 * the route checks on its own (channel messages) or needs none the emulator models (`/me`).
 * Per-list roles come on top of this, in the SharePoint handler.
 */
export function requiredScopes(request: Pick<GraphRequest, 'method' | 'path'>): readonly string[] | undefined {
  const root = request.path.split('/').find((segment) => segment !== '');
  if (root === 'sites') return request.method === 'GET' ? SITE_READ_SCOPES : SITE_WRITE_SCOPES;
  // Sending an activity notification needs its own scope, not a directory one ("userTeamwork: sendActivityNotification").
  if (isActivityNotificationPath(request.path)) return [TEAMS_ACTIVITY_SEND_SCOPE];
  if (root === 'users') return USER_READ_SCOPES;
  if (request.path.replace(/\/+$/, '') === '/me') return ME_SCOPES;
  return undefined;
}
