/** @jest-environment jsdom */
import { act, render, screen, waitFor } from '@testing-library/react';
import { parseAppConfig } from '../config/parseAppConfig';
import localConfig from '../../config/local.json';
// Not '../teams': its index loads teams-js, which fetches on load (jsdom has no fetch).
import { createStandaloneHost } from '../teams/createStandaloneHost';
import type { HostThemeName, TeamsContext, TeamsHost } from '../teams/TeamsHost';
import { sampleTeamsContext } from '../teams/testing/sampleTeamsContext';
import { App } from './App';

/** A host whose calls are recorded and whose theme the test switches. */
function recordingHost(): { host: TeamsHost; switchTheme: (theme: HostThemeName) => void } {
  const listeners = new Set<(theme: HostThemeName) => void>();
  const standalone = createStandaloneHost({ locale: 'nl-NL', url: 'http://localhost/' });
  const host: TeamsHost = {
    ...standalone,
    kind: 'teams',
    onThemeChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notifyAppLoaded: jest.fn(),
    notifySuccess: jest.fn(),
    notifyFailure: jest.fn(),
  };
  return { host, switchTheme: (theme) => listeners.forEach((listener) => listener(theme)) };
}

function context(overrides: Partial<TeamsContext> = {}): TeamsContext {
  return sampleTeamsContext(overrides);
}

const badConfig = parseAppConfig({ ...localConfig, auth: { kind: 'emulator', tokenUrl: 'ftp://x', defaultUser: 'nobody' }, extra: 1 });

describe('App', () => {
  it('names every bad config key on its own page, and tells the host it started so that Teams shows that page, not its own error', async () => {
    const { host } = recordingHost();
    render(<App config={badConfig} connected={{ host, context: context() }} origin="http://localhost" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('De app is niet goed geconfigureerd');
    const alert = screen.getByRole('alert');
    for (const key of ['auth.tokenUrl', 'auth.defaultUser', 'extra']) expect(alert.textContent).toContain(key);
    await waitFor(() => expect(host.notifySuccess).toHaveBeenCalledTimes(1));
    expect(host.notifyAppLoaded).toHaveBeenCalledTimes(1);
    expect(host.notifyFailure).not.toHaveBeenCalled();
  });

  it('says so, with a reload, when it is inside a host that never started it: never runs as if in a plain browser', () => {
    const { host } = recordingHost();
    render(
      <App
        config={parseAppConfig(localConfig)}
        connected={{ host, context: context({ hostName: 'Browser', frameContext: 'none', userPrincipalName: undefined }), hostUnavailable: { code: 'hostTimeout', message: 'no answer' } }}
        origin="http://localhost"
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Teams heeft de app niet gestart');
    expect(screen.getByRole('button', { name: 'Opnieuw laden' })).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('shows English for an English host locale and sets the document language', () => {
    const { host } = recordingHost();
    render(<App config={badConfig} connected={{ host, context: context({ locale: 'en-GB' }) }} origin="http://localhost" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The app is not configured correctly');
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows the host theme live', () => {
    const { host, switchTheme } = recordingHost();
    const { container } = render(<App config={badConfig} connected={{ host, context: context({ theme: 'default' }) }} origin="http://localhost" />);
    const themed = (): string | null | undefined => container.querySelector('[data-host-theme]')?.getAttribute('data-host-theme');
    expect(themed()).toBe('default');
    act(() => switchTheme('dark'));
    expect(themed()).toBe('dark');
    act(() => switchTheme('contrast'));
    expect(themed()).toBe('contrast');
  });
});
