import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../../emulator/server';
import type { RunningEmulator } from '../../../emulator/server';
import { loadEmulatorConfig } from '../../../emulator/config/loadEmulatorConfig';
import { applyDemoGroups } from '../../../emulator/seed/applyDemoSecurity';
import type { ExitCode } from '../../../scripts/provision/CliError';
import type { CommandContext } from '../../../scripts/provision/CommandContext';

/** A command's outcome: exit code and what it printed. */
export interface CommandRun {
  readonly code: ExitCode;
  readonly out: string;
  readonly err: string;
}

/** Runs one of the CLI commands in-process, capturing its output. */
export async function runCommand(
  command: (argv: readonly string[], context: CommandContext) => Promise<ExitCode>,
  argv: readonly string[],
  context: Omit<CommandContext, 'io' | 'env'> & { env?: Record<string, string> } = {},
): Promise<CommandRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, {
    // Waits kept short; more attempts so throttling tests end complete.
    retry: { baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 12, maxTotalDelayMs: 20_000 },
    ...context,
    env: context.env ?? {},
    io: { out: (line) => out.push(line), err: (line) => err.push(line) },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** An emulator for one test file, with a helper to add empty sites. */
export interface ProvisioningBed {
  readonly emulator: RunningEmulator;
  /** `--emulator <url>` for the commands. */
  readonly emulatorArgs: readonly string[];
  /** Creates an empty site `/sites/<name>` and returns its URL and Graph id. */
  emptySite(name: string): { url: string; siteId: string };
  /** Calls Graph as the site owner. */
  graph(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Calls Graph as another demo user. */
  graphAs(user: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Number of Graph requests of `method` since the last {@link clearRequestLog}, whose path matches. */
  requestCount(method: string, pathPattern: RegExp): Promise<number>;
  /** Statuses of the logged Graph requests (0 = connection dropped). */
  requestStatuses(): Promise<number[]>;
  clearRequestLog(): Promise<void>;
  setFaults(settings: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** Starts an emulator on an ephemeral port with a fresh data directory. */
export async function startProvisioningBed(): Promise<ProvisioningBed> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ivho-provisioning-'));
  const emulator = await startEmulator({ port: 0, dataDir, reset: true, tab: { mode: 'none' }, quiet: true });
  const tokens = new Map<string, string>();
  const graphAs: ProvisioningBed['graphAs'] = async (user, method, path, body) => {
    let token = tokens.get(user);
    if (token === undefined) {
      const answer = (await (await fetch(`${emulator.url}/emulator/token?user=${encodeURIComponent(user)}`)).json()) as { access_token: string };
      token = answer.access_token;
      tokens.set(user, token);
    }
    const init: RequestInit = { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await fetch(`${emulator.url}/graph/v1.0${path}`, init);
    const text = await response.text();
    return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
  };
  const graph: ProvisioningBed['graph'] = (method, path, body) => graphAs('coordinator@contoso.example', method, path, body);
  return {
    emulator,
    emulatorArgs: ['--emulator', emulator.url],
    emptySite(name) {
      const siteId = emulator.store.ensureSite('contoso.sharepoint.com', `/sites/${name}`, name);
      // A new site of the demo team: its owners administer it, its members are in Members.
      applyDemoGroups(emulator.store, siteId, loadEmulatorConfig(join(process.cwd(), 'config', 'emulator.json')));
      return { url: `https://contoso.sharepoint.com/sites/${name}`, siteId };
    },
    graph,
    graphAs,
    async requestCount(method, pathPattern) {
      const log = (await (await fetch(`${emulator.url}/emulator/requests`)).json()) as { value: { method: string; path: string }[] };
      return log.value.filter((entry) => entry.method === method && pathPattern.test(entry.path)).length;
    },
    async requestStatuses() {
      const log = (await (await fetch(`${emulator.url}/emulator/requests`)).json()) as { value: { status: number }[] };
      return log.value.map((entry) => entry.status);
    },
    async clearRequestLog() {
      await fetch(`${emulator.url}/emulator/requests`, { method: 'DELETE' });
    },
    async setFaults(settings) {
      const response = await fetch(`${emulator.url}/emulator/faults`, { method: 'POST', body: JSON.stringify(settings), headers: { 'content-type': 'application/json' } });
      if (!response.ok) throw new Error(`faults refused: ${response.status}`);
    },
    async stop() {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Display names of the lists on a site. */
export async function listNames(bed: ProvisioningBed, siteId: string): Promise<string[]> {
  const answer = await bed.graph('GET', `/sites/${siteId}/lists`);
  return ((answer.body['value'] as { displayName: string }[] | undefined) ?? []).map((list) => list.displayName).sort();
}

/** The columns of a list by internal name. */
export async function columnsOf(bed: ProvisioningBed, siteId: string, list: string): Promise<Map<string, Record<string, unknown>>> {
  const answer = await bed.graph('GET', `/sites/${siteId}/lists/${encodeURIComponent(list)}/columns`);
  const columns = (answer.body['value'] as Record<string, unknown>[] | undefined) ?? [];
  return new Map(columns.map((column) => [String(column['name']), column]));
}
