import type { AppConfig } from './AppConfig';

/**
 * The absolute Graph base URL without a trailing slash. A relative `graphBaseUrl`
 * (local mode: `/graph/v1.0`) is resolved against the tab's origin, so the same
 * build works on any emulator port.
 */
export function resolveGraphBaseUrl(config: Pick<AppConfig, 'graphBaseUrl'>, origin: string): string {
  return new URL(config.graphBaseUrl, origin).href.replace(/\/+$/, '');
}
