import { readFileSync } from 'node:fs';
import { parseAppConfig } from '../../src/config/parseAppConfig';
import { contentSecurityPolicy, staticWebAppConfig } from './contentSecurityPolicy';

function loadConfig(path: string) {
  const parsed = parseAppConfig(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(`bad test config ${path}`);
  return parsed.config;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
}

describe('contentSecurityPolicy', () => {
  it('allows no inline or evaluated script, and framing only by Teams and Microsoft 365 hosts', () => {
    const policy = directives(contentSecurityPolicy(loadConfig('config/example.tenant.json')));
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(expect.arrayContaining(['https://teams.microsoft.com', 'https://*.cloud.microsoft', 'https://outlook.office.com']));
    expect(policy.get('frame-ancestors')).not.toContain('*');
    expect(policy.get('frame-ancestors')).not.toContain('http://localhost:*');
    expect(policy.get('connect-src')).toEqual(expect.arrayContaining(['https://graph.microsoft.com', 'https://login.microsoftonline.com']));
    expect(policy.get('frame-src')).toEqual(['https://login.microsoftonline.com']);
  });

  it("lets the tab read OneDrive's download URLs on the site's -my host, or the origins the config names", () => {
    const config = loadConfig('config/example.tenant.json');
    expect(directives(contentSecurityPolicy(config)).get('connect-src')).toContain('https://contoso-my.sharepoint.com');
    const multiGeo = { ...config, fileDownloadOrigins: ['https://contosoeur-my.sharepoint.com'] };
    const connect = directives(contentSecurityPolicy(multiGeo)).get('connect-src');
    expect(connect).toContain('https://contosoeur-my.sharepoint.com');
    expect(connect).not.toContain('https://contoso-my.sharepoint.com');
  });

  it("keeps local mode to its own origin and the emulator's loopback file host", () => {
    const policy = directives(contentSecurityPolicy(loadConfig('config/local.json')));
    expect(policy.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:*', 'http://localhost:*', 'https://res.cdn.office.net']);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    // The emulator's host page frames the tab from the other loopback name.
    expect(policy.get('frame-ancestors')).toEqual(expect.arrayContaining(['http://127.0.0.1:*', 'http://localhost:*']));
  });

  it('ships the same policy in the Static Web Apps headers', () => {
    const config = loadConfig('config/example.tenant.json');
    expect(staticWebAppConfig(config)).toMatchObject({ globalHeaders: { 'Content-Security-Policy': contentSecurityPolicy(config), 'X-Content-Type-Options': 'nosniff' } });
  });
});
