import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

/** The real `npm start` process (tsx emulator/main.ts, Vite middleware mode). */
export interface NpmStartProcess {
  readonly url: string;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM, and waits for the process to exit. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Runs `npm start` on a free port with its own data folder and resolves once it prints
 * its URL. Rejects with what it printed if it exits or stays silent past `timeoutMs`.
 */
export async function startNpmStart(dataDir: string, timeoutMs = 60_000): Promise<NpmStartProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), IVHO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid !== undefined) {
      // npm runs tsx in a child process: signal the whole group.
      process.kill(-child.pid, 'SIGTERM');
    }
    await exited;
  };

  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm start printed no URL within ${timeoutMs} ms:\n${printed}`)), timeoutMs);
    const poll = setInterval(() => {
      if (printed.includes(`Microsoft 365 emulator on ${url}`)) {
        clearInterval(poll);
        clearTimeout(timer);
        done();
      } else if (child.exitCode !== null) {
        clearInterval(poll);
        clearTimeout(timer);
        fail(new Error(`npm start exited with ${child.exitCode}:\n${printed}`));
      }
    }, 100);
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, output: () => printed, stop };
}
