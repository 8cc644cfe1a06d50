import type { AppConfig } from '../../src/config/AppConfig';
import { EMULATOR_HOST_SOURCES } from '../../src/config/emulatorHostOrigins';
import { fileDownloadOrigins } from '../../src/config/fileDownloadOrigins';

/**
 * The hosts that may frame the tab: Teams, Outlook and the Microsoft 365 app, on their
 * old and their new (`*.cloud.microsoft`) domains, as Microsoft's tab requirements list
 * them. `'self'` lets the emulator's host page frame a local build.
 */
export const TEAMS_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
] as const;

/** teams-js fetches its list of valid host origins from here. */
const TEAMS_JS_VALID_DOMAINS_ORIGIN = 'https://res.cdn.office.net';
/** Entra ID: msal-browser's popups and silent token renewal. */
const ENTRA_LOGIN_ORIGIN = 'https://login.microsoftonline.com';

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    // A root-relative Graph URL (local mode) is same-origin: covered by 'self'.
    return undefined;
  }
}

/**
 * The production Content-Security-Policy of the tab for a configuration: scripts only
 * from the tab's own origin (no inline script, no eval), Graph, OneDrive's download
 * host and sign-in as the only other connections, and framing only by Teams and Microsoft 365 hosts. Styles allow
 * `'unsafe-inline'` because Fluent UI (Griffel) and tabster set inline styles at run
 * time; no user content ever reaches a style.
 */
export function contentSecurityPolicy(config: AppConfig): string {
  const graphOrigin = originOf(config.graphBaseUrl);
  const signIn = config.mode === 'tenant' ? [ENTRA_LOGIN_ORIGIN] : [];
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(graphOrigin === undefined ? [] : [graphOrigin]), ...fileDownloadOrigins(config), ...signIn, TEAMS_JS_VALID_DOMAINS_ORIGIN],
    'frame-src': signIn.length === 0 ? ["'none'"] : signIn,
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
    // Locally the emulator's host page frames the tab from the other loopback name.
    'frame-ancestors': config.mode === 'local' ? [...TEAMS_FRAME_ANCESTORS, ...EMULATOR_HOST_SOURCES] : TEAMS_FRAME_ANCESTORS,
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * Headers for Azure Static Web Apps (`staticwebapp.config.json` in the build output); other
 * hosts copy the same headers (docs/admin-guide.md).
 */
export function staticWebAppConfig(config: AppConfig): Record<string, unknown> {
  return {
    globalHeaders: {
      'Content-Security-Policy': contentSecurityPolicy(config),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
    navigationFallback: { rewrite: '/index.html', exclude: ['/assets/*'] },
  };
}
