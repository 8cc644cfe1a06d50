/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GraphFields } from '../../../lists/graphFields';
import type { ListClient } from '../../../graph';
import { I18nProvider, SectionMessages } from '../../../i18n';
import { incidentMessages } from '../../../i18n/areas/incidentMessages';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { createDraftStore } from '../../../storage/drafts';
import { createMemoryKeyValueStore } from '../../../storage/KeyValueStore';
import type { Outbox } from '../../../storage/outbox';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import { CaseEditor, type CaseEditorRole } from './CaseEditor';

/** A variable, not a literal: jsx-a11y reads a literal `role` prop as an ARIA role. */
const CASE_TEAM: CaseEditorRole = 'caseTeam';

const incident: IncidentCase = {
  id: '7',
  eTag: '"7,1"',
  submissionId: 'case-7',
  title: 'Laptop kwijt',
  kind: 'incident',
  whatHappened: 'Laptop met cijferlijsten in de trein laten liggen.',
  timeline: [],
  contributingFactors: { whys: [], factors: [] },
  status: 'open',
  personalDataInvolved: true,
  lastModified: '2026-11-01T00:00:00Z',
  authorId: 'someone-else',
};

function renderEditor(options: { readonly cyberSecurityAct?: boolean }) {
  const writes: GraphFields[] = [];
  const environment: IncidentLearningEnvironment = {
    lists: {
      updateItemFields: (_list: string, _id: string, fields: GraphFields) => {
        writes.push(fields);
        return Promise.resolve({});
      },
    } as unknown as ListClient,
    listNames: { incidentCases: 'IncidentCases', lessons: 'Lessons', restrictedLessons: 'RestrictedLessons', actions: 'Actions', breachRegister: 'BreachRegister', confidentialReports: 'ConfidentialReports', reminders: 'Reminders', confidentialReminders: 'ConfidentialReminders' },
    user: { upn: 'privacy@contoso.example', id: 'privacy-id' },
    outbox: {} as Outbox,
    drafts: createDraftStore({ store: createMemoryKeyValueStore() }),
    now: () => new Date('2026-11-06T10:00:00Z'),
    ...(options.cyberSecurityAct === undefined ? {} : { cyberSecurityAct: options.cyberSecurityAct }),
  };
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale="nl-NL">
        <SectionMessages messages={incidentMessages}>
          <CaseEditor environment={environment} incident={incident} role={CASE_TEAM} onSaved={() => undefined} onClose={() => undefined} />
        </SectionMessages>
      </I18nProvider>
    </FluentProvider>,
  );
  return { writes };
}

describe('the case editor of the case team', () => {
  it('offers the Cyberbeveiligingswet part unless the institution switched it off', async () => {
    renderEditor({});
    expect(await screen.findByRole('checkbox', { name: /Dit is een significant incident/ })).toBeTruthy();
  });

  it('has no Cyberbeveiligingswet part when the configuration switches it off', async () => {
    renderEditor({ cyberSecurityAct: false });
    await screen.findByRole('radio', { name: 'Ja, een datalek' });
    expect(screen.queryByRole('checkbox', { name: /Dit is een significant incident/ })).toBeNull();
  });

  it('refuses to close a case with personal data before the verdict, and writes nothing', async () => {
    const { writes } = renderEditor({});
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Status' }), 'Afgerond');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText(/Beslis eerst of dit een datalek is/)).toBeTruthy();
    expect(screen.getByText(/Je kunt het dossier nog niet afronden/)).toBeTruthy();
    expect(writes).toEqual([]);
    await user.click(screen.getByRole('radio', { name: /Nee, geen datalek/ }));
    await user.type(screen.getByRole('textbox', { name: 'Waarom dit geen datalek is' }), 'Versleutelde schijf');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await screen.findByText('Opgeslagen in SharePoint.');
    expect(writes).toHaveLength(1);
    expect(writes[0]?.['CaseStatus']).toBe('closed');
    expect(JSON.parse(writes[0]?.['BreachJson'] as string)).toEqual({ decision: 'noBreach', decidedOn: '2026-11-06T10:00:00.000Z', types: [], riskReasoning: 'Versleutelde schijf' });
  });
});
