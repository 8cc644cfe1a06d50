/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ListClient, ListItem } from '../../graph';
import { I18nProvider } from '../../i18n';
import type { Outbox } from '../../storage/outbox';
import type { SelfAssessmentEnvironment } from './api/SelfAssessmentEnvironment';
import { makeTestEnvironment, offlineOutbox } from './api/testing/makeTestEnvironment';
import { SelfAssessmentPage } from './SelfAssessmentPage';

/** A SharePoint that has one other channel's assessment and answers reads only. */
function environment(): { env: SelfAssessmentEnvironment; outbox: Outbox } {
  const other: ListItem = {
    id: '1',
    eTag: '"1"',
    createdDateTime: undefined,
    lastModifiedDateTime: '2026-01-01T00:00:00Z',
    webUrl: undefined,
    fields: { Title: 'Andere teamscan', SubmissionId: 'other', ModelId: 'ivho-default', ModelVersion: '1.0.0', Scope: 'team', TeamId: 'team-1', ChannelId: 'channel-2', CoordinatorUpn: 'someone@contoso.example', AssessmentStatus: 'open', TargetsJson: '{}', ConsensusJson: '{}' },
  };
  const refuse = (what: string) => () => Promise.reject(new Error(`unexpected ${what}`));
  const lists: ListClient = {
    siteId: refuse('siteId'),
    listId: refuse('listId'),
    getItem: refuse('getItem'),
    createItem: refuse('createItem'),
    updateItemFields: refuse('updateItemFields'),
    deleteItem: refuse('deleteItem'),
    deltaItems: refuse('deltaItems'),
    latestDeltaLink: refuse('latestDeltaLink'),
    itemVersions: refuse('itemVersions'),
    batch: refuse('batch'),
    listItems: (list) => Promise.resolve(list === 'Assessments' ? [other] : []),
  };
  const outbox = offlineOutbox(refuse('send'));
  return { outbox, env: makeTestEnvironment({ lists, outbox }) };
}

describe('SelfAssessmentPage in a channel tab', () => {
  it('lists only this channel’s assessments and starts the team assessment through the outbox, opening it at once', async () => {
    const user = userEvent.setup();
    const { env, outbox } = environment();
    render(
      <FluentProvider theme={teamsLightTheme}>
        <I18nProvider locale="en-US">
          <SelfAssessmentPage environment={env} />
        </I18nProvider>
      </FluentProvider>,
    );
    await screen.findByText('No assessments yet.');
    expect(screen.queryByText('Andere teamscan')).toBeNull();
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Teamscan 2026');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('heading', { level: 2, name: 'Teamscan 2026' });
    const [queued] = await outbox.pending();
    expect(queued?.list).toBe('Assessments');
    expect(queued?.fields).toMatchObject({ Title: 'Teamscan 2026', Scope: 'team', TeamId: 'team-1', ChannelId: 'channel-1', CoordinatorUpn: 'coordinator@contoso.example', AssessmentStatus: 'open' });
    outbox.close();
  });
});
