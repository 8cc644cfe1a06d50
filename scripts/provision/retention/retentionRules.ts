import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ALL_LISTS } from '../../../src/lists/schemas';
import { CliError, EXIT_CODES } from '../CliError';

/** How long one list's items are kept: `keepDays` after their last change. */
export interface RetentionRule {
  readonly list: string;
  readonly keepDays: number;
}

/** The default rules file, relative to the working directory. */
export const DEFAULT_RETENTION_FILE = 'config/retention.json';

const rulesFileSchema = z.object({
  $comment: z.string().optional(),
  lists: z.record(z.string(), z.object({ keepDays: z.number().int().min(1).max(36_500) }).strict()),
}).strict();

/**
 * The rules in a retention file. A list the app does not know is refused (a typo would
 * otherwise keep data for ever without a word), and so is any other mistake, with the
 * file's name: nothing is removed on a rule that was not understood.
 */
export function parseRetentionRules(text: string, file: string): readonly RetentionRule[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error: unknown) {
    throw new CliError(`retention: ${file} is not JSON (${error instanceof Error ? error.message : String(error)})`, EXIT_CODES.usage);
  }
  const parsed = rulesFileSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ');
    throw new CliError(`retention: ${file} is not a retention file (${where})`, EXIT_CODES.usage);
  }
  const known = new Map(ALL_LISTS.map((list) => [list.displayName.toLowerCase(), list.displayName]));
  return Object.entries(parsed.data.lists).map(([name, rule]) => {
    const list = known.get(name.toLowerCase());
    if (list === undefined) throw new CliError(`retention: ${file} names a list the app does not have: ${name} (known: ${[...known.values()].join(', ')})`, EXIT_CODES.usage);
    return { list, keepDays: rule.keepDays };
  });
}

/** Reads and parses a retention file. */
export function readRetentionRules(file: string): readonly RetentionRule[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`retention: cannot read ${file}`, EXIT_CODES.usage);
  }
  return parseRetentionRules(text, file);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether an item last changed at `lastModified` has passed its rule at `now`. An unreadable date is never expired. */
export function hasExpired(lastModified: string | undefined, rule: RetentionRule, now: Date): boolean {
  const changed = lastModified === undefined ? Number.NaN : Date.parse(lastModified);
  return Number.isFinite(changed) && now.getTime() - changed > rule.keepDays * DAY_MS;
}
