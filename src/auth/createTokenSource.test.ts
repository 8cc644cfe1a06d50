import type { Configuration } from '@azure/msal-browser';
import { parseAppConfig } from '../config/parseAppConfig';
import type { AppConfig } from '../config/AppConfig';
import localConfig from '../../config/local.json';
import tenantExample from '../../config/example.tenant.json';
import { createTokenSource } from './createTokenSource';
import type { MsalClientFactory, MsalTokenClient } from './MsalTokenClient';

function parsed(raw: unknown): AppConfig {
  const result = parseAppConfig(raw);
  if (!result.ok) throw new Error(`bad test config: ${JSON.stringify(result.problems)}`);
  return result.config;
}

const anna = { homeAccountId: 'h', environment: 'login.microsoftonline.com', tenantId: 't', username: 'anna@contoso.example', localAccountId: 'l' };

/** A factory that records which flow was chosen and with what configuration. */
function recording(label: string, log: string[], configurations: Configuration[]): MsalClientFactory {
  const client: MsalTokenClient = {
    acquireTokenSilent: (request) => Promise.resolve({ accessToken: `${label}:${request.scopes.join(' ')}`, account: anna }),
    ssoSilent: (request) => Promise.resolve({ accessToken: `${label}:${request.scopes?.join(' ') ?? ''}:${request.loginHint ?? '-'}`, account: anna }),
    acquireTokenPopup: () => Promise.reject(new Error('no popup expected')),
    getActiveAccount: () => null,
    getAllAccounts: () => [],
    setActiveAccount: () => undefined,
  };
  return (configuration) => {
    log.push(label);
    configurations.push(configuration);
    return Promise.resolve(client);
  };
}

describe('createTokenSource', () => {
  const { redirectUri: _configured, ...authWithoutRedirect } = tenantExample.auth;
  const tenant = parsed({ ...tenantExample, auth: authWithoutRedirect });

  it('uses Nested App Authentication inside a host, with the host user as login hint', async () => {
    const log: string[] = [];
    const configurations: Configuration[] = [];
    const source = createTokenSource(tenant, {
      origin: 'https://tab.example',
      userPrincipalName: 'anna@contoso.example',
      hosted: true,
      msalClients: { nested: recording('nested', log, configurations), browser: recording('browser', log, configurations) },
    });
    // The library's scopes only, in the bare form the manifest lists for NAA; features ask for theirs when used.
    await expect(source.getAccessToken()).resolves.toBe('nested:Sites.Selected User.Read:anna@contoso.example');
    await expect(source.getAccessToken(['Files.ReadWrite.AppFolder'])).resolves.toBe('nested:Files.ReadWrite.AppFolder:anna@contoso.example');
    expect(log).toEqual(['nested']);
  });

  it('uses the standard SPA flow in a plain browser, redirecting to the bridge page beside the tab', async () => {
    const log: string[] = [];
    const configurations: Configuration[] = [];
    const source = createTokenSource(tenant, {
      origin: 'https://host.example',
      pageUrl: 'https://host.example/ivho/index.html?pageId=library',
      userPrincipalName: undefined,
      hosted: false,
      msalClients: { nested: recording('nested', log, configurations), browser: recording('browser', log, configurations) },
    });
    await expect(source.getAccessToken()).resolves.toBe('browser:Sites.Selected User.Read:-');
    expect(log).toEqual(['browser']);
    expect(configurations[0]?.auth.redirectUri).toBe('https://host.example/ivho/auth-redirect.html');
  });

  it('keeps a configured redirect URI and prefixes scopes with the configured Graph cloud', async () => {
    const configurations: Configuration[] = [];
    const config = parsed({ ...tenantExample, graphBaseUrl: 'https://graph.microsoft.us/v1.0' });
    const source = createTokenSource(config, {
      origin: 'https://tab.example',
      userPrincipalName: undefined,
      hosted: false,
      msalClients: { browser: recording('browser', [], configurations) },
    });
    await expect(source.getAccessToken()).resolves.toBe('browser:https://graph.microsoft.us/Sites.Selected https://graph.microsoft.us/User.Read:-');
    expect(configurations[0]?.auth.redirectUri).toBe(tenantExample.auth.redirectUri);
    expect(configurations[0]?.auth.redirectUri).toBe('https://ivho.contoso.example/auth-redirect.html');
  });

  it('uses the emulator’s dev tokens in local mode, for the host user or the default user', async () => {
    const requested: string[] = [];
    const originalFetch = globalThis.fetch;
    globalThis.fetch = (input: string | URL | Request) => {
      requested.push(input instanceof Request ? input.url : input instanceof URL ? input.href : input);
      return Promise.resolve(new Response(JSON.stringify({ access_token: 'dev', expires_in: 3600 }), { status: 200 }));
    };
    try {
      const local = parsed(localConfig);
      await expect(createTokenSource(local, { origin: 'http://127.0.0.1:4280', userPrincipalName: undefined, hosted: true }).getAccessToken()).resolves.toBe('dev');
      await createTokenSource(local, { origin: 'http://127.0.0.1:4280', userPrincipalName: 'reader@contoso.example', hosted: false }).getAccessToken();
    } finally {
      globalThis.fetch = originalFetch;
    }
    expect(requested).toEqual([
      'http://127.0.0.1:4280/emulator/token?user=coordinator%40contoso.example&scopes=Sites.Selected+User.Read',
      'http://127.0.0.1:4280/emulator/token?user=reader%40contoso.example&scopes=Sites.Selected+User.Read',
    ]);
  });
});
