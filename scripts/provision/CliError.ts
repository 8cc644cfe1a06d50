/**
 * Exit codes of the admin CLIs (provision, doctor, import-catalog). Documented in
 * docs/admin-guide.md; scripts may branch on them.
 */
export const EXIT_CODES = {
  /** Everything done (or nothing to do). */
  ok: 0,
  /** The run finished but found problems: a conflicting column, a doctor finding, rejected catalog rows. */
  problemsFound: 1,
  /** Wrong command line or input file: unknown flag, missing --site, a URL that is not a SharePoint site. */
  usage: 2,
  /** Not signed in (401) or not allowed (403). */
  access: 3,
  /** The site (or something on it) does not exist (404). */
  notFound: 4,
  /** Host unreachable, connection dropped, throttled beyond the retries, or an unexpected answer. */
  failure: 5,
} as const;

/** One of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** A failure the CLI reports as one line and a documented exit code, without a stack trace. */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** True for a {@link CliError}; checked by marker so a second copy of the class still counts. */
export function isCliError(value: unknown): value is CliError {
  return value instanceof Error && value.name === 'CliError' && typeof (value as { exitCode?: unknown }).exitCode === 'number';
}
