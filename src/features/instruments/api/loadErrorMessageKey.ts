import { isGraphError } from '../../../graph';
import type { MessageKey } from '../../../i18n';

/** The user-facing message for a failed load; details stay in the console for developers. */
export function loadErrorMessageKey(error: unknown): MessageKey {
  if (!isGraphError(error)) return 'error.unknown';
  switch (error.kind) {
    case 'auth':
      return 'error.auth';
    case 'forbidden':
      return 'error.forbidden';
    case 'notFound':
      return 'error.notFound';
    case 'throttled':
      return 'error.throttled';
    case 'network':
      return 'error.network';
    default:
      return 'error.unknown';
  }
}
