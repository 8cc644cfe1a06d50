import { findAuthError } from '../auth';
import { isGraphError } from '../graph';

/**
 * A failure only an administrator (or a different account) can resolve:
 * - `consentRequired`: sign-in was refused because the app lacks consent for a scope;
 * - `siteAccessDenied`: Graph answered 403: the app has no grant on the site
 *   (Sites.Selected) or the user has no access to it.
 */
export type AuthProblemKind = 'consentRequired' | 'siteAccessDenied';

/** What {@link authProblemFor} found, with the error it came from (for the console). */
export interface AuthProblem {
  readonly kind: AuthProblemKind;
  readonly error: unknown;
}

/**
 * The admin-level problem behind a failed load, if it is one: any screen can pass its
 * load error here and show `ConsentRequiredPage` instead of a generic error. Other
 * sign-in failures (popup blocked, cancelled) return undefined: a retry by the user
 * resolves those.
 */
export function authProblemFor(error: unknown): AuthProblem | undefined {
  if (findAuthError(error)?.code === 'consentRequired') return { kind: 'consentRequired', error };
  if (isGraphError(error) && error.kind === 'forbidden') return { kind: 'siteAccessDenied', error };
  return undefined;
}

/**
 * Whether a 403 on this request means the app cannot work on the site at all (the site
 * itself, or the instrument library everyone reads), rather than a list or a permission
 * one section needs: IncidentCases is meant to be closed to most users, Lessons may be,
 * and posting to a channel or reading the directory can be refused. Those sections say
 * so in place; only a site-wide refusal replaces the whole app with the admin page.
 */
export function concernsTheWholeSite(requestPath: string, instrumentsList: string): boolean {
  const list = /\/lists\/([^/?]+)/u.exec(requestPath)?.[1];
  if (list !== undefined) return safeDecode(list).toLowerCase() === instrumentsList.toLowerCase();
  return /\/sites\//u.test(requestPath);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
