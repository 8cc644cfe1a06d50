import type { DemoUser, EmulatorConfig } from '../config/loadEmulatorConfig';
import type { ConsentRegistry } from '../auth/ConsentRegistry';
import type { TeamDirectory } from '../graph/teams/TeamDirectory';
import type { DevTokenIssuer } from '../auth/DevTokenIssuer';
import type { FaultInjector } from '../faults/FaultInjector';
import { faultSettingsSchema } from '../faults/faultSettings';
import { SiteSecurity } from '../sharepoint/security/SiteSecurity';
import { GRAPH_AUDIENCE } from '../auth/DevTokenIssuer';
import { consentedScopesOf, readScopeRequest } from '../auth/readScopeRequest';
import type { ChannelMessageStore } from '../graph/teams/ChannelMessageStore';
import type { ActivityFeedStore } from '../graph/teams/ActivityFeedStore';
import type { EmulatorStore } from '../graph/store/openEmulatorStore';
import type { RequestLog } from './RequestLog';
import type { ShareStore } from './ShareStore';

/** Scopes of a dev token when `scopes` is not given (those of them that are consented). */
export const DEFAULT_TOKEN_SCOPES = ['Sites.ReadWrite.All', 'ChannelMessage.Send', 'User.ReadBasic.All', 'Files.ReadWrite.AppFolder'];
/** Lifetime of a dev token when `expiresIn` is not given, as Entra's default hour. */
export const DEFAULT_TOKEN_SECONDS = 3600;

/** A control request: method, the path under `/emulator`, query and parsed JSON body. */
export interface ControlRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
}

export interface ControlResponse {
  readonly status: number;
  readonly body?: unknown;
}

/** The running emulator as the control API sees it; getters because a reset swaps the stores. */
export interface ControlApiDeps {
  readonly config: EmulatorConfig;
  readonly tokens: DevTokenIssuer;
  readonly consent: ConsentRegistry;
  readonly teams: TeamDirectory;
  readonly faults: FaultInjector;
  readonly requestLog: RequestLog;
  readonly store: () => EmulatorStore;
  readonly siteId: () => string;
  readonly messages: () => ChannelMessageStore;
  readonly shares: () => ShareStore;
  /** Activity feed notifications sent through Graph. */
  readonly activities: () => ActivityFeedStore;
  /** Deletes the data file and seeds again. */
  readonly reset: () => Promise<{ readonly instruments: number }>;
  /** Graph service root as seen by this request's client, e.g. `http://127.0.0.1:4280/graph/v1.0`. */
  readonly graphBaseUrl: string;
}

/**
 * `/emulator/...`: dev tokens, users, config, fault injection, reset, what was posted
 * (channel messages, shares, activity notifications), the Graph request log and a few probes for tests.
 * Answers JSON; errors have Graph's `{error:{code,message}}` shape.
 */
export async function handleControlRequest(request: ControlRequest, deps: ControlApiDeps): Promise<ControlResponse> {
  const { method, path, query } = request;
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /token':
      return issueToken(query, deps);
    case 'GET /consent':
      return ok(deps.consent.current);
    case 'POST /consent': {
      const change = readConsentChange(request.body);
      if (typeof change === 'string') return error(400, 'invalidConsent', change);
      deps.consent.set(change);
      return ok(deps.consent.current);
    }
    case 'POST /consent/grant': {
      const body = (request.body ?? {}) as { scopes?: unknown; user?: unknown };
      if (!isScopeList(body.scopes) || (body.user !== undefined && typeof body.user !== 'string')) {
        return error(400, 'invalidConsent', 'Send {"scopes": ["Files.ReadWrite.AppFolder"], "user"?: "<upn>"} (no user: the whole organisation).');
      }
      deps.consent.grant(body.scopes, body.user);
      return ok(deps.consent.current);
    }
    case 'POST /teams/archive': {
      const body = (request.body ?? {}) as { teamId?: unknown; archived?: unknown };
      const teamId = typeof body.teamId === 'string' ? body.teamId : deps.config.team.id;
      if (typeof body.archived !== 'boolean' || !deps.teams.setArchived(teamId, body.archived)) {
        return error(400, 'invalidTeam', 'Send {"archived": true|false, "teamId"?: "<group id>"} for a known team.');
      }
      return ok(deps.teams.describe());
    }
    case 'GET /users':
      return ok({ value: deps.config.users.map((user) => describeUser(user, deps)) });
    case 'GET /config':
      return ok(describeConfig(deps));
    case 'GET /faults':
      return ok({ ...deps.faults.settings, injected: deps.faults.injected });
    case 'POST /faults': {
      const parsed = faultSettingsSchema.safeParse(request.body ?? {});
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
        return error(400, 'invalidFaults', `Invalid fault settings: ${problems.join('; ')}`);
      }
      deps.faults.configure(parsed.data);
      return ok(deps.faults.settings);
    }
    case 'DELETE /faults':
      deps.faults.clear();
      return ok(deps.faults.settings);
    case 'POST /reset': {
      const outcome = await deps.reset();
      return ok({ reset: true, instruments: outcome.instruments });
    }
    case 'GET /messages':
      return ok({ value: deps.messages().list(query.get('teamId') ?? undefined, query.get('channelId') ?? undefined) });
    case 'GET /activities':
      return ok({ value: deps.activities().list(query.get('user') ?? undefined) });
    case 'GET /shares':
      return ok({ value: deps.shares().list() });
    case 'POST /shares':
      if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) {
        return error(400, 'invalidShare', 'A share must be a JSON object.');
      }
      return { status: 201, body: deps.shares().add(request.body as Record<string, unknown>) };
    case 'GET /requests':
      return ok({ value: deps.requestLog.list() });
    case 'DELETE /requests':
      deps.requestLog.clear();
      return { status: 204 };
    case 'POST /tokens/expire':
      deps.tokens.expireAll();
      return { status: 204 };
    case 'POST /delta/expire':
      deps.store().expireDeltaTokens();
      return { status: 204 };
    default:
      return countOrNotFound(method, path, deps);
  }
}

function issueToken(query: URLSearchParams, deps: ControlApiDeps): ControlResponse {
  const upn = query.get('user');
  if (upn === null || upn === '') return error(400, 'invalidRequest', 'Query parameter "user" (a demo user principal name) is required.');
  // Entra ID signs a user in by the name they type or are hinted with: a guest's home UPN works as well as the #EXT# one.
  const user = deps.config.users.find((candidate) => [candidate.userPrincipalName, candidate.loginHint].some((name) => name?.toLowerCase() === upn.toLowerCase()));
  if (user === undefined) return error(404, 'userNotFound', `No demo user "${upn}". See GET /emulator/users.`);
  const scopesParam = query.get('scopes');
  const asked = scopesParam === null ? undefined : readScopeRequest(scopesParam.split(/[\s,]+/).filter((scope) => scope !== ''), [`https://${deps.config.site.hostname}`]);
  if (asked !== undefined && !asked.ok) return error(400, 'invalid_scope', asked.message);
  const everyConsented = asked === undefined || asked.everyConsented;
  const consent = deps.consent.check(user.userPrincipalName, everyConsented ? undefined : asked.consentNames);
  if (!consent.ok) return consentRequired(consent.missing);
  const audience = asked?.audience ?? GRAPH_AUDIENCE;
  const scopes =
    asked === undefined ? DEFAULT_TOKEN_SCOPES.filter((scope) => consent.scopes.includes(scope)) : asked.everyConsented ? consentedScopesOf(consent.scopes, audience) : asked.scopes;
  const expiresParam = query.get('expiresIn');
  const expiresIn = expiresParam === null ? DEFAULT_TOKEN_SECONDS : Number(expiresParam);
  if (!Number.isInteger(expiresIn) || expiresIn < 0 || expiresIn > 86_400) {
    return error(400, 'invalidRequest', '"expiresIn" must be a whole number of seconds from 0 to 86400.');
  }
  return ok({
    access_token: deps.tokens.issue(user, scopes, expiresIn, audience),
    token_type: 'Bearer',
    expires_in: expiresIn,
    scope: scopes.join(' '),
  });
}

/** A demo user with what SharePoint knows of them on the demo site: administrator or not, and their groups. */
function describeUser(user: DemoUser, deps: ControlApiDeps): Record<string, unknown> {
  const site = deps.store().tables.findSiteById(deps.siteId());
  const security = site === undefined ? undefined : SiteSecurity.of(deps.store().tables, site);
  return {
    id: user.id,
    userPrincipalName: user.userPrincipalName,
    displayName: user.displayName,
    mail: user.mail,
    jobTitle: user.jobTitle,
    userType: user.userType,
    siteCollectionAdmin: security?.isSiteCollectionAdmin(user.id) ?? false,
    groups: security?.groups.filter((group) => group.memberIds.includes(user.id)).map((group) => group.title) ?? [],
    ...(user.loginHint === undefined ? {} : { loginHint: user.loginHint }),
  };
}

function describeConfig(deps: ControlApiDeps): Record<string, unknown> {
  const { config } = deps;
  return {
    tenantId: config.tenantId,
    graphBaseUrl: deps.graphBaseUrl,
    site: { id: deps.siteId(), ...config.site },
    ...deps.teams.describe(),
    channels: config.team.channels,
  };
}

function countOrNotFound(method: string, path: string, deps: ControlApiDeps): ControlResponse {
  const match = /^\/lists\/([^/]+)\/count\/?$/.exec(path);
  if (method !== 'GET' || match === null) return error(404, 'itemNotFound', `No control route ${method} /emulator${path}.`);
  let list: string;
  try {
    list = decodeURIComponent(match[1] ?? '');
  } catch {
    return error(400, 'invalidRequest', 'The list name is not correctly percent-encoded.');
  }
  try {
    return ok({ list, count: deps.store().countItems(deps.siteId(), list) });
  } catch (cause: unknown) {
    return error(404, 'itemNotFound', `No list "${list}": ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

function ok(body: unknown): ControlResponse {
  return { status: 200, body };
}

function error(status: number, code: string, message: string): ControlResponse {
  return { status, body: { error: { code, message } } };
}

/** The emulated app's client id, as the Entra ID message names it. */
const EMULATED_CLIENT_ID = '00000000-0000-0000-0000-00000000e1a0';

/**
 * Entra ID's answer to a token request for a scope nobody consented to: 400 with
 * `invalid_grant`, `suberror: consent_required` and error code 65001 ("Microsoft Entra
 * authentication and authorization error codes": AADSTS65001 DelegationDoesNotExist).
 * msal-browser turns this into an InteractionRequiredAuthError.
 */
function consentRequired(missing: readonly string[]): ControlResponse {
  const traceId = crypto.randomUUID();
  return {
    status: 400,
    body: {
      error: 'invalid_grant',
      error_description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${EMULATED_CLIENT_ID}' named 'IV-HO (emulator)'. Send an interactive authorization request for this user and resource. Missing: ${missing.join(' ')}\r\nTrace ID: ${traceId}`,
      error_codes: [65001],
      timestamp: new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
      trace_id: traceId,
      correlation_id: crypto.randomUUID(),
      error_uri: 'https://login.microsoftonline.com/error?code=65001',
      suberror: 'consent_required',
    },
  };
}

function isScopeList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((scope) => typeof scope === 'string' && scope.trim() !== '');
}

/** `{organisation?: string[], users?: {upn: string[]}}`, or what is wrong with it. */
function readConsentChange(body: unknown): { organisation?: string[]; users?: Record<string, string[]> } | string {
  const usage = 'Send {"organisation"?: ["Sites.Selected", ...], "users"?: {"<upn>": ["User.Read", ...]}}.';
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return usage;
  const { organisation, users } = body as { organisation?: unknown; users?: unknown };
  if (organisation !== undefined && !(Array.isArray(organisation) && organisation.every((scope) => typeof scope === 'string'))) return usage;
  if (users !== undefined && (typeof users !== 'object' || users === null || Array.isArray(users) || !Object.values(users).every((scopes) => Array.isArray(scopes) && scopes.every((scope) => typeof scope === 'string')))) {
    return usage;
  }
  return { ...(organisation === undefined ? {} : { organisation: organisation }), ...(users === undefined ? {} : { users: users as Record<string, string[]> }) };
}
