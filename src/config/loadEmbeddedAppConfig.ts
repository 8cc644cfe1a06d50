// Resolved at build time: vite maps `@app-config` to the file named by IVHO_CONFIG
// (default config/local.json); jest and tsc map it to config/local.json.
import embeddedConfig from '@app-config';
import { parseAppConfig, type AppConfigParseResult } from './parseAppConfig';

/** Validates the configuration embedded in the build. */
export function loadEmbeddedAppConfig(): AppConfigParseResult {
  return parseAppConfig(embeddedConfig);
}
