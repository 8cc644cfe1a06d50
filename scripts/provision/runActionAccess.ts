import { createListClient } from '../../src/graph';
import { EXIT_CODES, isCliError, type ExitCode } from './CliError';
import type { CommandContext } from './CommandContext';
import { CONNECTION_FLAGS, openGraphConnection } from './openGraphConnection';
import { hasFlag, parseCliArguments } from './parseCliArguments';
import { grantActionOwners } from './protection/grantActionOwners';
import { toCliError } from './toCliError';

const FLAGS = { ...CONNECTION_FLAGS, 'dry-run': 'switch', help: 'switch' } as const;

/** `npm run action-access -- --help`. */
export const ACTION_ACCESS_USAGE = `Usage: npm run action-access -- --site <site URL> [--dry-run] [--emulator [URL] [--user <upn>]]
Gives the owner of each improvement action (Actions.OwnerUpn) read and edit rights on that action, and takes them from a former owner.
Run it after provisioning and then regularly (the case team assigns owners in the app); --dry-run shows what would change.
Exit codes: 0 done, 1 some actions left as they are (named), 2 usage, 3 no access, 4 not found, 5 unreachable/failed.`;

/** `npm run action-access`: each action's owner reaches their own action, nobody else's. */
export async function runActionAccess(argv: readonly string[], context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  try {
    const args = parseCliArguments(argv, FLAGS, 'action-access');
    if (hasFlag(args, 'help')) {
      io.out(ACTION_ACCESS_USAGE);
      return EXIT_CODES.ok;
    }
    if (args.positionals.length > 0) {
      io.err(`action-access: unexpected ${args.positionals.join(' ')}`);
      return EXIT_CODES.usage;
    }
    const dryRun = hasFlag(args, 'dry-run');
    const connection = await openGraphConnection(args, 'action-access', {
      env: context.env,
      say: io.out,
      ...(context.retry === undefined ? {} : { retry: context.retry }),
    });
    let outcome;
    try {
      outcome = await grantActionOwners(createListClient(connection.graph, connection.site), connection.sharePoint, { dryRun });
    } catch (error: unknown) {
      throw toCliError(error, `giving action owners access on ${connection.siteUrl}`);
    }
    io.out(
      `Actions: ${outcome.withOwner} of ${outcome.actions} have an owner; ${outcome.granted} ${dryRun ? 'would be given' : 'given'} access, ${outcome.upToDate} already had it; ${outcome.revoked} former owner${outcome.revoked === 1 ? '' : 's'} ${dryRun ? 'would lose' : 'lost'} access`,
    );
    for (const problem of outcome.problems) io.err(`  ${problem}`);
    if (dryRun) io.out('Dry run: nothing was changed.');
    return outcome.problems.length > 0 ? EXIT_CODES.problemsFound : EXIT_CODES.ok;
  } catch (error: unknown) {
    const failure = isCliError(error) ? error : toCliError(error, 'giving action owners access');
    io.err(failure.message);
    return failure.exitCode;
  }
}
