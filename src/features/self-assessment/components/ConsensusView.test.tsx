/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider, SectionMessages } from '../../../i18n';
import { selfAssessmentMessages } from '../../../i18n/areas/selfAssessmentMessages';
import type { AssessmentAnswer } from '../../../lists/assessmentAnswer';
import type { AssessmentResponse } from '../../../lists/assessmentResponseMapping';
import { loadDefaultMaturityModel } from '../model/loadDefaultMaturityModel';
import { ConsensusView } from './ConsensusView';

const model = loadDefaultMaturityModel();
const [q1, q2] = model.questions;
if (q1 === undefined || q2 === undefined) throw new Error('the default model needs two questions');

function response(assessorUpn: string, answers: Record<string, AssessmentAnswer>): AssessmentResponse {
  return { id: assessorUpn, eTag: '"1"', lastModified: '2026-01-01T00:00:00Z', submissionId: `a:${assessorUpn}`, title: assessorUpn, assessmentId: 'a', assessorUpn, status: 'inProgress', answers, updatedOn: '2026-01-01T00:00:00Z' };
}

describe('ConsensusView', () => {
  it('shows everyone’s level, marks and filters disagreements, and sets the consensus level', async () => {
    const user = userEvent.setup();
    const chosen: Array<[string, AssessmentAnswer | undefined]> = [];
    render(
      <FluentProvider theme={teamsLightTheme}>
        <I18nProvider locale="en-US"><SectionMessages messages={selfAssessmentMessages}>
          <ConsensusView
            model={model}
            responses={[
              response('coordinator@contoso.example', { [q1.id]: { kind: 'level', level: 1 }, [q2.id]: { kind: 'level', level: 2 } }),
              response('staff@contoso.example', { [q1.id]: { kind: 'level', level: 4 }, [q2.id]: { kind: 'level', level: 3 } }),
            ]}
            consensus={{}}
            canEdit
            onConsensus={(questionId, answer) => chosen.push([questionId, answer])}
          />
        </SectionMessages></I18nProvider>
      </FluentProvider>,
    );
    const items = () => screen.getAllByRole('listitem');
    expect(items()).toHaveLength(model.questions.length);
    const disputed = items()[0]!;
    expect(within(disputed).getByText('coordinator@contoso.example: 1')).toBeTruthy();
    expect(within(disputed).getByText('staff@contoso.example: 4')).toBeTruthy();
    expect(within(disputed).getByText(/spread 3/)).toBeTruthy();
    expect(within(items()[1]!).queryByText(/spread/)).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: /only disagreements/i }));
    expect(items()).toHaveLength(1);
    const select = within(items()[0]!).getByRole('combobox', { name: 'Consensus' });
    expect(within(select).getByRole('option', { name: /median: 1/ })).toBeTruthy();
    await user.selectOptions(select, '2');
    expect(chosen).toEqual([[q1.id, { kind: 'level', level: 2 }]]);
  });
});
