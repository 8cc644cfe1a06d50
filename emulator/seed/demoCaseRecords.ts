/**
 * A small, fictional incident story so the incident-learning views have something to
 * show: one near miss, its redacted lessons and two improvement actions. Field values
 * follow the schemas in src/lists/schemas.ts.
 */
export const DEMO_INCIDENT_CASES: readonly Record<string, unknown>[] = [
  {
    SubmissionId: 'demo-case-0001',
    Title: 'Onbeheerde laptop in de collegezaal',
    Kind: 'nearMiss',
    OccurredOn: '2026-09-15T13:30:00Z',
    DiscoveredOn: '2026-09-15T14:00:00Z',
    Theme: 'privacy',
    ProcessStep: 'bewustzijn',
    Impact: 2,
    WhatHappened: 'Een ontgrendelde laptop met tentamencijfers bleef een uur onbeheerd achter in een collegezaal.',
    WentWell: 'Een student bracht de laptop direct naar de servicebalie.',
    WentWrong: 'Automatische schermvergrendeling stond uit.',
    Lucky: 'Er was niemand anders in de zaal.',
    LessonsText: 'Schermvergrendeling centraal afdwingen en herhalen in de bewustwordingscampagne.',
    CaseStatus: 'open',
    PersonalDataInvolved: true,
    ReporterUpn: 'privacy@contoso.example',
  },
];

export const DEMO_LESSONS: readonly Record<string, unknown>[] = [
  {
    SubmissionId: 'demo-lesson-0001',
    Title: 'Schermvergrendeling voorkomt meer dan je denkt',
    CaseId: 'demo-case-0001',
    Theme: 'privacy',
    ProcessStep: 'bewustzijn',
    RedactedText: 'Een onbeheerd achtergelaten laptop met persoonsgegevens werd op tijd gevonden. Centrale schermvergrendeling na vijf minuten had dit risico weggenomen.',
    Tlp: 'GREEN',
    PublishedOn: '2026-10-01T09:00:00Z',
    MaturityQuestionIds: 'privacy.bewustzijn.1;cybersecurity.bewustzijn.1',
  },
  {
    SubmissionId: 'demo-lesson-0002',
    Title: 'Oefen de ontruiming ook buiten kantoortijd',
    Theme: 'fysieke-veiligheid',
    ProcessStep: 'continuiteit',
    RedactedText: 'Bij een avondoefening bleek dat niet alle bhv-ers bereikbaar waren. Een aparte avondrooster loste dit op.',
    Tlp: 'CLEAR',
    PublishedOn: '2026-06-12T09:00:00Z',
    MaturityQuestionIds: 'fysieke-veiligheid.continuiteit.1',
  },
];

export const DEMO_ACTIONS: readonly Record<string, unknown>[] = [
  {
    SubmissionId: 'demo-action-0001',
    Title: 'Schermvergrendeling centraal instellen',
    CaseId: 'demo-case-0001',
    OwnerUpn: 'coordinator@contoso.example',
    OwnerName: 'Anna de Vries',
    DueOn: '2026-12-01T00:00:00Z',
    ActionStatus: 'inProgress',
  },
  {
    SubmissionId: 'demo-action-0002',
    Title: 'Schermvergrendeling opnemen in de bewustwordingscampagne',
    CaseId: 'demo-case-0001',
    OwnerUpn: 'privacy@contoso.example',
    OwnerName: 'Priya Bakker',
    DueOn: '2027-01-15T00:00:00Z',
    ActionStatus: 'open',
  },
];
