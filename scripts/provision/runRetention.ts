import { createListClient } from '../../src/graph';
import { EXIT_CODES, isCliError, type ExitCode } from './CliError';
import type { CommandContext } from './CommandContext';
import { CONNECTION_FLAGS, openGraphConnection } from './openGraphConnection';
import { flagValue, hasFlag, parseCliArguments } from './parseCliArguments';
import { applyRetentionRule, type RetentionOutcome } from './retention/applyRetentionRule';
import { DEFAULT_RETENTION_FILE, readRetentionRules, type RetentionRule } from './retention/retentionRules';
import { toCliError } from './toCliError';

const FLAGS = { ...CONNECTION_FLAGS, 'dry-run': 'switch', rules: 'value', help: 'switch' } as const;

/** `npm run retention -- --help`. */
export const RETENTION_USAGE = `Usage: npm run retention -- --site <site URL> [--dry-run] [--rules <file>] [--emulator [URL] [--user <upn>]]
Removes the list items whose time is up under the rules in ${DEFAULT_RETENTION_FILE} (keepDays after the item's last change).
Before an incident case with personal data is removed, its breach record is kept in BreachRegister (AVG art. 33(5)).
Removed items go to the site's recycle bin. --dry-run shows what would be removed and changes nothing.
Exit codes: 0 done, 1 some expired items kept (named), 2 usage/unreadable rules, 3 no access, 4 not found, 5 unreachable/failed.`;

function describe(outcome: RetentionOutcome, rule: RetentionRule, dryRun: boolean): string {
  const verb = dryRun ? 'would remove' : 'removed';
  const register = outcome.registerEntries > 0 ? `; ${outcome.registerEntries} breach register ${outcome.registerEntries === 1 ? 'entry' : 'entries'} ${dryRun ? 'would be written' : 'written'}` : '';
  return `${outcome.list}: ${outcome.expired} of ${outcome.items} items older than ${rule.keepDays} days since their last change; ${verb} ${outcome.removed}${register}`;
}

/** `npm run retention`: what has expired goes, the breach register stays. */
export async function runRetention(argv: readonly string[], context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  try {
    const args = parseCliArguments(argv, FLAGS, 'retention');
    if (hasFlag(args, 'help')) {
      io.out(RETENTION_USAGE);
      return EXIT_CODES.ok;
    }
    if (args.positionals.length > 0) {
      io.err(`retention: unexpected ${args.positionals.join(' ')}`);
      return EXIT_CODES.usage;
    }
    const rules = readRetentionRules(flagValue(args, 'rules') ?? DEFAULT_RETENTION_FILE);
    const dryRun = hasFlag(args, 'dry-run');
    const connection = await openGraphConnection(args, 'retention', {
      env: context.env,
      say: io.out,
      ...(context.retry === undefined ? {} : { retry: context.retry }),
    });
    const lists = createListClient(connection.graph, connection.site);
    const now = context.now?.() ?? new Date();
    let kept = 0;
    for (const rule of rules) {
      let outcome: RetentionOutcome;
      try {
        outcome = await applyRetentionRule(lists, rule, now, dryRun);
      } catch (error: unknown) {
        throw toCliError(error, `applying retention to ${rule.list} on ${connection.siteUrl}`);
      }
      io.out(describe(outcome, rule, dryRun));
      for (const reason of outcome.keptWithReason) io.err(`  ${rule.list} ${reason}`);
      kept += outcome.keptWithReason.length;
    }
    if (dryRun) io.out('Dry run: nothing was changed.');
    return kept > 0 ? EXIT_CODES.problemsFound : EXIT_CODES.ok;
  } catch (error: unknown) {
    const failure = isCliError(error) ? error : toCliError(error, 'applying retention');
    io.err(failure.message);
    return failure.exitCode;
  }
}
