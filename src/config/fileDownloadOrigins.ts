import type { AppConfig } from './AppConfig';

/**
 * Origins that OneDrive's pre-authenticated download URLs point to, which the tab reads
 * without a token (the app folder's files; docs/decisions.md #13). In a tenant that is
 * the user's OneDrive host: `contoso.sharepoint.com` has its OneDrive on
 * `contoso-my.sharepoint.com`. A multi-geo tenant or a national cloud names its hosts
 * in `fileDownloadOrigins`. Locally the emulator serves downloads from another loopback
 * port, as a different origin, like the real thing.
 */
export function fileDownloadOrigins(config: AppConfig): readonly string[] {
  if (config.mode === 'local') return ['http://127.0.0.1:*', 'http://localhost:*'];
  if (config.fileDownloadOrigins !== undefined) return config.fileDownloadOrigins;
  const match = /^([a-z0-9-]+)\.(sharepoint\.(?:com|us|de|cn))$/i.exec(config.site.hostname);
  return match === null ? [] : [`https://${match[1] ?? ''}-my.${match[2] ?? ''}`.toLowerCase()];
}
