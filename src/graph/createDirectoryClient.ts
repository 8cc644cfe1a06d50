import type { GraphClient } from './createGraphClient';
import { odataLiteral } from './FilterExpression';

/** A person from the organisation's directory, as a people picker shows them. */
export interface DirectoryPerson {
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly jobTitle?: string;
}

/** Looks people up in Entra ID (`User.ReadBasic.All`). */
export interface DirectoryClient {
  /** People whose display name, given name, surname or e-mail starts with `text` (at most `limit`). */
  searchPeople(text: string, limit?: number): Promise<readonly DirectoryPerson[]>;
  /**
   * The display names of the directory's people, at most `limit` (one page of `/users`):
   * what the personal-data guard matches names against. A large tenant is cut at the
   * limit; docs/incident-learning-rules.md says so.
   */
  listDisplayNames(limit?: number): Promise<readonly string[]>;
}

/** Longer input is no name: it is cut rather than sent. */
const MAX_SEARCH_LENGTH = 64;

/**
 * `GET /users?$filter=startswith(displayName,'x') or ...` — the filter Graph supports on
 * users without advanced queries. The text is an OData literal (quotes doubled) and the
 * whole query is URL-encoded, so names like O'Brien or "a & b" cannot break it.
 */
export function createDirectoryClient(graph: GraphClient): DirectoryClient {
  return {
    async listDisplayNames(limit = 999) {
      const query = new URLSearchParams({ $select: 'displayName', $top: String(Math.min(999, limit)) });
      const result = await graph.send({ method: 'GET', path: `/users?${query.toString()}`, idempotent: true });
      const value = (result.body as { value?: unknown } | undefined)?.value;
      return Array.isArray(value) ? value.flatMap((entry: unknown) => (typeof (entry as { displayName?: unknown }).displayName === 'string' ? [String((entry as { displayName: string }).displayName)] : [])) : [];
    },
    async searchPeople(text, limit = 10) {
      const term = text.trim().slice(0, MAX_SEARCH_LENGTH);
      if (term === '') return [];
      const literal = odataLiteral(term);
      const filter = ['displayName', 'givenName', 'surname', 'mail'].map((property) => `startswith(${property},${literal})`).join(' or ');
      const query = new URLSearchParams({ $filter: filter, $select: 'displayName,userPrincipalName,jobTitle', $top: String(limit) });
      const result = await graph.send({ method: 'GET', path: `/users?${query.toString()}`, idempotent: true });
      const value = (result.body as { value?: unknown } | undefined)?.value;
      if (!Array.isArray(value)) return [];
      return value.flatMap((entry: unknown) => {
        const person = entry as { userPrincipalName?: unknown; displayName?: unknown; jobTitle?: unknown };
        if (typeof person.userPrincipalName !== 'string' || typeof person.displayName !== 'string') return [];
        return [{ userPrincipalName: person.userPrincipalName, displayName: person.displayName, ...(typeof person.jobTitle === 'string' && person.jobTitle !== '' ? { jobTitle: person.jobTitle } : {}) }];
      });
    },
  };
}
