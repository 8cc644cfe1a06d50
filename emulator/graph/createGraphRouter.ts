import type { FaultInjector } from '../faults/FaultInjector';
import { refusedColumnCreation } from '../faults/refusedColumnCreation';
import { createBatchHandler } from './batch/createBatchHandler';
import { graphError } from './graphTypes';
import type { EmulatorUser, GraphHandler, GraphResponse } from './graphTypes';
import type { GraphMetadata } from './metadata/GraphMetadata';
import { loadGraphMetadata } from './metadata/loadGraphMetadata';
import { refuseInvalidBody } from './metadata/refuseInvalidBody';
import { requiredScopes } from './requiredScopes';
import { isActivityNotificationPath } from './teams/createActivityNotificationHandler';
import { isChannelMembersPath } from './teams/createChannelMembersHandler';
import { createSitePermissionsHandler } from './sites/createSitePermissionsHandler';

/** The handlers behind `/graph/v1.0`, each for its own resource family. */
export interface GraphRouterParts {
  /** A getter: a reset replaces the store and with it the SharePoint handler. */
  readonly sharePoint: () => GraphHandler;
  readonly channelMessages: GraphHandler;
  /** `GET /teams/{team-id}/channels/{channel-id}/members`. */
  readonly channelMembers: GraphHandler;
  readonly users: GraphHandler;
  /** `POST /users/{id}/teamwork/sendActivityNotification`. */
  readonly activityNotifications: GraphHandler;
  /** The caller's OneDrive app folder (`/me/drive/special/approot`). */
  readonly appFolder: GraphHandler;
  readonly faults: FaultInjector;
  /** True when `user` administers the site collection `siteId` (managing site permissions needs it). */
  readonly isSiteAdministrator: (user: EmulatorUser, siteId: string) => boolean;
  /** Graph's own metadata the request bodies are checked against. @default the committed trimmed v1.0 copy */
  readonly graphMetadata?: GraphMetadata;
}

/**
 * Routes one authenticated Graph request by its first path segment, after checking the
 * token's scopes and the body against Graph's metadata (a property Graph does not
 * define is a 400 here as there). `$batch` re-enters the same routing for each
 * sub-request, so those bodies are checked too. Never throws: a handler bug becomes a
 * Graph-shaped 500, not a crashed emulator.
 */
export function createGraphRouter(parts: GraphRouterParts): GraphHandler {
  const metadata = parts.graphMetadata ?? loadGraphMetadata();
  const route: GraphHandler = async (request) => {
    const scopes = requiredScopes(request);
    if (scopes !== undefined && !scopes.some((scope) => request.caller.scopes.includes(scope))) {
      return graphError(403, 'Forbidden', `Missing scope permissions on the request. API requires one of '${scopes.join(', ')}'.`);
    }
    const refused = refuseInvalidBody(request, metadata);
    if (refused !== undefined) return refused;
    const refusal = refusedColumnCreation(request, parts.faults.settings.refuseColumns);
    if (refusal !== undefined) return refusal;
    const root = request.path.split('/').find((segment) => segment !== '') ?? '';
    switch (root) {
      case 'sites':
        return guarded(() => sites(request));
      case 'teams':
        return guarded(() => (isChannelMembersPath(request.path) ? parts.channelMembers(request) : parts.channelMessages(request)));
      case 'me':
        return guarded(() => (request.path.startsWith('/me/drive/') ? parts.appFolder(request) : parts.users(request)));
      case 'users':
        return guarded(() => (isActivityNotificationPath(request.path) ? parts.activityNotifications(request) : parts.users(request)));
      case '$batch':
        return request.method === 'POST'
          ? guarded(() => batch(request))
          : graphError(405, 'BadRequest', '$batch accepts POST only.');
      default:
        return graphError(404, 'itemNotFound', `Resource not found for the segment '${root}'.`);
    }
  };
  const batch = createBatchHandler(route, parts.faults);
  const sites = createSitePermissionsHandler(parts.sharePoint, parts.isSiteAdministrator);
  return route;
}

async function guarded(run: () => Promise<GraphResponse>): Promise<GraphResponse> {
  try {
    return await run();
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    return graphError(500, 'generalException', `The emulator failed to handle the request: ${message}`);
  }
}
