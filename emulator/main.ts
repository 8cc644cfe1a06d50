/**
 * `npm start`: the local Microsoft 365 emulator with the tab.
 *   npm start                     serve the tab through Vite (hot reload)
 *   npm start -- --reset          delete .data/emulator.sqlite and seed again
 *   npm start -- --static dist    serve a built tab instead of Vite
 * Port from PORT (default 4280), data folder from IVHO_DATA_DIR (default .data), tab
 * configuration from IVHO_CONFIG (default config/local.json).
 */
import { resolve } from 'node:path';
import { validateTabConfigFile } from './config/validateTabConfigFile';
import { startEmulator } from './server';
import type { TabServing } from './server';

interface CliOptions {
  readonly reset: boolean;
  readonly tab: TabServing;
}

function parseArguments(args: readonly string[]): CliOptions {
  let reset = false;
  let tab: TabServing = { mode: 'vite' };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--reset') {
      reset = true;
    } else if (arg === '--static') {
      const dir = args[index + 1];
      if (dir === undefined || dir.startsWith('--')) throw new Error('--static needs a folder, e.g. --static dist');
      tab = { mode: 'static', dir };
      index += 1;
    } else if (arg === '--no-tab') {
      tab = { mode: 'none' };
    } else {
      throw new Error(`Unknown argument "${arg ?? ''}". Use --reset, --static <dir> or --no-tab.`);
    }
  }
  return { reset, tab };
}

async function main(): Promise<void> {
  const cli = parseArguments(process.argv.slice(2));
  const configProblem = validateTabConfigFile(resolve(process.env['IVHO_CONFIG'] ?? 'config/local.json'));
  if (configProblem !== undefined) throw new Error(configProblem);
  const dataDir = process.env['IVHO_DATA_DIR'];
  const emulator = await startEmulator({ reset: cli.reset, tab: cli.tab, ...(dataDir === undefined ? {} : { dataDir }) });
  const users = (await (await fetch(`${emulator.url}/emulator/users`)).json()) as {
    value: { userPrincipalName: string; displayName: string; siteCollectionAdmin: boolean; groups: string[] }[];
  };
  const lines = [
    '',
    `Microsoft 365 emulator on ${emulator.url}`,
    `  Teams, personal tab:  ${emulator.url}/host?tab=personal`,
    `  Teams, channel tab:   ${emulator.url}/host?tab=channel`,
    `  Tab in a browser:     ${emulator.url}/`,
    `  Graph root:           ${emulator.url}/graph/v1.0`,
    `  Control API:          ${emulator.url}/emulator/users, /emulator/token?user=<upn>, /emulator/faults`,
    `  OneDrive file host:   ${emulator.fileHostUrl} (download URLs, another origin as in a tenant)`,
    '',
    'Demo users (add &user=<upn> to a host URL):',
    ...users.value.map((user) => {
      const groups = [...(user.siteCollectionAdmin ? ['site collection administrator'] : []), ...user.groups].join(', ');
      return `  ${user.userPrincipalName.padEnd(30)} ${user.displayName.padEnd(16)} ${groups}`;
    }),
    '',
    'Ctrl+C stops.',
  ];
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the emulator...`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  // A dev server stays up on a stray rejection (e.g. inside Vite); it says so instead of exiting.
  process.on('unhandledRejection', (reason: unknown) => console.error('emulator: unhandled rejection:', reason));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
