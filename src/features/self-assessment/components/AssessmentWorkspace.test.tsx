/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphError, type ListClient } from '../../../graph';
import { I18nProvider, SectionMessages } from '../../../i18n';
import { selfAssessmentMessages } from '../../../i18n/areas/selfAssessmentMessages';
import type { Assessment } from '../../../lists/assessmentMapping';
import type { SelfAssessmentEnvironment } from '../api/SelfAssessmentEnvironment';
import { makeTestEnvironment, offlineOutbox } from '../api/testing/makeTestEnvironment';
import { loadDefaultMaturityModel } from '../model/loadDefaultMaturityModel';
import { AssessmentWorkspace } from './AssessmentWorkspace';

const model = loadDefaultMaturityModel();
const firstTheme = model.themes[0];
if (firstTheme === undefined) throw new Error('the default model has no themes');
const ASSESSMENT_ID = '0b9c4a52-8f5e-4c1e-9d0a-6f1f0e7c2a11';

const assessment: Assessment = {
  id: '7',
  eTag: '"e7,1"',
  submissionId: ASSESSMENT_ID,
  title: 'Teamscan',
  modelId: model.id,
  modelVersion: model.version,
  scope: 'team',
  teamId: 'team-1',
  channelId: 'channel-1',
  coordinatorUpn: 'coordinator@contoso.example',
  status: 'open',
  targets: {},
  consensus: {},
  lastModified: '2026-01-01T00:00:00Z',
  authorId: 'a1b2c3d4-0001-4a00-8000-000000000001',
};

/**
 * SharePoint behind the ListClient interface (jsdom has no fetch for the Graph client;
 * the Graph wire format itself is covered in assessmentRepository.test.ts): the stored
 * assessment, whose eTag another coordinator may make stale, and If-Match on updates.
 */
function fakeSharePoint() {
  const state = { eTag: '"e7,1"', targets: '{}' };
  const patches: Array<{ ifMatch: string | undefined; fields: Readonly<Record<string, unknown>> }> = [];
  const unexpected = (what: string) => () => Promise.reject(new Error(`unexpected ${what}`));
  const lists: ListClient = {
    siteId: unexpected('siteId'),
    listId: unexpected('listId'),
    getItem: unexpected('getItem'),
    createItem: unexpected('createItem'),
    deleteItem: unexpected('deleteItem'),
    deltaItems: unexpected('deltaItems'),
    latestDeltaLink: unexpected('latestDeltaLink'),
    itemVersions: unexpected('itemVersions'),
    batch: unexpected('batch'),
    listItems: (list) => {
      if (list === 'AssessmentResponses') return Promise.resolve([]);
      if (list !== 'Assessments') return Promise.reject(new Error(`unexpected list ${list}`));
      const fields = { Title: 'Teamscan', SubmissionId: ASSESSMENT_ID, ModelId: model.id, ModelVersion: model.version, Scope: 'team', TeamId: 'team-1', ChannelId: 'channel-1', CoordinatorUpn: 'coordinator@contoso.example', AssessmentStatus: 'open', TargetsJson: state.targets, ConsensusJson: '{}' };
      return Promise.resolve([{ id: '7', eTag: state.eTag, fields, createdDateTime: undefined, lastModifiedDateTime: '2026-01-01T00:00:00Z', webUrl: undefined, createdBy: { user: { id: 'a1b2c3d4-0001-4a00-8000-000000000001' } } }]);
    },
    updateItemFields: (list, id, fields, options) => {
      patches.push({ ifMatch: options?.ifMatch, fields });
      if (list !== 'Assessments' || id !== '7') return Promise.reject(new Error(`unexpected update ${list}/${id}`));
      if (options?.ifMatch !== state.eTag) return Promise.reject(new GraphError({ kind: 'preconditionFailed', status: 412, code: 'preconditionFailed', message: 'The eTag does not match' }));
      const targets = fields['TargetsJson'];
      if (typeof targets === 'string') state.targets = targets;
      state.eTag = `"e7,${Number(/,(\d+)/.exec(state.eTag)?.[1] ?? 0) + 1}"`;
      return Promise.resolve({ fields, eTag: state.eTag });
    },
  };
  const environment = makeTestEnvironment({ lists, outbox: offlineOutbox(() => new Promise(() => undefined)) });
  /** Another coordinator saves first: the eTag this page read goes stale. */
  const saveByOther = (targets: string) => {
    state.targets = targets;
    state.eTag = '"e7,9"';
  };
  return { environment, patches, state, saveByOther };
}

function renderWorkspace(environment: SelfAssessmentEnvironment, opened: Assessment = assessment) {
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale="en-US"><SectionMessages messages={selfAssessmentMessages}>
        <AssessmentWorkspace environment={environment} model={model} assessment={opened} earlier={[]} onBack={() => undefined} onChanged={() => undefined} />
      </SectionMessages></I18nProvider>
    </FluentProvider>,
  );
}

const targetName = new RegExp(`Target level for ${firstTheme.label.en}`);

describe('AssessmentWorkspace: two coordinators at once', () => {
  it('on a 412 offers a choice; "save mine over it" writes again with the fresh eTag', async () => {
    const user = userEvent.setup();
    const sharePoint = fakeSharePoint();
    renderWorkspace(sharePoint.environment);
    await user.selectOptions(await screen.findByRole('combobox', { name: targetName }), '4');
    sharePoint.saveByOther(`{"${firstTheme.id}":2}`);
    await user.click(screen.getByRole('button', { name: 'Save consensus and targets' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else saved this assessment in the meantime');
    expect(sharePoint.state.targets).toBe(`{"${firstTheme.id}":2}`);
    await user.click(screen.getByRole('button', { name: 'Save mine over it' }));
    await screen.findByText('Saved in SharePoint.');
    expect(JSON.parse(sharePoint.state.targets)).toEqual({ [firstTheme.id]: 4 });
    expect(sharePoint.patches.map((patch) => patch.ifMatch)).toEqual(['"e7,1"', '"e7,9"']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('on a 412 "load their version" shows theirs and writes nothing', async () => {
    const user = userEvent.setup();
    const sharePoint = fakeSharePoint();
    renderWorkspace(sharePoint.environment);
    const target = await screen.findByRole('combobox', { name: targetName });
    await user.selectOptions(target, '4');
    sharePoint.saveByOther(`{"${firstTheme.id}":2}`);
    await user.click(screen.getByRole('button', { name: 'Save consensus and targets' }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Load their version' }));
    await screen.findByDisplayValue(/^2 · /);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: targetName }).value).toBe('2');
    expect(sharePoint.patches).toHaveLength(1);
    expect(sharePoint.state.targets).toBe(`{"${firstTheme.id}":2}`);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('AssessmentWorkspace: who coordinates', () => {
  it('is who SharePoint says created the assessment, not the CoordinatorUpn a client wrote', async () => {
    const sharePoint = fakeSharePoint();
    // The column names the signed-in coordinator, but SharePoint recorded a colleague as the author.
    renderWorkspace(sharePoint.environment, { ...assessment, authorId: 'a1b2c3d4-0004-4a00-8000-000000000004' });
    await screen.findByRole('heading', { level: 2, name: 'Teamscan' });
    await screen.findAllByRole('radiogroup');
    // Targets are shown to everyone, editable by the coordinator only; the team view is theirs alone.
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: targetName }).disabled).toBe(true);
    expect(screen.queryByRole('tab', { name: 'Team consensus' })).toBeNull();
  });
});
