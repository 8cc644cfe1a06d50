/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../../i18n';
import { makeInstrument } from '../testing/makeInstrument';
import { instrumentCard } from '../model/instrumentCard';
import type { InstrumentCard, InstrumentSharing } from '../model/InstrumentSharing';
import { ShareActions } from './ShareActions';

function renderActions(sharing: InstrumentSharing) {
  const instrument = makeInstrument('7', '<img src=x onerror=alert(1)> Stappenplan');
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale="en-US">
        <ShareActions instrument={instrument} sharing={sharing} />
      </I18nProvider>
    </FluentProvider>,
  );
  return instrument;
}

describe('ShareActions', () => {
  it('offers only what the host can do, and shows the link to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    renderActions({ linkFor: () => 'https://teams.microsoft.com/l/entity/app/instruments?context=x' });
    expect(screen.queryByRole('button', { name: 'Share to Teams' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Post to this channel' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect((await screen.findByRole('status')).textContent).toBe('The clipboard is not available here: copy the link below.');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to copy' }).value).toBe('https://teams.microsoft.com/l/entity/app/instruments?context=x');
  });

  it('shares through the host and posts a card whose text is plain, reporting each outcome', async () => {
    const user = userEvent.setup();
    const posted: InstrumentCard[] = [];
    renderActions({
      linkFor: () => 'https://link.example',
      shareToTeams: () => Promise.resolve('cancelled'),
      postToChannel: (card) => {
        posted.push(card);
        return Promise.resolve('forbidden');
      },
    });
    await user.click(screen.getByRole('button', { name: 'Share to Teams' }));
    expect((await screen.findByRole('status')).textContent).toBe('Sharing was cancelled.');
    await user.click(screen.getByRole('button', { name: 'Post to this channel' }));
    expect((await screen.findByText(/^Teams refused the post\./)).textContent).toContain('may be moderated');
    expect(posted[0]?.card).toMatchObject({ type: 'AdaptiveCard', actions: [{ type: 'Action.OpenUrl', url: 'https://link.example' }] });
  });
});

describe('instrumentCard', () => {
  it('keeps markup in titles as text and cuts long summaries', () => {
    const card = instrumentCard(makeInstrument('8', '<script>x</script>', { summary: 'a'.repeat(500) }), 'https://l', { typeLabel: 'Type', type: 'Guide', themesLabel: 'Themes', themes: 'Privacy', open: 'Open' });
    const body = card.card['body'] as Array<{ type: string; text?: string }>;
    // Card text renders markdown, so the `<` that could open a tag or autolink is escaped; Teams shows it as `<`.
    expect(body[0]?.text).toBe('\\<script>x\\</script>');
    expect(body[2]?.text).toHaveLength(401);
    // The summary is the message's plain text (HTML-escaped when posted), not markdown.
    expect(card.summary).toBe('<script>x</script>');
  });

  it('keeps links, emphasis and list markers in list text literal', () => {
    const instrument = makeInstrument('9', '**Gratis** [login](https://evil.example)', { summary: '- stap één\n1. stap twee' });
    const card = instrumentCard(instrument, 'https://l', { typeLabel: 'Type', type: 'Guide', themesLabel: 'Themes', themes: '_Privacy_', open: 'Open' });
    const body = card.card['body'] as Array<{ type: string; text?: string; facts?: Array<{ title: string; value: string }> }>;
    expect(body[0]?.text).toBe('\\*\\*Gratis\\*\\* \\[login\\](https://evil.example)');
    expect(body[1]?.facts).toEqual([
      { title: 'Type', value: 'Guide' },
      { title: 'Themes', value: '\\_Privacy\\_' },
    ]);
    expect(body[2]?.text).toBe('\\- stap één\n1\\. stap twee');
  });
});
