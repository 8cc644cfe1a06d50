import { createListClient } from '../../src/graph';
import { instrumentsList } from '../../src/lists/schemas';
import { EXIT_CODES, isCliError } from './CliError';
import type { ExitCode } from './CliError';
import type { CommandContext } from './CommandContext';
import { createSiteGateway } from './createSiteGateway';
import { loadCatalog } from './loadCatalog';
import { CONNECTION_FLAGS, openGraphConnection } from './openGraphConnection';
import { hasFlag, parseCliArguments } from './parseCliArguments';
import { toCliError } from './toCliError';

const FLAGS = { ...CONNECTION_FLAGS, 'dry-run': 'switch', help: 'switch' } as const;

/** `npm run import-catalog -- --help`. */
export const IMPORT_CATALOG_USAGE = `Usage: npm run import-catalog -- <file.csv|file.json> --site <site URL> [--dry-run] [--emulator [URL] [--user <upn>]]
Validates the instruments in the file and upserts the valid ones into the Instruments list by InstrumentKey.
CSV: header row with the column names of docs/admin-guide.md, ';' or ',' separated, UTF-8 (with or without BOM);
several values in one cell separated by '|' (or ';').
Exit codes: 0 all rows stored, 1 some rows rejected or not stored, 2 usage/unreadable file, 3 no access, 4 not found, 5 unreachable/failed.`;

/** `npm run import-catalog`: every rejected row is listed with its number and reason; the rest go in. */
export async function runImportCatalog(argv: readonly string[], context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  try {
    const args = parseCliArguments(argv, FLAGS, 'import-catalog');
    if (hasFlag(args, 'help')) {
      io.out(IMPORT_CATALOG_USAGE);
      return EXIT_CODES.ok;
    }
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) {
      io.err(file === undefined ? 'import-catalog: name the catalog file (a .csv or .json)' : `import-catalog: one file at a time, got also ${extra.join(' ')}`);
      return EXIT_CODES.usage;
    }
    const dryRun = hasFlag(args, 'dry-run');
    const connection = await openGraphConnection(args, 'import-catalog', {
      env: context.env,
      say: io.out,
      ...(context.retry === undefined ? {} : { retry: context.retry }),
    });
    const gateway = createSiteGateway(connection.graph, connection.site);
    let listState;
    try {
      listState = await gateway.probeList(instrumentsList.displayName);
    } catch (error: unknown) {
      throw toCliError(error, `reading the site ${connection.siteUrl}`);
    }
    if (listState !== 'found') {
      io.err(
        listState === 'missing'
          ? `import-catalog: the site has no Instruments list yet; run npm run provision -- --site ${connection.siteUrl}${connection.emulatorFlag} first`
          : 'import-catalog: the signed-in account cannot read the Instruments list',
      );
      return listState === 'missing' ? EXIT_CODES.notFound : EXIT_CODES.access;
    }
    const result = await loadCatalog(createListClient(connection.graph, connection.site), file, { dryRun }, io);
    if (dryRun) io.out('Dry run: nothing was changed.');
    return result.problems > 0 ? EXIT_CODES.problemsFound : EXIT_CODES.ok;
  } catch (error: unknown) {
    const failure = isCliError(error) ? error : toCliError(error, 'importing the catalog');
    io.err(failure.message);
    return failure.exitCode;
  }
}
