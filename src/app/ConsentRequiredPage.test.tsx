/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { parseAppConfig } from '../config/parseAppConfig';
import type { AppConfig } from '../config/AppConfig';
import localConfig from '../../config/local.json';
import tenantExample from '../../config/example.tenant.json';
import { I18nProvider } from '../i18n';
import { ConsentRequiredPage } from './ConsentRequiredPage';

function parsed(raw: unknown): AppConfig {
  const result = parseAppConfig(raw);
  if (!result.ok) throw new Error(`bad test config: ${JSON.stringify(result.problems)}`);
  return result.config;
}

function inLocale(locale: string, children: ReactNode): ReactNode {
  return (
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale={locale}>{children}</I18nProvider>
    </FluentProvider>
  );
}

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const TENANT_ID = '66666666-7777-8888-9999-000000000000';
const tenant = parsed({
  ...tenantExample,
  auth: { ...tenantExample.auth, clientId: CLIENT_ID, tenantId: TENANT_ID },
  scopes: { library: ['Sites.Selected', 'User.Read'], people: ['User.ReadBasic.All'], channelPost: ['ChannelMessage.Send'] },
});

describe('ConsentRequiredPage', () => {
  it('tells an English user what an admin must grant, with the admin-consent link and a retry', async () => {
    const onRetry = jest.fn();
    const onShown = jest.fn();
    render(inLocale('en-US', <ConsentRequiredPage problem="consentRequired" config={tenant} onRetry={onRetry} onShown={onShown} />));

    expect(screen.getByRole('heading', { level: 1, name: 'An administrator must grant access' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('has not yet consented');
    const scopes = within(screen.getByRole('list', { name: /delegated Microsoft Graph permissions/ })).getAllByRole('listitem');
    expect(scopes.map((item) => item.textContent)).toEqual([expect.stringMatching(/^Sites\.Selected: .*one SharePoint site/), expect.stringMatching(/^User\.Read: Sign you in/)]);
    // The features' own scopes are optional: asked for when first used, the app works without them.
    const optional = within(screen.getByRole('list', { name: /Optional, asked for only when/ })).getAllByRole('listitem');
    expect(optional.map((item) => item.textContent)).toEqual([expect.stringMatching(/^ChannelMessage\.Send: .*Teams channel/), expect.stringMatching(/^User\.ReadBasic\.All: .*people pickers/)]);
    expect(screen.getByText(/per-site grant/).textContent).toContain('contoso.sharepoint.com/sites/ivho');

    const link = screen.getByRole('link', { name: 'Grant admin consent in Microsoft Entra ID' });
    expect(link.getAttribute('href')).toBe(`https://login.microsoftonline.com/${TENANT_ID}/adminconsent?client_id=${CLIENT_ID}`);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(onShown).toHaveBeenCalledTimes(1);
  });

  it('speaks Dutch, explains a refused site, and links organizations for a multi-tenant registration', () => {
    const multiTenant = parsed({ ...tenantExample, auth: { ...tenantExample.auth, clientId: CLIENT_ID, tenantId: 'organizations' } });
    render(inLocale('nl-NL', <ConsentRequiredPage problem="siteAccessDenied" config={multiTenant} onRetry={() => undefined} />));

    expect(screen.getByRole('heading', { level: 1, name: 'Een beheerder moet toegang geven' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('weigerde de toegang tot de SharePoint-site contoso.sharepoint.com/sites/ivho');
    expect(screen.getByRole('link', { name: 'Beheerderstoestemming geven in Microsoft Entra ID' }).getAttribute('href')).toBe(
      `https://login.microsoftonline.com/organizations/adminconsent?client_id=${CLIENT_ID}`,
    );
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
  });

  it('has no consent link in local mode, where the emulator checks roles instead', () => {
    render(inLocale('en-GB', <ConsentRequiredPage problem="siteAccessDenied" config={parsed(localConfig)} onRetry={() => undefined} />));
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/Local mode/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
