import type { DemoUser } from '../../config/loadEmulatorConfig';
import { graphError } from '../graphTypes';
import type { GraphHandler } from '../graphTypes';
import type { ActivityFeedStore } from './ActivityFeedStore';

/** Delegated scope Graph requires to send an activity feed notification ("userTeamwork: sendActivityNotification", Permissions). */
export const TEAMS_ACTIVITY_SEND_SCOPE = 'TeamsActivity.Send';

/** The reserved activity type that needs no declaration in the manifest (same page, `activityType`). */
export const SYSTEM_DEFAULT_ACTIVITY_TYPE = 'systemDefault';

/** Whether a Graph path is `/users/{id | userPrincipalName}/teamwork/sendActivityNotification`. */
export function isActivityNotificationPath(path: string): boolean {
  return /^\/users\/[^/]+\/teamwork\/sendActivityNotification\/?$/i.test(path);
}

/** An activity type the app's manifest declares (`activities.activityTypes`). */
export interface DeclaredActivityType {
  readonly type: string;
  readonly templateText: string;
}

/** The `{name}` placeholders of a template text, `{actor}` excepted: Teams fills that one itself. */
function templateParameterNames(templateText: string): readonly string[] {
  return [...templateText.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((match) => match[1] ?? '').filter((name) => name !== 'actor');
}

/**
 * `POST /users/{id | userPrincipalName}/teamwork/sendActivityNotification`, as documented on
 * "userTeamwork: sendActivityNotification" (Microsoft Graph v1.0): delegated scope
 * `TeamsActivity.Send`; `activityType` declared in the manifest, or `systemDefault`; a
 * `topic` (for `source: text` a `value` and a `webUrl`); `previewText`; the template's
 * parameters in `templateParameters`; 204 on success. The page documents no error codes:
 * an unknown user is the 404 every `/users/{id}` answers, an undeclared type or a missing
 * template parameter a 400 `BadRequest` (the stricter choice: Teams cannot render such a
 * notification). The recipient is taken to have the app installed (the page requires it;
 * the demo tenant deploys the app to everyone). Two documented rules shape what reaches
 * the feed: a `chainId` an earlier notification of the recipient carries replaces that one
 * ("Use the same chainId in subsequent requests to override the previous notification");
 * and a user cannot notify themselves (the concept page's FAQ, microsoft-graph-docs #11506),
 * so such a request is answered 204 and nothing reaches the feed: an app that counted on
 * it would tell nobody in a tenant either.
 */
export function createActivityNotificationHandler(users: readonly DemoUser[], declared: readonly DeclaredActivityType[], activities: () => ActivityFeedStore, now: () => number = Date.now): GraphHandler {
  return (request) => {
    const segments = request.path.split('/').filter((segment) => segment !== '');
    const key = safeDecode(segments[1] ?? '').toLowerCase();
    if (request.method !== 'POST') return Promise.resolve(graphError(405, 'Request_BadRequest', `${request.method} is not supported on sendActivityNotification.`));
    const recipient = users.find((user) => user.id.toLowerCase() === key || user.userPrincipalName.toLowerCase() === key);
    if (recipient === undefined) return Promise.resolve(graphError(404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`));
    const body = (request.body ?? {}) as {
      activityType?: unknown;
      topic?: { source?: unknown; value?: unknown; webUrl?: unknown };
      previewText?: { content?: unknown };
      templateParameters?: Array<{ name?: unknown; value?: unknown }>;
      chainId?: unknown;
    };
    const activityType = typeof body.activityType === 'string' ? body.activityType : '';
    const declaration = declared.find((candidate) => candidate.type === activityType);
    if (activityType !== SYSTEM_DEFAULT_ACTIVITY_TYPE && declaration === undefined) {
      return Promise.resolve(graphError(400, 'BadRequest', `The activity type '${activityType}' is not declared in the app's manifest.`));
    }
    const topic = body.topic;
    const source = topic?.source;
    if (typeof topic?.value !== 'string' || topic.value === '' || (source !== 'text' && source !== 'entityUrl')) {
      return Promise.resolve(graphError(400, 'BadRequest', 'topic needs a source (text or entityUrl) and a value.'));
    }
    if (source === 'text' && (typeof topic.webUrl !== 'string' || !/^https:\/\//.test(topic.webUrl))) {
      return Promise.resolve(graphError(400, 'BadRequest', 'A topic with source text needs a webUrl (a deep link).'));
    }
    if (typeof body.previewText?.content !== 'string') return Promise.resolve(graphError(400, 'BadRequest', 'previewText needs a content.'));
    const parameters = Object.fromEntries((body.templateParameters ?? []).filter((pair) => typeof pair.name === 'string' && typeof pair.value === 'string').map((pair) => [pair.name as string, pair.value as string]));
    const missing = declaration === undefined ? [] : templateParameterNames(declaration.templateText).filter((name) => parameters[name] === undefined);
    if (missing.length > 0) return Promise.resolve(graphError(400, 'BadRequest', `templateParameters lack ${missing.join(', ')} of the activity type '${activityType}'.`));
    // "A user cannot send notifications to themselves": accepted, never shown.
    if (recipient.id === request.caller.user.id) return Promise.resolve({ status: 204 });
    activities().add({
      recipient: { id: recipient.id, userPrincipalName: recipient.userPrincipalName },
      sender: { id: request.caller.user.id, userPrincipalName: request.caller.user.userPrincipalName, displayName: request.caller.user.displayName },
      activityType,
      topic: { source, value: topic.value, ...(typeof topic.webUrl === 'string' ? { webUrl: topic.webUrl } : {}) },
      // Teams shows the first 150 characters.
      previewText: body.previewText.content.slice(0, 150),
      templateParameters: parameters,
      reason: reasonLine(declaration, parameters, request.caller.user.displayName),
      ...(typeof body.chainId === 'number' ? { chainId: body.chainId } : {}),
      sentDateTime: new Date(now()).toISOString(),
    });
    return Promise.resolve({ status: 204 });
  };
}

/** The reason line Teams renders: `systemDefault` shows its free text, a declared type its template filled in. */
function reasonLine(declaration: DeclaredActivityType | undefined, parameters: Readonly<Record<string, string>>, actor: string): string {
  if (declaration === undefined) return parameters['systemDefaultText'] ?? '';
  return declaration.templateText.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => (name === 'actor' ? actor : (parameters[name] ?? '')));
}

/** A path segment percent-decoded; a malformed escape is kept as sent (it then names no user: 404). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
