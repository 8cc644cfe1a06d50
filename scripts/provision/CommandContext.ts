import type { RetryPolicy } from '../../src/graph';
import type { ListSchema } from '../../src/lists/listSchema';

/** Where a command writes: results to `out`, problems to `err`. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** What a command runs with; the entry points pass the real process, tests their own. */
export interface CommandContext {
  readonly io: CliIo;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The list schemas to provision and check. @default ALL_LISTS */
  readonly lists?: readonly ListSchema[];
  /** The catalog `--seed` loads. @default config/catalog/instruments.json */
  readonly catalogFile?: string;
  /** Retry settings of the Graph layer (tests shorten waits). */
  readonly retry?: Partial<RetryPolicy>;
  /** The time retention counts from (tests move it years on). @default () => new Date() */
  readonly now?: () => Date;
}

/** Writes to the process's stdout and stderr. */
export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
