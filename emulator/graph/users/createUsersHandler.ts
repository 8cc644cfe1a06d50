import type { DemoUser } from '../../config/loadEmulatorConfig';
import { graphError } from '../graphTypes';
import type { GraphHandler, GraphResponse } from '../graphTypes';

const USER_PROPERTIES = ['id', 'displayName', 'userPrincipalName', 'mail', 'jobTitle', 'givenName', 'surname'] as const;
type UserProperty = (typeof USER_PROPERTIES)[number];

/**
 * `GET /me`, `GET /users/{id | userPrincipalName}` and
 * `GET /users?$filter=startswith(displayName,'x')` (also on mail, userPrincipalName,
 * givenName, surname; joined with `or`) over the demo users: enough for people pickers.
 */
export function createUsersHandler(users: readonly DemoUser[]): GraphHandler {
  return (request) => {
    if (request.method !== 'GET') return Promise.resolve(graphError(405, 'Request_BadRequest', `${request.method} is not supported on users.`));
    const segments = request.path.split('/').filter((segment) => segment !== '');
    const select = parseSelect(request.query.get('$select'));
    if (select === undefined) return Promise.resolve(graphError(400, 'Request_BadRequest', 'Invalid $select: unknown property.'));
    if (segments.length === 1 && segments[0] === 'me') {
      const me = users.find((user) => user.id === request.caller.user.id) ?? { ...request.caller.user, jobTitle: '' };
      return Promise.resolve(ok(project(me, select)));
    }
    if (segments[0] !== 'users' || segments.length > 2) {
      return Promise.resolve(graphError(404, 'itemNotFound', `Resource not found for the segment '${segments.join('/')}'.`));
    }
    if (segments.length === 2) {
      const key = safeDecode(segments[1] ?? '').toLowerCase();
      const found = users.find((user) => user.id.toLowerCase() === key || user.userPrincipalName.toLowerCase() === key);
      return Promise.resolve(
        found === undefined
          ? graphError(404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`)
          : ok(project(found, select)),
      );
    }
    const filter = request.query.get('$filter');
    const predicate = filter === null ? () => true : parseUserFilter(filter);
    if (predicate === undefined) {
      return Promise.resolve(graphError(400, 'Request_UnsupportedQuery', `Unsupported query: ${filter ?? ''}. Use startswith(property,'text') joined with or.`));
    }
    const top = Number(request.query.get('$top') ?? '100');
    if (!Number.isInteger(top) || top < 1 || top > 999) return Promise.resolve(graphError(400, 'Request_BadRequest', 'Invalid $top: use 1..999.'));
    const value = users.filter(predicate).slice(0, top).map((user) => project(user, select));
    return Promise.resolve(ok({ value }));
  };
}

function ok(body: unknown): GraphResponse {
  return { status: 200, body };
}

/** The property names of `$select`; undefined when one is unknown. */
function parseSelect(value: string | null): readonly UserProperty[] | undefined {
  if (value === null || value.trim() === '') return USER_PROPERTIES;
  const names = value.split(',').map((name) => name.trim());
  return names.every((name): name is UserProperty => (USER_PROPERTIES as readonly string[]).includes(name)) ? names : undefined;
}

function project(user: DemoUser, select: readonly UserProperty[]): Record<string, string | null> {
  const [givenName = '', ...rest] = user.displayName.split(' ');
  const full: Record<UserProperty, string | null> = {
    id: user.id,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    mail: user.mail,
    jobTitle: user.jobTitle,
    givenName,
    surname: rest.length > 0 ? rest.join(' ') : null,
  };
  return Object.fromEntries(select.map((name) => [name, full[name]]));
}

/** `startswith(prop,'text') [or startswith(prop,'text')]*`; undefined for anything else. */
export function parseUserFilter(filter: string): ((user: DemoUser) => boolean) | undefined {
  const clauses = filter.split(/\s+or\s+/i);
  const tests: ((user: DemoUser) => boolean)[] = [];
  for (const clause of clauses) {
    const match = /^\s*startswith\(\s*(displayName|mail|userPrincipalName|givenName|surname)\s*,\s*'((?:[^']|'')*)'\s*\)\s*$/i.exec(clause);
    if (match === null) return undefined;
    const property = (match[1] ?? '').toLowerCase();
    const prefix = (match[2] ?? '').replace(/''/g, "'").toLowerCase();
    tests.push((user) => {
      const name = USER_PROPERTIES.find((candidate) => candidate.toLowerCase() === property) ?? 'displayName';
      const value = project(user, USER_PROPERTIES)[name];
      return typeof value === 'string' && value.toLowerCase().startsWith(prefix);
    });
  }
  return (user) => tests.some((test) => test(user));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
