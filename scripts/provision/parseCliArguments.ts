import { CliError, EXIT_CODES } from './CliError';

/** How one flag is written: a switch (`--dry-run`), a flag with a value (`--site URL`), or one whose value may be left out (`--emulator [URL]`). */
export type FlagKind = 'switch' | 'value' | 'optionalValue';

/** The flags a command accepts, by name without the leading dashes. */
export type FlagSpec = Readonly<Record<string, FlagKind>>;

/** What was on the command line. */
export interface ParsedArguments {
  /** Flag values: `true` for a switch or an optional value left out, else the value. */
  readonly flags: ReadonlyMap<string, string | true>;
  /** Words that are not flags, in order. */
  readonly positionals: readonly string[];
}

/**
 * Parses `--name value`, `--name=value` and switches against `spec`. An unknown flag,
 * a missing value or a repeated flag is a usage error (exit 2) naming the flag.
 */
export function parseCliArguments(argv: readonly string[], spec: FlagSpec, command: string): ParsedArguments {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const word = argv[index] ?? '';
    if (word === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!word.startsWith('--')) {
      if (word.startsWith('-') && word.length > 1) throw usage(`${command}: unknown option ${word} (options start with --)`);
      positionals.push(word);
      continue;
    }
    const equals = word.indexOf('=');
    const name = word.slice(2, equals === -1 ? undefined : equals);
    const kind = spec[name];
    if (kind === undefined) {
      throw usage(`${command}: unknown option --${name}; known options: ${Object.keys(spec).map((flag) => `--${flag}`).join(', ')}`);
    }
    if (flags.has(name)) throw usage(`${command}: --${name} is given twice`);
    const inline = equals === -1 ? undefined : word.slice(equals + 1);
    if (kind === 'switch') {
      if (inline !== undefined) throw usage(`${command}: --${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    if (inline !== undefined) {
      if (inline === '') throw usage(`${command}: --${name} needs a value`);
      flags.set(name, inline);
      continue;
    }
    const next = argv[index + 1];
    const hasValue = next !== undefined && !next.startsWith('--');
    if (kind === 'value' && !hasValue) throw usage(`${command}: --${name} needs a value`);
    if (hasValue && (kind === 'value' || looksLikeUrl(next))) {
      flags.set(name, next);
      index += 1;
    } else {
      flags.set(name, true);
    }
  }
  return { flags, positionals };
}

/** The string value of a flag, undefined when absent. */
export function flagValue(parsed: ParsedArguments, name: string): string | undefined {
  const value = parsed.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** True when the flag was given at all. */
export function hasFlag(parsed: ParsedArguments, name: string): boolean {
  return parsed.flags.has(name);
}

// An optional value is only taken when it is a URL: `--emulator file.csv` keeps the file positional.
function looksLikeUrl(word: string): boolean {
  return /^https?:\/\//i.test(word);
}

function usage(message: string): CliError {
  return new CliError(message, EXIT_CODES.usage);
}
