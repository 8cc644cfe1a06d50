import type { ImprovementAction } from '../../../lists/improvementActionMapping';
import type { BreachRecord, IncidentCase } from '../../../lists/incidentCaseMapping';
import { actionsOverview } from './actionsOverview';
import { breachRegisterCsv, breachRegisterRows } from './breachRegisterCsv';

function incident(overrides: Partial<IncidentCase>): IncidentCase {
  return {
    id: '1',
    eTag: '"1,1"',
    submissionId: 'case-1',
    title: 'Case',
    kind: 'incident',
    whatHappened: 'x',
    timeline: [],
    contributingFactors: { whys: [], factors: [] },
    status: 'open',
    personalDataInvolved: false,
    lastModified: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

describe('the breach register (art. 33(5))', () => {
  const decided = (overrides: Partial<IncidentCase>, breach: BreachRecord): IncidentCase => incident({ personalDataInvolved: true, ...overrides, breach: { decision: 'breach', ...breach } });

  it('holds every case decided to be a breach, notified or not, and what retention kept of removed cases; not cases waiting for a verdict or found not to be one', () => {
    const rows = breachRegisterRows(
      [
        decided({ submissionId: 'c-2', title: 'USB-stick kwijt', breachAwareOn: '2026-11-27T17:30:00Z' }, { types: ['availability'], risk: 'none', riskReasoning: 'Versleuteld' }),
        decided({ submissionId: 'c-1', title: 'Mail aan verkeerde groep', breachAwareOn: '2026-11-02T08:00:00Z' }, { types: ['confidentiality'], risk: 'risk', notifiedAuthorityOn: '2026-11-03T09:00:00Z' }),
        incident({ submissionId: 'c-3', title: 'Bijna-mail', personalDataInvolved: true }),
        incident({ submissionId: 'c-4', title: 'Geen lek', personalDataInvolved: true, breach: { decision: 'noBreach', types: [], riskReasoning: 'Interne ontvanger' } }),
        // Reported as a breach by an earlier version (an awareness time, no verdict): still a breach.
        incident({ submissionId: 'c-5', title: 'Oud lek', personalDataInvolved: true, breachAwareOn: '2026-10-01T08:00:00Z', breach: { types: ['integrity'] } }),
      ],
      [
        { id: '1', eTag: '"1"', lastModified: '2026-11-01T00:00:00Z', submissionId: 'breach-register:c-0', caseId: 'c-0', title: 'Verwijderde casus', breachAwareOn: '2021-01-05T10:00:00Z', breach: { decision: 'breach', types: ['confidentiality'] } },
        // The case is still there: its row comes from the case.
        { id: '2', eTag: '"2"', lastModified: '2026-11-01T00:00:00Z', submissionId: 'breach-register:c-1', caseId: 'c-1', title: 'Oude kopie', breach: { decision: 'breach', types: [] } },
      ],
    );
    expect(rows.map((row) => `${row.reference}${row.caseRemoved ? ' (removed)' : ''}`)).toEqual(['c-0 (removed)', 'c-5', 'c-1', 'c-2']);
  });

  it('writes every art. 33(5) element to the CSV, Dutch with semicolons, quoting what needs it', () => {
    const rows = breachRegisterRows(
      [
        decided(
          { submissionId: 'c-1', title: 'Mail aan verkeerde groep; "oeps"', discoveredOn: '2026-11-01T16:00:00Z', breachAwareOn: '2026-11-02T08:00:00Z' },
          {
            decidedOn: '2026-11-06T10:00:00Z',
            facts: 'Cijferlijst naar verkeerde groep',
            types: ['confidentiality'],
            sensitiveData: ['minors'],
            dataCategories: ['namen', 'cijfers'],
            subjectCount: 40,
            recordCount: 300,
            risk: 'risk',
            riskReasoning: 'Cijfers van minderjarigen',
            processor: 'Mailleverancier',
            processorToldOn: '2026-11-02T07:00:00Z',
            notifiedAuthorityOn: '2026-11-06T11:00:00Z',
            authorityReference: 'M-123',
            notificationPhase: 'initial',
            delayReason: 'Besluit pas na overleg',
            subjectsNotInformedGround: 'riskRemoved',
            effects: 'Geen verdere verspreiding',
            remedialAction: 'Mail teruggehaald',
          },
        ),
      ],
      [],
    );
    const lines = breachRegisterCsv(rows, 'nl').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]?.split(';')).toHaveLength(27);
    expect(lines[1]).toBe(
      'c-1;"Mail aan verkeerde groep; ""oeps""";2026-11-01T16:00:00Z;2026-11-02T08:00:00Z;2026-11-06T10:00:00Z;Cijferlijst naar verkeerde groep;vertrouwelijkheid;minderjarigen;namen, cijfers;40;300;risico;Cijfers van minderjarigen;Mailleverancier;2026-11-02T07:00:00Z;2026-11-05T08:00:00.000Z;2026-11-06T11:00:00Z;M-123;eerste melding;Besluit pas na overleg;;;art. 34 lid 3 sub b (risico weggenomen);;Geen verdere verspreiding;Mail teruggehaald;nee',
    );
  });

  it('writes English headers with commas', () => {
    expect(breachRegisterCsv([], 'en').startsWith('\uFEFFReference,Title,Discovered,Aware since,Decided on,Facts')).toBe(true);
  });
});

describe('actionsOverview', () => {
  const action = (overrides: Partial<ImprovementAction>): ImprovementAction => ({ id: 'a', eTag: '"a"', submissionId: 'a', title: 'Actie', caseId: 'c-1', status: 'open', lastModified: '2026-11-01T00:00:00Z', ...overrides });

  it('shows open actions earliest due first, the overdue ones, and groups by owner', () => {
    const overview = actionsOverview(
      [
        action({ submissionId: 'late', dueOn: '2026-11-20T23:00:00Z', ownerUpn: 'b@x', ownerName: 'Bram' }),
        action({ submissionId: 'today', dueOn: '2026-11-27T23:00:00Z', ownerUpn: 'a@x', ownerName: 'Anna' }),
        action({ submissionId: 'done', dueOn: '2026-10-01T00:00:00Z', status: 'done' }),
        action({ submissionId: 'none' }),
      ],
      new Date('2026-11-28T12:00:00Z'),
    );
    expect(overview.open.map((entry) => entry.submissionId)).toEqual(['late', 'today', 'none']);
    // 2026-11-27T23:00Z is the 28th in Amsterdam: due today, not overdue.
    expect(overview.overdue.map((entry) => entry.submissionId)).toEqual(['late']);
    expect(overview.byOwner.map((group) => `${group.ownerName}:${group.actions.length}`)).toEqual([':1', 'Anna:1', 'Bram:1']);
  });
});
