/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphError, type ChannelMessenger, type ListClient } from '../../../graph';
import { I18nProvider, SectionMessages } from '../../../i18n';
import { selfAssessmentMessages } from '../../../i18n/areas/selfAssessmentMessages';
import type { AssessmentAnswers } from '../../../lists/assessmentAnswer';
import type { Assessment } from '../../../lists/assessmentMapping';
import type { Instrument } from '../../../lists/instrumentMapping';
import type { ProcessStepId, ThemeId } from '../../../lists/vocabulary';
import type { DraftStore } from '../../../storage/drafts';
import type { Outbox } from '../../../storage/outbox';
import type { SelfAssessmentEnvironment } from '../api/SelfAssessmentEnvironment';
import { loadDefaultMaturityModel } from '../model/loadDefaultMaturityModel';
import type { ThemeLessonsState } from '../api/useThemeLessons';
import { lessonsBehindThemes } from '../model/lessonsBehindThemes';
import { ResultsView } from './ResultsView';

const model = loadDefaultMaturityModel();
const questionsOf = (theme: string) => model.questions.filter((question) => question.theme === theme);

function instrument(id: string, title: string, themes: ThemeId[], processSteps: ProcessStepId[], tags: string[], status: Instrument['status'] = 'published'): Instrument {
  return { id, eTag: '"1"', key: id, title, summary: '', bodyHtml: '', themes, processSteps, type: 'handreiking', audience: ['coordinator'], language: 'nl', tags, status, lastModified: '2026-01-01T00:00:00Z' };
}

const assessment: Assessment = {
  id: '7',
  eTag: '"1"',
  submissionId: 'a',
  title: 'Teamscan',
  modelId: model.id,
  modelVersion: model.version,
  scope: 'team',
  teamId: 'team-1',
  channelId: 'channel-1',
  coordinatorUpn: 'coordinator@contoso.example',
  status: 'finalised',
  targets: {},
  consensus: {},
  lastModified: '2026-01-01T00:00:00Z',
};

/** Everything the results do not touch refuses to be used, so an unexpected call fails the test. */
const unused = new Proxy({}, { get: (_, name) => () => Promise.reject(new Error(`unexpected call ${String(name)}`)) });

function renderResults(messenger: ChannelMessenger, instruments: readonly Instrument[], lessons?: ThemeLessonsState, shown: Assessment = assessment) {
  // Cybersecurity all at 1 (target 4: gap 3), privacy all at 2 (target 3: gap 1).
  const answers: AssessmentAnswers = Object.fromEntries([
    ...questionsOf('cybersecurity').map((question) => [question.id, { kind: 'level', level: 1 }] as const),
    ...questionsOf('privacy').map((question) => [question.id, { kind: 'level', level: 2 }] as const),
  ]);
  const environment: SelfAssessmentEnvironment = {
    lists: unused as ListClient,
    listNames: { assessments: 'Assessments', assessmentResponses: 'AssessmentResponses' },
    user: { upn: 'coordinator@contoso.example', id: 'a1b2c3d4-0001-4a00-8000-000000000001' },
    channel: { teamId: 'team-1', channelId: 'channel-1' },
    outbox: unused as Outbox,
    drafts: unused as DraftStore,
    messenger,
    loadInstruments: () => Promise.resolve(instruments),
  };
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale="nl-NL"><SectionMessages messages={selfAssessmentMessages}>
        <ResultsView environment={environment} model={model} assessment={shown} answers={answers} targets={{ privacy: 3, cybersecurity: 4 }} earlier={[]} {...(lessons === undefined ? {} : { lessons })} />
      </SectionMessages></I18nProvider>
    </FluentProvider>,
  );
}

describe('ResultsView', () => {
  it('orders gaps by size, recommends published instruments of the theme, and draws the radar with a table of the same numbers', async () => {
    renderResults({ postCard: () => Promise.reject(new Error('nothing is shared in this test')) }, [
      instrument('i1', 'Handreiking risicoanalyse informatiebeveiliging', ['cybersecurity'], ['risicomanagement'], ['risicoanalyse']),
      instrument('i2', 'Oude handreiking', ['cybersecurity'], ['beleid'], [], 'retired'),
      instrument('i3', 'DPIA-stappenplan', ['privacy'], ['risicomanagement'], ['dpia']),
    ]);
    const gaps = within(screen.getByTestId('gaps')).getAllByRole('listitem').filter((item) => item.parentElement === screen.getByTestId('gaps'));
    expect(gaps.map((item) => item.querySelector('span')?.textContent)).toEqual([
      'Cybersecurity en informatiebeveiliging: 1,0 tegenover doel 4 (verschil 3,0)',
      'Privacy en persoonsgegevens: 2,0 tegenover doel 3 (verschil 1,0)',
    ]);
    const cyber = await screen.findByRole('list', { name: 'Instrumenten voor Cybersecurity en informatiebeveiliging' });
    expect(within(cyber).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Handreiking risicoanalyse informatiebeveiliging']);
    expect(within(screen.getByRole('list', { name: 'Instrumenten voor Privacy en persoonsgegevens' })).getByText('DPIA-stappenplan')).toBeTruthy();
    expect(screen.getByTestId('radar-chart')).toBeTruthy();
    const table = screen.getByTestId('theme-scores');
    expect(within(table).getByRole('row', { name: /Cybersecurity en informatiebeveiliging 1,0 4/ })).toBeTruthy();
  });

  it('shares a summary card to the channel once', async () => {
    const user = userEvent.setup();
    const posted: Array<{ summary: string }> = [];
    renderResults(
      {
        postCard: (target, message) => {
          expect(target).toEqual({ teamId: 'team-1', channelId: 'channel-1' });
          posted.push(message);
          return Promise.resolve({ id: 'm1' });
        },
      },
      [],
    );
    const share = screen.getByRole('button', { name: 'Samenvatting delen in dit kanaal' });
    await user.click(share);
    await screen.findByText('De samenvatting staat in het kanaal.');
    const overall = screen.getByTestId('overall-score').textContent?.replace('Totaalscore: ', '') ?? '';
    expect(posted.map((message) => message.summary)).toEqual([`Teamscan: totaalscore ${overall}`]);
    expect(share.hasAttribute('disabled')).toBe(true);
  });

  it('posts the assessment title literally: a title cannot add a link or formatting to the card', async () => {
    const user = userEvent.setup();
    const posted: Array<{ card: Record<string, unknown> }> = [];
    renderResults(
      {
        postCard: (_, message) => {
          posted.push(message);
          return Promise.resolve({ id: 'm1' });
        },
      },
      [],
      undefined,
      { ...assessment, title: '**Teamscan** [inloggen](https://evil.example)' },
    );
    await user.click(screen.getByRole('button', { name: 'Samenvatting delen in dit kanaal' }));
    await screen.findByText('De samenvatting staat in het kanaal.');
    const body = posted[0]?.card['body'] as Array<{ type: string; text?: string; facts?: Array<{ title: string; value: string }> }>;
    expect(body[0]?.text).toBe('\\*\\*Teamscan\\*\\* \\[inloggen\\](https://evil.example)');
    expect(body[2]?.facts).toContainEqual({ title: 'Privacy en persoonsgegevens', value: '2,0' });
  });

  it('says plainly what may have made Teams refuse the post, without blaming consent', async () => {
    const user = userEvent.setup();
    renderResults({ postCard: () => Promise.reject(new GraphError({ kind: 'forbidden', status: 403, code: 'Forbidden', message: 'This channel is moderated' })) }, []);
    await user.click(screen.getByRole('button', { name: 'Samenvatting delen in dit kanaal' }));
    await screen.findByText(/Teams weigerde het bericht\. Misschien is het kanaal gemodereerd/);
  });

  it('shows the lessons from incidents behind each theme, with the questions they concern', () => {
    const question = questionsOf('privacy')[0];
    if (question === undefined) throw new Error('the default model has privacy questions');
    const lessons = lessonsBehindThemes(model, [
      { id: '1', eTag: '"1"', submissionId: 'l1', title: 'Schermvergrendeling helpt', theme: 'privacy', redactedText: 'Een laptop bleef onbeheerd achter.', tlp: 'GREEN', maturityQuestionIds: [question.id], lastModified: '2026-01-01T00:00:00Z' },
    ]);
    renderResults({ postCard: () => Promise.reject(new Error('nothing is shared in this test')) }, [], { status: 'ready', byTheme: lessons });
    const list = screen.getByRole('list', { name: 'Lessen uit incidenten over Privacy en persoonsgegevens' });
    expect(within(list).getByText('Schermvergrendeling helpt')).toBeTruthy();
    expect(within(list).getByText('TLP:GREEN')).toBeTruthy();
    expect(within(list).getByText(question.text.nl)).toBeTruthy();
    expect(screen.queryByRole('list', { name: /Lessen uit incidenten over Cybersecurity/ })).toBeNull();
  });

  it('says when the lessons could not be read, and that the assessment works without them', () => {
    renderResults({ postCard: () => Promise.reject(new Error('nothing is shared in this test')) }, [], { status: 'unavailable' });
    expect(within(screen.getByTestId('results-lessons')).getByText(/konden niet worden gelezen/)).toBeTruthy();
  });
});
