import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import type { LoggedGraphRequest } from './graphRequestStats';
import { seedBenchInstruments } from './seedBenchInstruments';

/** The emulator as the bench drives it: seeded, slowed down, with its request log. */
export interface BenchEmulator {
  readonly url: string;
  /** Items in the Instruments list after seeding. */
  readonly instruments: number;
  clearRequests(): Promise<void>;
  requests(): Promise<LoggedGraphRequest[]>;
  /** Resolves once no Graph request has arrived or been answered for `quietMs` (or after `timeoutMs`). */
  waitForQuiet(quietMs: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Options of {@link startBenchEmulator}. */
export interface BenchEmulatorOptions {
  /** The built tab to serve at `/`. */
  readonly tabDir: string;
  /** Items the Instruments list holds after seeding. */
  readonly instruments: number;
  /** Latency added to every Graph request. */
  readonly latencyMs: number;
}

/**
 * Starts the emulator on a free port with a fresh temporary data folder, tops the
 * Instruments list up to `instruments` items (store fast path) and adds Graph latency.
 */
export async function startBenchEmulator(options: BenchEmulatorOptions): Promise<BenchEmulator> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ivho-bench-data-'));
  let emulator: RunningEmulator | undefined;
  try {
    emulator = await startEmulator({ port: 0, dataDir, reset: true, tab: { mode: 'static', dir: options.tabDir }, quiet: true });
    const running = emulator;
    const control = async (method: string, path: string, body?: unknown): Promise<unknown> => {
      const response = await fetch(`${running.url}/emulator${path}`, {
        method,
        ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
      if (!response.ok) throw new Error(`${method} /emulator${path} answered ${response.status}: ${await response.text()}`);
      return response.status === 204 ? undefined : response.json();
    };
    const config = (await control('GET', '/config')) as { site: { id: string } };
    seedBenchInstruments(running.store, config.site.id, options.instruments);
    const instruments = running.store.countItems(config.site.id, 'Instruments');
    await control('POST', '/faults', { latencyMs: options.latencyMs });
    const requests = async () => ((await control('GET', '/requests')) as { value: LoggedGraphRequest[] }).value;
    return {
      url: running.url,
      instruments,
      clearRequests: async () => {
        await control('DELETE', '/requests');
      },
      requests,
      async waitForQuiet(quietMs, timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const log = await requests();
          const lastActivity = Math.max(0, ...log.map((request) => request.endMs));
          // A request still waiting for its answer is not in the log yet; quiet means nothing new for a while.
          if (Date.now() - lastActivity >= quietMs || Date.now() > deadline) return;
          await new Promise((done) => setTimeout(done, 100));
        }
      },
      async close() {
        await running.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error: unknown) {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
