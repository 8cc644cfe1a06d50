/**
 * The contract between the emulator's HTTP server and its Graph implementation.
 * The server turns an HTTP request into a {@link GraphRequest} (auth already checked),
 * the Graph router answers with a {@link GraphResponse}. `$batch` calls the same router
 * once per sub-request, which is why it is a plain async function and not HTTP.
 */

/** A demo user as the emulator knows it (from config/emulator.json). */
export interface EmulatorUser {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly mail: string;
  /**
   * Entra ID's userType: a guest is never in the claim "Everyone except external users".
   * What the user may do in SharePoint comes from the site's groups and permissions
   * (emulator/sharepoint/security), as in SharePoint, not from the user.
   */
  readonly userType: 'Member' | 'Guest';
}

/** Who is calling: the user of the bearer token and the scopes it carries. */
export interface CallerContext {
  readonly user: EmulatorUser;
  readonly scopes: readonly string[];
}

export interface GraphRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path after `/graph/v1.0`, percent-decoded segments kept as sent, e.g. `/sites/{id}/lists`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Parsed JSON body (undefined when none). */
  readonly body: unknown;
  readonly caller: CallerContext;
}

export interface GraphResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON body; omitted for 204. */
  readonly body?: unknown;
}

/** Answers one Graph request. Never throws: failures are Graph-shaped error responses. */
export type GraphHandler = (request: GraphRequest) => Promise<GraphResponse>;

/** Graph's error body. */
export interface GraphErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly innerError?: Record<string, string> };
}

/** Builds a Graph-shaped error response. */
export function graphError(status: number, code: string, message: string, headers?: Record<string, string>): GraphResponse {
  const body: GraphErrorBody = {
    error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': crypto.randomUUID() } },
  };
  return headers === undefined ? { status, body } : { status, headers, body };
}
