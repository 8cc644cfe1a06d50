/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import localConfig from '../../config/local.json';
import { parseAppConfig } from '../config/parseAppConfig';
// Not '../teams': its index loads teams-js, which fetches on load (jsdom has no fetch).
import { createStandaloneHost } from '../teams/createStandaloneHost';
import type { HostActionResult, TabConfigSaveHandler, TeamsContext, TeamsHost } from '../teams/TeamsHost';
import { sampleTeamsContext } from '../teams/testing/sampleTeamsContext';
import { App } from './App';

// The library screen loads through fetch; these tests look only at routing, so every load fails fast.
globalThis.fetch = () => Promise.reject(new Error('offline'));

interface SettingsHost {
  readonly host: TeamsHost;
  readonly handler: () => TabConfigSaveHandler | undefined;
}

function settingsHost(registerResult: HostActionResult = { ok: true }): SettingsHost {
  let handler: TabConfigSaveHandler | undefined;
  const host: TeamsHost = {
    ...createStandaloneHost({ locale: 'en-US', url: 'http://localhost/' }),
    kind: 'teams',
    notifyAppLoaded: jest.fn(),
    notifySuccess: jest.fn(),
    notifyFailure: jest.fn(),
    setTabConfigValidity: jest.fn(() => ({ ok: true }) as const),
    registerTabConfigSaveHandler: (next) => {
      handler = next;
      return registerResult;
    },
  };
  return { host, handler: () => handler };
}

function context(overrides: Partial<TeamsContext> = {}): TeamsContext {
  return sampleTeamsContext({ locale: 'en-US', teamId: 'team-1', channelId: 'channel-1', pageId: 'library', ...overrides });
}

const config = parseAppConfig(localConfig);

describe('App routing', () => {
  it('shows the tab settings in the settings frame and saves a contentUrl on the tab origin', async () => {
    const { host, handler } = settingsHost();
    render(<App config={config} connected={{ host, context: context({ frameContext: 'settings' }) }} origin="https://ivho.example.org" url="https://ivho.example.org/?config=1" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up this tab' })).toBeTruthy();
    await waitFor(() => expect(host.notifySuccess).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(host.setTabConfigValidity).toHaveBeenLastCalledWith(true));
    await expect(handler()?.()).resolves.toEqual({
      entityId: 'library',
      contentUrl: 'https://ivho.example.org/?view=library',
      websiteUrl: 'https://ivho.example.org/?view=library',
      suggestedDisplayName: 'Instruments',
    });
  });

  it('starts the settings page of an existing tab from its saved configuration (pages.getConfig)', async () => {
    const { host } = settingsHost();
    const reconfigured: TeamsHost = { ...host, getTabConfig: () => Promise.resolve({ entityId: 'library-privacy', contentUrl: 'https://ivho.example.org/?view=library&theme=privacy' }) };
    render(<App config={config} connected={{ host: reconfigured, context: context({ frameContext: 'settings' }) }} origin="https://ivho.example.org" url="https://ivho.example.org/?setup=channel" />);
    await screen.findByRole('heading', { level: 1, name: 'Set up this tab' });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Theme' }).value).toBe('privacy');
  });

  it('says on its own page when it cannot configure the tab here, and lets Teams show that page', async () => {
    const { host } = settingsHost({ ok: false, code: 'notSupported', capability: 'pages.config', reason: 'notSupportedByHost' });
    render(<App config={config} connected={{ host, context: context({ frameContext: 'settings' }) }} origin="http://localhost" url="http://localhost/" />);
    expect((await screen.findByRole('alert')).textContent).toContain('This tab cannot be set up here');
    await waitFor(() => expect(host.notifySuccess).toHaveBeenCalledTimes(1));
    expect(host.notifyFailure).not.toHaveBeenCalled();
  });

  it('opens a configured tab pinned to the theme in its contentUrl', () => {
    const { host } = settingsHost();
    render(<App config={config} connected={{ host, context: context() }} origin="http://localhost" url="http://localhost/?view=library&theme=privacy&q=datalek" />);
    expect(screen.getByTestId('pinned-view').textContent).toBe('This tab shows: Theme: Privacy and personal data · Search words: datalek');
    expect(screen.getByRole('heading', { level: 1, name: 'Instrument library' })).toBeTruthy();
  });

  it('says a deep link led nowhere and shows the library for an unknown subPageId', () => {
    const { host } = settingsHost();
    render(<App config={config} connected={{ host, context: context({ locale: 'nl-NL', subPageId: 'report:2024' }) }} origin="http://localhost" url="http://localhost/" />);
    const notice = screen.getByTestId('route-notice');
    expect(notice.textContent).toContain('Deze link leidt nergens heen');
    expect(notice.textContent).toContain('"report:2024"');
    expect(screen.getByRole('heading', { level: 1, name: 'Instrumentenbibliotheek' })).toBeTruthy();
  });

  it('shows no notice for the plain library', () => {
    const { host } = settingsHost();
    render(<App config={config} connected={{ host, context: context() }} origin="http://localhost" url="http://localhost/" />);
    expect(screen.queryByTestId('route-notice')).toBeNull();
  });
});
