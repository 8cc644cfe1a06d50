import type { z } from 'zod';
import { appConfigSchema, type AppConfig } from './AppConfig';

/** One thing wrong with a configuration: `key` is a dotted path such as `auth.clientId`. */
export interface ConfigProblem {
  readonly key: string;
  readonly message: string;
}

/** The outcome of {@link parseAppConfig}. */
export type AppConfigParseResult = { readonly ok: true; readonly config: AppConfig } | { readonly ok: false; readonly problems: ConfigProblem[] };

function keyOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((unknownKey) => (path === '' ? unknownKey : `${path}.${unknownKey}`)).join(', ');
  }
  return path === '' ? '(root)' : path;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return 'is not a known setting (check the spelling)';
  }
  return issue.message;
}

/**
 * Validates a raw configuration (parsed JSON). Never throws: every problem is returned
 * with the key it concerns, so the tab and the CLIs can name what to fix.
 */
export function parseAppConfig(raw: unknown): AppConfigParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ key: '(root)', message: 'must be a JSON object' }] };
  }
  const result = appConfigSchema.safeParse(raw, {
    // A missing key otherwise reads "expected string, received undefined".
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? `is missing (expected ${issue.expected})` : undefined),
  });
  if (result.success) {
    return { ok: true, config: result.data };
  }
  return { ok: false, problems: result.error.issues.map((issue) => ({ key: keyOf(issue), message: messageOf(issue) })) };
}

/** One line per problem, for a CLI or a log: `The app configuration is not valid:\n  - auth.clientId: must be a GUID`. */
export function formatConfigProblems(problems: readonly ConfigProblem[]): string {
  return ['The app configuration is not valid:', ...problems.map((problem) => `  - ${problem.key}: ${problem.message}`)].join('\n');
}
