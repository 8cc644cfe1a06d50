import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  ServerError,
  type AccountInfo,
  type Configuration,
  type PopupRequest,
  type SilentRequest,
  type SsoSilentRequest,
} from '@azure/msal-browser';
import type { TokenSource } from '../graph';
import { browserTokenSource } from './browserTokenSource';
import type { MsalClientFactory, MsalTokenClient, MsalTokenResult } from './MsalTokenClient';
import type { MsalTokenSourceOptions } from './msalTokenSource';
import { nestedAppTokenSource } from './nestedAppTokenSource';

function account(username: string): AccountInfo {
  return { homeAccountId: `${username}.home`, environment: 'login.microsoftonline.com', tenantId: 't-1', username, localAccountId: `${username}.local` };
}

type Answer = MsalTokenResult | Error;

/** An msal client whose answers the test queues and whose calls it inspects. */
class FakeMsal implements MsalTokenClient {
  readonly calls: { silent: SilentRequest[]; sso: SsoSilentRequest[]; popup: PopupRequest[] } = { silent: [], sso: [], popup: [] };
  active: AccountInfo | null = null;
  readonly answers: { silent: Answer[]; sso: Answer[]; popup: Answer[] } = { silent: [], sso: [], popup: [] };

  constructor(private readonly accounts: AccountInfo[] = []) {}

  private answer(kind: 'silent' | 'sso' | 'popup'): Promise<MsalTokenResult> {
    const next = this.answers[kind].shift();
    if (next === undefined) return Promise.reject(new Error(`unexpected ${kind} call`));
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  }

  acquireTokenSilent(request: SilentRequest): Promise<MsalTokenResult> {
    this.calls.silent.push(request);
    return this.answer('silent');
  }
  ssoSilent(request: SsoSilentRequest): Promise<MsalTokenResult> {
    this.calls.sso.push(request);
    return this.answer('sso');
  }
  acquireTokenPopup(request: PopupRequest): Promise<MsalTokenResult> {
    this.calls.popup.push(request);
    return this.answer('popup');
  }
  getActiveAccount(): AccountInfo | null {
    return this.active;
  }
  getAllAccounts(): AccountInfo[] {
    return [...this.accounts];
  }
  setActiveAccount(value: AccountInfo | null): void {
    this.active = value;
  }
}

function factoryOf(client: FakeMsal): { create: MsalClientFactory; configurations: Configuration[] } {
  const configurations: Configuration[] = [];
  return {
    configurations,
    create: (configuration) => {
      configurations.push(configuration);
      return Promise.resolve(client);
    },
  };
}

const baseOptions: MsalTokenSourceOptions = {
  clientId: '11111111-2222-3333-4444-555555555555',
  tenantId: '66666666-7777-8888-9999-000000000000',
  scopes: ['Sites.Selected', 'User.Read'],
  redirectUri: 'https://tab.example/auth-redirect.html',
};
/** The library's scopes, requested in the bare form (Entra ID takes them to be Graph's; the manifest lists them so for NAA). */
const graphScopes = ['Sites.Selected', 'User.Read'];

const consentError = (): Error => new InteractionRequiredAuthError('consent_required', 'c-1', 'AADSTS65001: consent needed');
const interactionError = (): Error => new InteractionRequiredAuthError('interaction_required', 'c-2');

type Flavour = [string, (options: MsalTokenSourceOptions, create: MsalClientFactory) => TokenSource];
const flavours: Flavour[] = [
  ['nestedAppTokenSource', nestedAppTokenSource],
  ['browserTokenSource', browserTokenSource],
];

describe.each(flavours)('%s', (_name, makeSource) => {
  it('configures msal with the app registration and the redirect bridge', async () => {
    const anna = account('anna@contoso.example');
    const client = new FakeMsal([anna]);
    client.answers.silent.push({ accessToken: 'a-1', account: anna });
    const factory = factoryOf(client);
    await makeSource(baseOptions, factory.create).getAccessToken();
    expect(factory.configurations).toEqual([
      {
        auth: {
          clientId: baseOptions.clientId,
          authority: `https://login.microsoftonline.com/${baseOptions.tenantId}`,
          redirectUri: 'https://tab.example/auth-redirect.html',
        },
        cache: { cacheLocation: 'localStorage' },
      },
    ]);
  });

  it('gets a token silently for the cached account with Graph-prefixed scopes, without a popup', async () => {
    const anna = account('anna@contoso.example');
    const client = new FakeMsal([anna]);
    client.answers.silent.push({ accessToken: 'a-1', account: anna });
    const source = makeSource(baseOptions, factoryOf(client).create);
    await expect(source.getAccessToken()).resolves.toBe('a-1');
    expect(client.calls.silent).toEqual([{ scopes: graphScopes, account: anna, forceRefresh: false }]);
    expect(client.calls.popup).toEqual([]);
  });

  it('picks the account of the login hint and passes the hint to ssoSilent and the popup', async () => {
    const anna = account('anna@contoso.example');
    const ruben = account('Ruben@Contoso.example');
    const withAccount = new FakeMsal([anna, ruben]);
    withAccount.answers.silent.push({ accessToken: 'r-1', account: ruben });
    await makeSource({ ...baseOptions, loginHint: 'ruben@contoso.example' }, factoryOf(withAccount).create).getAccessToken();
    expect(withAccount.calls.silent[0]?.account).toBe(ruben);

    const empty = new FakeMsal([anna]);
    empty.answers.sso.push(interactionError());
    empty.answers.popup.push({ accessToken: 'p-1', account: ruben });
    const source = makeSource({ ...baseOptions, loginHint: 'ruben@contoso.example' }, factoryOf(empty).create);
    await expect(source.getAccessToken()).resolves.toBe('p-1');
    // Anna is cached, but the host's user is Ruben: never a token for the wrong user.
    expect(empty.calls.silent).toEqual([]);
    expect(empty.calls.sso).toEqual([{ scopes: graphScopes, loginHint: 'ruben@contoso.example' }]);
    expect(empty.calls.popup).toEqual([{ scopes: graphScopes, loginHint: 'ruben@contoso.example' }]);
  });

  it('falls back to a popup when the silent call needs interaction, and remembers the account', async () => {
    const anna = account('anna@contoso.example');
    const client = new FakeMsal([anna]);
    client.answers.silent.push(interactionError());
    client.answers.popup.push({ accessToken: 'p-1', account: anna });
    const source = makeSource(baseOptions, factoryOf(client).create);
    await expect(source.getAccessToken()).resolves.toBe('p-1');
    expect(client.calls.popup).toEqual([{ scopes: graphScopes }]);
    expect(client.active).toBe(anna);
  });

  it('for background work (interactive: false) never opens a popup: a missing consent is reported as it came', async () => {
    const client = new FakeMsal([account('anna@contoso.example')]);
    client.answers.silent.push(consentError());
    const source = makeSource(baseOptions, factoryOf(client).create);
    await expect(source.getAccessToken(['TeamsActivity.Send'], { interactive: false })).rejects.toMatchObject({ code: 'consentRequired' });
    expect(client.calls.popup).toEqual([]);
  });

  it('without any cached account tries ssoSilent first', async () => {
    const client = new FakeMsal();
    const anna = account('anna@contoso.example');
    client.answers.sso.push({ accessToken: 's-1', account: anna });
    await expect(makeSource(baseOptions, factoryOf(client).create).getAccessToken()).resolves.toBe('s-1');
    expect(client.calls.sso).toEqual([{ scopes: graphScopes }]);
    expect(client.calls.popup).toEqual([]);
  });

  it('reports consentRequired when the popup fails for lack of consent', async () => {
    const client = new FakeMsal([account('anna@contoso.example')]);
    client.answers.silent.push(consentError());
    client.answers.popup.push(new ServerError('invalid_grant', 'c-3', 'AADSTS65001: The user or administrator has not consented'));
    await expect(makeSource(baseOptions, factoryOf(client).create).getAccessToken()).rejects.toMatchObject({
      isAuthError: true,
      code: 'consentRequired',
      msalCode: 'invalid_grant',
    });
  });

  it('keeps consentRequired when the user closes the consent popup', async () => {
    const client = new FakeMsal([account('anna@contoso.example')]);
    client.answers.silent.push(consentError());
    client.answers.popup.push(new BrowserAuthError('user_cancelled', 'c-0'));
    await expect(makeSource(baseOptions, factoryOf(client).create).getAccessToken()).rejects.toMatchObject({ code: 'consentRequired' });
  });

  it('reports popupBlocked and userCancelled from the popup', async () => {
    const client = new FakeMsal([account('anna@contoso.example')]);
    client.answers.silent.push(interactionError(), interactionError());
    client.answers.popup.push(new BrowserAuthError('popup_window_error', 'c-0'), new BrowserAuthError('user_cancelled', 'c-0'));
    const source = makeSource(baseOptions, factoryOf(client).create);
    await expect(source.getAccessToken()).rejects.toMatchObject({ code: 'popupBlocked' });
    await expect(source.getAccessToken()).rejects.toMatchObject({ code: 'userCancelled' });
  });

  it('does not open a popup for a failure a user cannot fix', async () => {
    const client = new FakeMsal([account('anna@contoso.example')]);
    client.answers.silent.push(new BrowserAuthError('timed_out', 'c-0'));
    await expect(makeSource(baseOptions, factoryOf(client).create).getAccessToken()).rejects.toMatchObject({ code: 'unknown', msalCode: 'timed_out' });
    expect(client.calls.popup).toEqual([]);
  });

  it('after invalidate() asks msal for a fresh token once (forceRefresh)', async () => {
    const anna = account('anna@contoso.example');
    const client = new FakeMsal([anna]);
    client.answers.silent.push({ accessToken: 't-1', account: anna }, { accessToken: 't-2', account: anna }, { accessToken: 't-2', account: anna });
    const source = makeSource(baseOptions, factoryOf(client).create);
    await source.getAccessToken();
    source.invalidate?.();
    await expect(source.getAccessToken()).resolves.toBe('t-2');
    await source.getAccessToken();
    expect(client.calls.silent.map((request) => request.forceRefresh)).toEqual([false, true, false]);
  });

  it('asks for a feature’s scopes on their own, so a refused consent fails that feature and not the library’s token', async () => {
    const anna = account('anna@contoso.example');
    const client = new FakeMsal([anna]);
    client.answers.silent.push({ accessToken: 'lib-1', account: anna }, consentError());
    client.answers.popup.push(new BrowserAuthError('user_cancelled', 'closed'));
    const source = makeSource(baseOptions, factoryOf(client).create);
    await expect(source.getAccessToken()).resolves.toBe('lib-1');
    await expect(source.getAccessToken(['ChannelMessage.Send'])).rejects.toMatchObject({ code: 'consentRequired' });
    expect(client.calls.silent.map((request) => request.scopes)).toEqual([graphScopes, ['ChannelMessage.Send']]);
    expect(client.calls.popup).toEqual([{ scopes: ['ChannelMessage.Send'] }]);
  });

  it('creates the msal client once, shares a running acquisition, and retries a failed load', async () => {
    const anna = account('anna@contoso.example');
    const client = new FakeMsal([anna]);
    client.answers.silent.push({ accessToken: 't-1', account: anna }, { accessToken: 't-2', account: anna });
    let loads = 0;
    const create: MsalClientFactory = () => (++loads === 1 ? Promise.reject(new Error('chunk failed to load')) : Promise.resolve(client));
    const source = makeSource(baseOptions, create);
    await expect(source.getAccessToken()).rejects.toMatchObject({ code: 'unknown', message: 'chunk failed to load' });
    const [first, second] = await Promise.all([source.getAccessToken(), source.getAccessToken()]);
    expect([first, second]).toEqual(['t-1', 't-1']);
    await expect(source.getAccessToken()).resolves.toBe('t-2');
    expect(loads).toBe(2);
    expect(client.calls.silent).toHaveLength(2);
  });
});
