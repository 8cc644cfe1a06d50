/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../../i18n';
import type { Instrument } from '../../../lists/instrumentMapping';
import { GraphError } from '../../../graph';
import type { PublishedInstruments } from '../api/listPublishedInstruments';
import { InstrumentListPreview } from './InstrumentListPreview';

// jsdom has no ResizeObserver; Fluent's MessageBar only uses it to choose a layout.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function instrument(id: string, title: string, overrides: Partial<Instrument> = {}): Instrument {
  return {
    id,
    eTag: `"${id}"`,
    key: `key-${id}`,
    title,
    summary: 'Samenvatting',
    bodyHtml: '',
    themes: ['privacy', 'cybersecurity'],
    processSteps: ['beleid'],
    type: 'handreiking',
    audience: [],
    language: 'nl',
    tags: [],
    status: 'published',
    lastModified: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

function renderPreview(locale: string, load: () => Promise<PublishedInstruments>, onFirstOutcome = jest.fn()): jest.Mock {
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale={locale}>
        <InstrumentListPreview loadInstruments={load} onFirstOutcome={onFirstOutcome} />
      </I18nProvider>
    </FluentProvider>,
  );
  return onFirstOutcome;
}

describe('InstrumentListPreview', () => {
  it('shows a loading status, then each instrument with its type and themes in Dutch', async () => {
    let resolve: (value: PublishedInstruments) => void = () => undefined;
    const onFirstOutcome = renderPreview('nl-NL', () => new Promise((done) => (resolve = done)));
    expect(screen.getByRole('status').textContent).toContain('Instrumenten worden geladen…');
    resolve({ instruments: [instrument('1', 'DPIA-sjabloon'), instrument('2', 'Crisisplan', { type: 'stappenplan', themes: ['crisismanagement'] })], skipped: 1 });
    const list = await screen.findByRole('list', { name: 'Gepubliceerde instrumenten' });
    const items = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual(['DPIA-sjabloon', 'Crisisplan']);
    expect(items[0]?.textContent).toContain('Soort: Handreiking');
    expect(within(items[0] as HTMLElement).getByRole('list', { name: "Thema's" }).textContent).toContain('Privacy en persoonsgegevens');
    expect(items[1]?.textContent).toContain('Crisismanagement en continuïteit');
    expect(screen.getByRole('status').textContent).toContain('2 instrumenten 1 items konden niet worden gelezen en zijn weggelaten.');
    await new Promise((done) => requestAnimationFrame(() => done(undefined)));
    expect(onFirstOutcome).toHaveBeenCalledTimes(1);
  });

  it('says so when nothing is published (English)', async () => {
    renderPreview('en-US', () => Promise.resolve({ instruments: [], skipped: 0 }));
    expect((await screen.findByText('No published instruments yet.')).getAttribute('role')).toBe('status');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows an alert on failure and loads again on retry, reporting the first outcome once', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const load = jest
      .fn<Promise<PublishedInstruments>, []>()
      .mockRejectedValueOnce(new GraphError({ kind: 'forbidden', status: 403, code: 'accessDenied', message: 'no' }))
      .mockResolvedValueOnce({ instruments: [instrument('1', 'Na herstel')], skipped: 0 });
    const onFirstOutcome = renderPreview('nl-NL', load);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('De instrumenten konden niet worden geladen. Je hebt geen toegang tot de lijst met instrumenten.');
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: 'Na herstel' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    await new Promise((done) => requestAnimationFrame(() => done(undefined)));
    expect(onFirstOutcome).toHaveBeenCalledTimes(1);
  });
});
