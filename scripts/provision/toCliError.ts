import { isGraphError } from '../../src/graph';
import { CliError, EXIT_CODES, isCliError } from './CliError';

/**
 * Turns whatever a run failed with into a one-line {@link CliError}: `doing` says what
 * the CLI was doing ("reading the site https://..."), the rest says why and what helps.
 */
export function toCliError(error: unknown, doing: string): CliError {
  if (isCliError(error)) return error;
  // A token source's own CliError (emulator unreachable, sign-in failed) arrives wrapped as tokenUnavailable.
  if (isGraphError(error) && isCliError(error.cause)) return error.cause;
  if (!isGraphError(error)) {
    return new CliError(`Failed while ${doing}: ${error instanceof Error ? error.message : String(error)}`, EXIT_CODES.failure);
  }
  switch (error.kind) {
    case 'auth':
      if (error.status === 0) return new CliError(`Sign-in failed while ${doing}: ${error.message}`, EXIT_CODES.access);
      return new CliError(
        `Not signed in while ${doing} (401 ${error.code}): the token is missing, expired or for another tenant. Sign in again or set a fresh IVHO_GRAPH_TOKEN.`,
        EXIT_CODES.access,
      );
    case 'forbidden':
      return new CliError(
        `Access denied while ${doing} (403 ${error.code}): the signed-in account lacks the permission (site owner for provisioning; Sites.FullControl.All and SharePoint admin for --grant-app).`,
        EXIT_CODES.access,
      );
    case 'notFound':
      return new CliError(`Not found while ${doing} (404 ${error.code}): ${error.message}`, EXIT_CODES.notFound);
    case 'network':
      return new CliError(`Cannot reach Microsoft Graph while ${doing}: ${error.message}. Check the network or the --emulator URL, then run the command again.`, EXIT_CODES.failure);
    case 'throttled':
      return new CliError(`Still throttled after retrying while ${doing} (${error.status}). Wait a few minutes and run the same command again; finished steps are not repeated.`, EXIT_CODES.failure);
    default:
      return new CliError(`Graph refused a request while ${doing} (${error.status} ${error.code}): ${error.message}`, EXIT_CODES.failure);
  }
}
