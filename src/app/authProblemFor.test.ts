import { AuthError } from '../auth';
import { parseAppConfig } from '../config/parseAppConfig';
import localConfig from '../../config/local.json';
import { createGraphClient, GraphError } from '../graph';
import { authProblemFor, concernsTheWholeSite } from './authProblemFor';
import { createAppListClient } from './createAppListClient';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('authProblemFor', () => {
  it('finds a consent failure of the token source behind the Graph error', async () => {
    const consent = new AuthError('consentRequired', 'AADSTS65001: no consent', { msalCode: 'invalid_grant' });
    const graph = createGraphClient({
      baseUrl: 'https://graph.microsoft.com/v1.0',
      tokenSource: { getAccessToken: () => Promise.reject(consent) },
      fetch: () => Promise.reject(new Error('nothing may be sent without a token')),
    });
    const error: unknown = await graph.send({ method: 'GET', path: '/me' }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toMatchObject({ kind: 'auth', code: 'tokenUnavailable' });
    expect(authProblemFor(error)).toEqual({ kind: 'consentRequired', error });
  });

  it('calls a 403 from Graph a site access problem', () => {
    const forbidden = new GraphError({ kind: 'forbidden', status: 403, code: 'accessDenied', message: 'Access denied' });
    expect(authProblemFor(forbidden)).toEqual({ kind: 'siteAccessDenied', error: forbidden });
  });

  it('leaves problems a user can fix, and other failures, to the screen', () => {
    const cancelled = new GraphError({ kind: 'auth', status: 0, code: 'tokenUnavailable', message: 'x', cause: new AuthError('userCancelled', 'closed') });
    expect(authProblemFor(cancelled)).toBeUndefined();
    expect(authProblemFor(new GraphError({ kind: 'notFound', status: 404, code: 'itemNotFound', message: 'x' }))).toBeUndefined();
    expect(authProblemFor(new Error('boom'))).toBeUndefined();
  });
});

describe('createAppListClient onFailure', () => {
  const originalFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = originalFetch;
  });

  it('reports a failed Graph call to the session before the caller sees it', async () => {
    const config = parseAppConfig(localConfig);
    if (!config.ok) throw new Error('local config must parse');
    const seen: string[] = [];
    globalThis.fetch = (input: string | URL | Request) => {
      const url = String(input instanceof Request ? input.url : input);
      seen.push(url);
      if (url.includes('/emulator/token')) return Promise.resolve(jsonResponse(200, { access_token: 'dev', expires_in: 3600 }));
      return Promise.resolve(jsonResponse(403, { error: { code: 'accessDenied', message: 'The app has no grant on this site' } }));
    };
    const failures: unknown[] = [];
    const lists = createAppListClient(config.config, { origin: 'http://127.0.0.1:4280', userPrincipalName: undefined, onFailure: (error) => failures.push(error) });
    const error: unknown = await lists.siteId().then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(failures).toEqual([error]);
    expect(authProblemFor(error)?.kind).toBe('siteAccessDenied');
    expect(seen.some((url) => url.startsWith('http://127.0.0.1:4280/graph/v1.0/sites/contoso.sharepoint.com:/sites/ivho'))).toBe(true);
  });
});

describe('concernsTheWholeSite', () => {
  const site = '/sites/contoso.sharepoint.com:/sites/ivho:';
  it('is the site itself and the instrument library everyone reads', () => {
    expect(concernsTheWholeSite(site, 'Instruments')).toBe(true);
    expect(concernsTheWholeSite(`${site}/lists/Instruments/items?$top=5000`, 'Instruments')).toBe(true);
    expect(concernsTheWholeSite(`https://graph.microsoft.com/v1.0${site}/lists/instruments/items/delta?token=abc`, 'Instruments')).toBe(true);
    expect(concernsTheWholeSite(`${site}/lists/IV-HO%20instrumenten/items`, 'IV-HO instrumenten')).toBe(true);
  });

  it('is not a list a section may be closed to, a channel post, the directory or the app folder', () => {
    expect(concernsTheWholeSite(`${site}/lists/Lessons/items?$top=5000`, 'Instruments')).toBe(false);
    expect(concernsTheWholeSite(`${site}/lists/IncidentCases/items`, 'Instruments')).toBe(false);
    expect(concernsTheWholeSite('/teams/t1/channels/c1/messages', 'Instruments')).toBe(false);
    expect(concernsTheWholeSite('/users?$search="displayName:jan"', 'Instruments')).toBe(false);
    expect(concernsTheWholeSite('/me/drive/special/approot:/preferences.json:/content', 'Instruments')).toBe(false);
  });
});
