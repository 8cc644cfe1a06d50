/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChannelMessenger, ChannelRoster, DirectoryClient, ListClient } from '../../../graph';
import { I18nProvider, SectionMessages } from '../../../i18n';
import { incidentMessages } from '../../../i18n/areas/incidentMessages';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { createDraftStore } from '../../../storage/drafts';
import { createMemoryKeyValueStore } from '../../../storage/KeyValueStore';
import { createOutbox, type OutboxSubmission } from '../../../storage/outbox';
import type { IncidentLearningEnvironment, LinkableQuestion } from '../api/IncidentLearningEnvironment';
import { LessonForm } from './LessonForm';

const source: IncidentCase = {
  id: '3',
  eTag: '"3,1"',
  submissionId: 'case-3',
  title: 'Phishingmail doorgestuurd',
  kind: 'incident',
  theme: 'cybersecurity',
  processStep: 'bewustzijn',
  whatHappened: 'Een medewerker stuurde een phishingmail door.',
  lessonsText: 'Meld verdachte mail; stuur niet door naar j.jansen@contoso.example.',
  timeline: [],
  contributingFactors: { whys: [], factors: [] },
  status: 'open',
  personalDataInvolved: false,
  lastModified: '2026-01-01T00:00:00Z',
};

const questions: readonly LinkableQuestion[] = [
  { id: 'cyber.beleid.1', theme: 'cybersecurity', step: 'beleid', text: { nl: 'Is er beleid?', en: 'Is there a policy?' } },
  { id: 'cyber.bewustzijn.1', theme: 'cybersecurity', step: 'bewustzijn', text: { nl: 'Melden medewerkers phishing?', en: 'Do staff report phishing?' } },
  { id: 'privacy.beleid.1', theme: 'privacy', step: 'beleid', text: { nl: 'Is er privacybeleid?', en: 'Is there a privacy policy?' } },
];

function renderLessonForm(options: { readonly inChannel?: boolean; readonly roster?: ChannelRoster } = {}) {
  const sent: OutboxSubmission[] = [];
  const cards: string[] = [];
  const offline = { isOnline: () => false, onOnline: () => () => undefined };
  const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: () => Promise.reject(new Error('offline in this test')), connectivity: offline });
  const submit = outbox.submit.bind(outbox);
  const environment: IncidentLearningEnvironment = {
    lists: {} as ListClient,
    listNames: { incidentCases: 'IncidentCases', lessons: 'Lessons', restrictedLessons: 'RestrictedLessons', actions: 'Actions', breachRegister: 'BreachRegister', confidentialReports: 'ConfidentialReports', reminders: 'Reminders', confidentialReminders: 'ConfidentialReminders' },
    user: { upn: 'privacy@contoso.example', id: 'a1b2c3d4-0003-4a00-8000-000000000003' },
    outbox: {
      ...outbox,
      submit: async (submission) => {
        sent.push(submission);
        await submit(submission);
      },
    },
    drafts: createDraftStore({ store: createMemoryKeyValueStore() }),
    messenger: {
      postCard: (_channel: unknown, card: unknown) => {
        cards.push(JSON.stringify(card));
        return Promise.resolve();
      },
    } as unknown as ChannelMessenger,
    ...(options.inChannel === true ? { channel: { teamId: 'team-1', channelId: '19:abc@thread.tacv2', audience: 'organisation' as const } } : {}),
    ...(options.roster === undefined ? {} : { channelRoster: { roster: options.roster, ownTenantId: 'tenant-1', permission: { scopes: ['ChannelMember.Read.All'], adminConsentUrl: undefined } } }),
    directory: {} as DirectoryClient,
    loadMaturityQuestions: () => Promise.resolve(questions),
  };
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale="nl-NL"><SectionMessages messages={incidentMessages}>
        <LessonForm environment={environment} source={source} peopleNames={[]} onSaved={() => undefined} />
      </SectionMessages></I18nProvider>
    </FluentProvider>,
  );
  return { sent, cards, close: () => outbox.close() };
}

describe('LessonForm', () => {
  it('offers the theme’s self-assessment questions, those of the case’s step first, and saves the chosen ones with the lesson', async () => {
    const user = userEvent.setup();
    const { sent, close } = renderLessonForm();
    const links = await screen.findByRole('group', { name: 'Vragen uit de zelfevaluatie waar deze les over gaat (optioneel)' });
    expect(within(links).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Melden medewerkers phishing?', 'Is er beleid?']);
    await user.click(within(links).getByRole('checkbox', { name: 'Melden medewerkers phishing?' }));

    // The guard still blocks the save until the e-mail address is removed.
    expect(screen.getByRole('button', { name: 'Les opslaan' }).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Verwijder j.jansen@contoso.example' }));
    // Says what it looked for (no student number pattern is configured here), never "no personal data".
    const checked = screen.getByText(/^Gecontroleerd op e-mailadressen, telefoonnummers, IBAN, BSN, namen .* en IP-adressen: niets gevonden\. Controleer zelf ook/);
    expect(checked.textContent).not.toContain('studentnummers');
    await user.click(screen.getByRole('radio', { name: /TLP:GREEN/ }));
    await user.click(screen.getByRole('button', { name: 'Les opslaan' }));
    await screen.findByText('De les is opgeslagen.');

    expect(sent).toHaveLength(1);
    expect(sent[0]?.list).toBe('Lessons');
    expect(sent[0]?.fields).toMatchObject({ Theme: 'cybersecurity', Tlp: 'GREEN', CaseId: 'case-3', MaturityQuestionIds: 'cyber.bewustzijn.1' });
    expect(String(sent[0]?.fields['RedactedText'])).not.toContain('j.jansen@contoso.example');
    close();
  });

  it('stores one lesson for a double click, locks the form once saved, and shares exactly what was checked', async () => {
    const user = userEvent.setup();
    const { sent, cards, close } = renderLessonForm({ inChannel: true });
    await user.click(await screen.findByRole('button', { name: 'Verwijder j.jansen@contoso.example' }));
    await user.click(screen.getByRole('radio', { name: /TLP:GREEN/ }));
    await user.dblClick(screen.getByRole('button', { name: 'Les opslaan' }));
    await screen.findByText('De les is opgeslagen.');
    expect(new Set(sent.map((submission) => submission.submissionId)).size).toBe(1);
    // Nothing can be changed after the check: the fields are disabled.
    const text = screen.getByRole('textbox', { name: 'De les' });
    expect(text.hasAttribute('disabled') || text.closest('fieldset')?.disabled === true).toBe(true);
    await user.type(text, ' Mail naar p.pietersen@contoso.example');
    expect((text as HTMLTextAreaElement).value).not.toContain('p.pietersen');
    await user.click(screen.getByRole('button', { name: 'Delen in dit kanaal' }));
    await screen.findByText('Gedeeld in het kanaal.');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('e-mailadres verwijderd');
    expect(cards[0]).not.toContain('contoso.example');
    close();
  });

  describe('a TLP:AMBER+STRICT lesson in a channel of the own institution', () => {
    /** Saves a lesson labelled AMBER+STRICT. */
    async function saveStrictLesson(user: ReturnType<typeof userEvent.setup>): Promise<void> {
      await user.click(await screen.findByRole('button', { name: 'Verwijder j.jansen@contoso.example' }));
      await user.click(screen.getByRole('radio', { name: /TLP:AMBER\+STRICT/ }));
      await user.click(screen.getByRole('button', { name: 'Les opslaan' }));
      await screen.findByText('De les is opgeslagen.');
    }

    it('is shared when nobody in the channel is from outside the institution', async () => {
      const user = userEvent.setup();
      const asked: string[] = [];
      const roster: ChannelRoster = { outsiders: (channel, tenant) => (asked.push(`${channel.channelId}@${tenant}`), Promise.resolve({ guests: 0, otherTenants: 0 })) };
      const { cards, close } = renderLessonForm({ inChannel: true, roster });
      await saveStrictLesson(user);
      await user.click(await screen.findByRole('button', { name: 'Delen in dit kanaal' }));
      await screen.findByText('Gedeeld in het kanaal.');
      expect(cards).toHaveLength(1);
      expect(asked).toEqual(['19:abc@thread.tacv2@tenant-1']);
      close();
    });

    it('is not shared where a guest is a member, and says why', async () => {
      const user = userEvent.setup();
      const roster: ChannelRoster = { outsiders: () => Promise.resolve({ guests: 1, otherTenants: 0 }) };
      const { cards, close } = renderLessonForm({ inChannel: true, roster });
      await saveStrictLesson(user);
      await screen.findByText(/dit kanaal heeft leden van buiten \(gasten: 1; mensen van andere organisaties: 0\)/);
      expect(screen.queryByRole('button', { name: 'Delen in dit kanaal' })).toBeNull();
      expect(cards).toEqual([]);
      close();
    });

    it('is not shared when the app cannot read who is in the channel, and a failed check can be repeated', async () => {
      const user = userEvent.setup();
      const first = renderLessonForm({ inChannel: true });
      await saveStrictLesson(user);
      expect(await screen.findByText(/de app kan dit kanaal niet op gasten controleren/)).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Delen in dit kanaal' })).toBeNull();
      first.close();
      cleanup();

      let calls = 0;
      const flaky: ChannelRoster = { outsiders: () => (calls++ === 0 ? Promise.reject(new Error('Graph unreachable')) : Promise.resolve({ guests: 0, otherTenants: 0 })) };
      const second = renderLessonForm({ inChannel: true, roster: flaky });
      await saveStrictLesson(user);
      await user.click(await screen.findByRole('button', { name: 'Opnieuw controleren' }));
      expect(await screen.findByRole('button', { name: 'Delen in dit kanaal' })).toBeTruthy();
      second.close();
    });
  });

  it('drops links to questions of another theme when the theme changes', async () => {
    const user = userEvent.setup();
    const { sent, close } = renderLessonForm();
    const links = await screen.findByRole('group', { name: /Vragen uit de zelfevaluatie/ });
    await user.click(within(links).getByRole('checkbox', { name: 'Is er beleid?' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Thema' }), 'privacy');
    expect(within(links).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([false]);
    await user.click(screen.getByRole('button', { name: 'Verwijder j.jansen@contoso.example' }));
    await user.click(screen.getByRole('radio', { name: /TLP:CLEAR/ }));
    await user.click(screen.getByRole('button', { name: 'Les opslaan' }));
    await screen.findByText('De les is opgeslagen.');
    expect(sent[0]?.fields).toMatchObject({ Theme: 'privacy' });
    expect(sent[0]?.fields).not.toHaveProperty('MaturityQuestionIds');
    close();
  });
});
