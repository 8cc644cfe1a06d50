/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { ListClient } from '../../graph';
import { I18nProvider } from '../../i18n';
import { createDraftStore } from '../../storage/drafts';
import { createMemoryKeyValueStore } from '../../storage/KeyValueStore';
import { createOutbox } from '../../storage/outbox';
import type { IncidentLearningEnvironment } from './api/IncidentLearningEnvironment';
import { IncidentLearningPage } from './IncidentLearningPage';

const LIST_NAMES = { incidentCases: 'IncidentCases', lessons: 'Lessons', restrictedLessons: 'RestrictedLessons', actions: 'Actions', breachRegister: 'BreachRegister', confidentialReports: 'ConfidentialReports', reminders: 'Reminders', confidentialReminders: 'ConfidentialReminders' };

const item = (id: string, fields: Record<string, unknown>) => ({ id, eTag: `"${id},1"`, createdDateTime: '2026-11-20T10:00:00Z', lastModifiedDateTime: '2026-11-20T10:00:00Z', createdBy: { user: { id: 'reporter-id' } }, fields });

/** What SharePoint lets this user read, per list: an adviser sees one report, an action owner one action, neither any case. */
const READABLE: Readonly<Record<string, readonly unknown[]>> = {
  ConfidentialReports: [item('3', { Title: 'Vermoeden van fraude', SubmissionId: 'report-1', WhatHappened: 'Cijfers aangepast.', ReporterUpn: 'staff@contoso.example' })],
  Actions: [item('5', { Title: 'Toegangsrechten herzien', SubmissionId: 'action-1', CaseId: 'case-9', ActionStatus: 'open', OwnerUpn: 'adviser@contoso.example' })],
};

function renderPage(initialCaseId: string) {
  const lists = { listItems: (list: string) => Promise.resolve(READABLE[list] ?? []) } as unknown as ListClient;
  const environment: IncidentLearningEnvironment = {
    lists,
    listNames: LIST_NAMES,
    user: { upn: 'adviser@contoso.example', id: 'adviser-id' },
    outbox: createOutbox({ store: createMemoryKeyValueStore(), send: () => Promise.reject(new Error('offline')), connectivity: { isOnline: () => false, onOnline: () => () => undefined } }),
    drafts: createDraftStore({ store: createMemoryKeyValueStore() }),
    now: () => new Date('2026-11-25T10:00:00Z'),
  };
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale="en-GB">
        <IncidentLearningPage environment={environment} initialCaseId={initialCaseId} />
      </I18nProvider>
    </FluentProvider>,
  );
}

describe('a deep link into incident learning', () => {
  it('to a confidential report (a Wbk reminder) opens the confidential reports', async () => {
    renderPage('report-1');
    expect(await screen.findByRole('heading', { name: /Confidential reports/ })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Confidential reports' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByText(/That report was not found/)).toBeNull();
  });

  it('to the case of an action its owner may not read opens the actions, where their action is', async () => {
    renderPage('case-9');
    expect(await screen.findByText(/Toegangsrechten herzien/)).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Actions' }).getAttribute('aria-selected')).toBe('true');
  });

  it('to something this user cannot read says so', async () => {
    renderPage('case-unknown');
    expect(await screen.findByText(/That report was not found/)).toBeTruthy();
  });
});
