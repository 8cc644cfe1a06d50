import { readFileSync } from 'node:fs';
import { formatConfigProblems, parseAppConfig } from '../../src/config/parseAppConfig';

/**
 * Checks the tab configuration that the build will embed (the file `IVHO_CONFIG` names,
 * default config/local.json) before the emulator starts, so a wrong key is reported in
 * the terminal with its name instead of as a broken tab later.
 * @returns undefined when the file is valid, else a message naming the file and each bad key.
 */
export function validateTabConfigFile(path: string): string | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    return `The tab configuration ${path} cannot be read as JSON: ${reason}`;
  }
  const result = parseAppConfig(raw);
  return result.ok ? undefined : `${path}: ${formatConfigProblems(result.problems)}`;
}
