/** @jest-environment jsdom */
import { BrowserAuthError, type AccountInfo, type EndSessionPopupRequest, type PopupRequest } from '@azure/msal-browser';
import { emulatorAccountControl, msalAccountControl } from './accountControl';
import { readEmulatorAccount } from './deviceAccount';
import type { MsalAccountClient, MsalTokenResult } from './MsalTokenClient';

function account(username: string): AccountInfo {
  return { homeAccountId: `${username}.home`, environment: 'login.microsoftonline.com', tenantId: 't-1', username, localAccountId: `${username}.local` };
}

/** An msal client that records what the account control asks of it. */
class FakeMsal implements MsalAccountClient {
  readonly logouts: Array<EndSessionPopupRequest | undefined> = [];
  readonly cleared: Array<AccountInfo | null | undefined> = [];
  readonly popups: PopupRequest[] = [];
  constructor(
    public active: AccountInfo | null,
    private readonly logout: () => Promise<void> = () => Promise.resolve(),
    private readonly popup: () => Promise<MsalTokenResult> = () => Promise.resolve({ accessToken: 't', account: account('b@contoso.example') }),
  ) {}
  acquireTokenPopup(request: PopupRequest): Promise<MsalTokenResult> {
    this.popups.push(request);
    return this.popup();
  }
  logoutPopup(request?: EndSessionPopupRequest): Promise<void> {
    this.logouts.push(request);
    return this.logout();
  }
  clearCache(request?: { account?: AccountInfo | null }): Promise<void> {
    this.cleared.push(request?.account);
    return Promise.resolve();
  }
  getActiveAccount(): AccountInfo | null {
    return this.active;
  }
  setActiveAccount(value: AccountInfo | null): void {
    this.active = value;
  }
}

describe('msalAccountControl', () => {
  it('signs the active account out of Entra ID, not only out of this browser', async () => {
    const msal = new FakeMsal(account('a@contoso.example'));
    await msalAccountControl(() => Promise.resolve(msal), ['Sites.Selected']).signOut();
    expect(msal.logouts).toEqual([{ account: account('a@contoso.example') }]);
    expect(msal.cleared).toEqual([]);
  });

  it('still clears the account from this browser when the sign-out popup is blocked', async () => {
    const msal = new FakeMsal(account('a@contoso.example'), () => Promise.reject(new BrowserAuthError('popup_window_error', 'blocked')));
    await msalAccountControl(() => Promise.resolve(msal), ['Sites.Selected']).signOut();
    expect(msal.cleared).toEqual([account('a@contoso.example')]);
  });

  it('asks Entra ID which account to sign in and makes it the active one', async () => {
    const msal = new FakeMsal(account('a@contoso.example'));
    const control = msalAccountControl(() => Promise.resolve(msal), ['Sites.Selected', 'User.Read']);
    await control.signIn(undefined);
    expect(msal.popups).toEqual([{ scopes: ['Sites.Selected', 'User.Read'], prompt: 'select_account' }]);
    expect(msal.active?.username).toBe('b@contoso.example');
    expect(control.namesAccount).toBe(false);
  });

  it('reports a cancelled sign-in as an AuthError', async () => {
    const msal = new FakeMsal(null, undefined, () => Promise.reject(new BrowserAuthError('user_cancelled', 'cancelled')));
    await expect(msalAccountControl(() => Promise.resolve(msal), ['Sites.Selected']).signIn(undefined)).rejects.toMatchObject({ name: 'AuthError', code: 'userCancelled' });
  });
});

describe('emulatorAccountControl', () => {
  afterEach(() => localStorage.clear());

  it('remembers the demo user named at sign-in and forgets it at sign-out', async () => {
    const control = emulatorAccountControl();
    await control.signIn('staff@contoso.example');
    expect(readEmulatorAccount()).toBe('staff@contoso.example');
    await control.signOut();
    expect(readEmulatorAccount()).toBeUndefined();
  });
});
