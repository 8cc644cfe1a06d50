import { createListClient } from '../../src/graph';
import { ALL_LISTS } from '../../src/lists/schemas';
import { EXIT_CODES, isCliError } from './CliError';
import type { ExitCode } from './CliError';
import type { CommandContext } from './CommandContext';
import { checkSiteHealth } from './checkSiteHealth';
import { checkSiteProtection } from './protection/checkSiteProtection';
import { createSiteGateway } from './createSiteGateway';
import { CONNECTION_FLAGS, openGraphConnection } from './openGraphConnection';
import { hasFlag, parseCliArguments } from './parseCliArguments';
import { toCliError } from './toCliError';

const FLAGS = { ...CONNECTION_FLAGS, 'skip-write-check': 'switch', help: 'switch' } as const;

/** `npm run doctor -- --help`. */
export const DOCTOR_USAGE = `Usage: npm run doctor -- --site <site URL> [--skip-write-check] [--emulator [URL] [--user <upn>]] [--client-id <id> --tenant <tenant>]
Checks every list and column the app needs (type, index, uniqueness) and that the signed-in account can read
every list and add items to the lists the app writes (a probe item is created and deleted at once).
Exit codes: 0 healthy, 1 problems found, 2 usage, 3 no access, 4 site not found, 5 unreachable/failed.`;

/**
 * `npm run doctor`: prints each problem with the command or action that fixes it.
 * Exit 0 when the site is ready for the app, 1 when something is wrong.
 */
export async function runDoctor(argv: readonly string[], context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  try {
    const args = parseCliArguments(argv, FLAGS, 'doctor');
    if (hasFlag(args, 'help')) {
      io.out(DOCTOR_USAGE);
      return EXIT_CODES.ok;
    }
    if (args.positionals.length > 0) {
      io.err(`doctor: unexpected argument ${args.positionals[0] ?? ''}`);
      return EXIT_CODES.usage;
    }
    const connection = await openGraphConnection(args, 'doctor', {
      env: context.env,
      say: io.out,
      ...(context.retry === undefined ? {} : { retry: context.retry }),
    });
    const provisionCommand = `npm run provision -- --site ${connection.siteUrl}${connection.emulatorFlag}`;
    let report;
    try {
      report = await checkSiteHealth({
        graph: connection.graph,
        gateway: createSiteGateway(connection.graph, connection.site),
        lists: createListClient(connection.graph, connection.site),
        schemas: context.lists ?? ALL_LISTS,
        provisionCommand,
        checkWrites: !hasFlag(args, 'skip-write-check'),
      });
    } catch (error: unknown) {
      throw toCliError(error, `checking the site ${connection.siteUrl}`);
    }
    const protection = await checkSiteProtection({ rest: connection.sharePoint, tokens: connection.sharePointTokens }, provisionCommand);
    report = { ...report, problems: [...report.problems, ...protection.problems], notes: [...report.notes, ...protection.notes] };
    io.out(`Doctor for ${connection.siteUrl}:`);
    for (const list of report.lists) {
      const facts = [list.present ? 'present' : 'MISSING'];
      if (list.readable !== undefined) facts.push(list.readable ? 'readable' : 'NOT READABLE');
      if (list.writable !== undefined) facts.push(list.writable ? 'writable' : 'NOT WRITABLE');
      io.out(`  ${list.list.padEnd(20)} ${facts.join(', ')}`);
    }
    for (const note of report.notes) io.out(`  note: ${note.message}`);
    if (report.problems.length === 0) {
      io.out('No problems found: the site is ready for the app.');
      return EXIT_CODES.ok;
    }
    io.err(`${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}:`);
    for (const problem of report.problems) {
      io.err(`  PROBLEM ${problem.message}`);
      io.err(`    fix: ${problem.fix}`);
    }
    return EXIT_CODES.problemsFound;
  } catch (error: unknown) {
    const failure = isCliError(error) ? error : toCliError(error, 'checking the site');
    io.err(failure.message);
    return failure.exitCode;
  }
}
