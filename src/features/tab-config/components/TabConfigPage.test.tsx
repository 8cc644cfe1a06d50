/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../../i18n';
import { createStandaloneHost } from '../../../teams/createStandaloneHost';
import type { HostActionResult, TabConfigSaveHandler, TabInstanceConfig, TeamsHost } from '../../../teams/TeamsHost';
import type { TabContentChoice } from '../model/TabContentChoice';
import { TabConfigPage } from './TabConfigPage';

interface ConfigHost {
  readonly host: TeamsHost;
  readonly validity: boolean[];
  /** Presses the host's Save: runs the registered handler. */
  save(): Promise<TabInstanceConfig>;
}

/** A settings-frame host that records what the page tells it. */
function configHost(registerResult: HostActionResult = { ok: true }): ConfigHost {
  const validity: boolean[] = [];
  let handler: TabConfigSaveHandler | undefined;
  const host: TeamsHost = {
    ...createStandaloneHost({ locale: 'en-US', url: 'http://localhost/' }),
    kind: 'teams',
    setTabConfigValidity: (valid) => {
      validity.push(valid);
      return { ok: true };
    },
    registerTabConfigSaveHandler: (next) => {
      handler = next;
      return registerResult;
    },
  };
  return {
    host,
    validity,
    save: () => (handler === undefined ? Promise.reject(new Error('no save handler registered')) : handler()),
  };
}

function toInstanceConfig(choice: TabContentChoice, name: string): TabInstanceConfig {
  if (choice.kind !== 'library') return { entityId: choice.kind, contentUrl: `http://localhost/?view=${choice.kind}`, suggestedDisplayName: name };
  const query = new URLSearchParams({ view: choice.kind, ...(choice.theme === undefined ? {} : { theme: choice.theme }), ...(choice.query === undefined ? {} : { q: choice.query }) });
  return { entityId: `library-${choice.theme ?? 'all'}`, contentUrl: `http://localhost/?${query.toString()}`, suggestedDisplayName: name };
}

function renderPage(locale: string, fake: ConfigHost, initial?: TabContentChoice): { onReady: jest.Mock; onUnavailable: jest.Mock } {
  const onReady = jest.fn();
  const onUnavailable = jest.fn();
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale={locale}>
        <TabConfigPage host={fake.host} toInstanceConfig={toInstanceConfig} onReady={onReady} onUnavailable={onUnavailable} initial={initial} />
      </I18nProvider>
    </FluentProvider>,
  );
  return { onReady, onUnavailable };
}

describe('TabConfigPage', () => {
  it('offers labelled choices, enables Save and reports ready', async () => {
    const fake = configHost();
    const { onReady, onUnavailable } = renderPage('en-US', fake);
    expect(screen.getByRole('heading', { level: 1, name: 'Set up this tab' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'What this tab shows' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Search words (optional)' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Tab name/ }).value).toBe('Instruments');
    await waitFor(() => expect(fake.validity.at(-1)).toBe(true));
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(onUnavailable).not.toHaveBeenCalled();
    await expect(fake.save()).resolves.toEqual({ entityId: 'library-all', contentUrl: 'http://localhost/?view=library', suggestedDisplayName: 'Instruments' });
  });

  it('pins a theme chosen with the keyboard; the name follows the theme', async () => {
    const user = userEvent.setup();
    const fake = configHost();
    renderPage('en-US', fake);
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(theme);
    await user.selectOptions(theme, 'Privacy and personal data');
    await user.type(screen.getByRole('textbox', { name: 'Search words (optional)' }), 'datalek');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Tab name/ }).value).toBe('Privacy and personal data');
    await expect(fake.save()).resolves.toEqual({
      entityId: 'library-privacy',
      contentUrl: 'http://localhost/?view=library&theme=privacy&q=datalek',
      suggestedDisplayName: 'Privacy and personal data',
    });
  });

  it('keeps a typed name and disables Save while the name is empty', async () => {
    const user = userEvent.setup();
    const fake = configHost();
    renderPage('nl-NL', fake);
    const name = screen.getByRole('textbox', { name: /Naam van het tabblad/ });
    await user.clear(name);
    await waitFor(() => expect(fake.validity.at(-1)).toBe(false));
    expect(screen.getByText('Geef het tabblad een naam.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await expect(fake.save()).rejects.toThrow('nameRequired');

    await user.type(name, 'Veilig werken');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Thema' }), 'integriteit');
    await waitFor(() => expect(fake.validity.at(-1)).toBe(true));
    await expect(fake.save()).resolves.toMatchObject({ entityId: 'library-integriteit', suggestedDisplayName: 'Veilig werken' });
  });

  it('sets the tab up for the team self-assessment or the incident log, without library fields', async () => {
    const user = userEvent.setup();
    const fake = configHost();
    renderPage('nl-NL', fake);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Wat dit tabblad toont' }), 'Teamzelfevaluatie van dit kanaal');
    expect(screen.queryByRole('combobox', { name: 'Thema' })).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Naam van het tabblad/ }).value).toBe('Zelfevaluatie');
    await expect(fake.save()).resolves.toEqual({ entityId: 'assessments', contentUrl: 'http://localhost/?view=assessments', suggestedDisplayName: 'Zelfevaluatie' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Wat dit tabblad toont' }), 'incidents');
    await expect(fake.save()).resolves.toMatchObject({ entityId: 'incidents', suggestedDisplayName: 'Leren van incidenten' });
  });

  it('opens with the choice of a tab being reconfigured', () => {
    const fake = configHost();
    renderPage('en-US', fake, { kind: 'library', theme: 'kennisveiligheid', query: 'export' });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Theme' }).value).toBe('kennisveiligheid');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Search words (optional)' }).value).toBe('export');
  });

  it('says so when the host cannot configure tabs', () => {
    const fake = configHost({ ok: false, code: 'notSupported', capability: 'pages.config', reason: 'notSupportedByHost' });
    const { onReady, onUnavailable } = renderPage('en-US', fake);
    expect(screen.getByRole('alert').textContent).toContain('This tab cannot be set up here');
    expect(onUnavailable).toHaveBeenCalledWith(expect.stringContaining('notSupportedByHost'));
    expect(onReady).not.toHaveBeenCalled();
    expect(fake.validity).toEqual([]);
  });
});
