import { findAuthError } from './AuthError';

/**
 * True when a failure means the app has no consent for the scopes it asked for: an
 * {@link AuthError} `consentRequired` itself, or wrapped by src/graph in the GraphError of
 * the request that needed the token. The feature that asked explains it and stays off.
 */
export function isConsentMissing(error: unknown): boolean {
  return findAuthError(error)?.code === 'consentRequired';
}
