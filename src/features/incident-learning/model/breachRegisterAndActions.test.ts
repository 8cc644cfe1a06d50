import type { ImprovementAction } from '../../../lists/improvementActionMapping';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { actionsOverview } from './actionsOverview';
import { breachRegisterCsv } from './breachRegisterCsv';

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

describe('breachRegisterCsv', () => {
  it('lists every breach, notified or not, with its deadline, and leaves other cases out', () => {
    const csv = breachRegisterCsv(
      [
        incident({ submissionId: 'c-2', title: 'USB-stick kwijt', personalDataInvolved: true, breachAwareOn: '2026-11-27T17:30:00Z', breach: { types: ['confidentiality', 'availability'], subjectCount: 40, notNotifiedReason: 'Versleuteld; geen risico' } }),
        incident({ submissionId: 'c-1', title: 'Mail aan verkeerde groep; "oeps"', personalDataInvolved: true, breachAwareOn: '2026-11-02T08:00:00Z', breach: { types: ['confidentiality'], notifiedAuthorityOn: '2026-11-03T09:00:00Z', recordCount: 300 } }),
        incident({ submissionId: 'c-3', title: 'Bijna-val trap' }),
      ],
      'nl',
    );
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.startsWith('Kenmerk;Titel;Ontdekt;Bewust sinds;Uiterste meldtermijn AP')).toBe(true);
    expect(lines[1]).toBe('c-1;"Mail aan verkeerde groep; ""oeps""";;2026-11-02T08:00:00Z;2026-11-05T08:00:00.000Z;2026-11-03T09:00:00Z;;;vertrouwelijkheid;;300;;;;');
    expect(lines[2]).toContain('c-2;USB-stick kwijt;;2026-11-27T17:30:00Z;2026-11-30T17:30:00.000Z;;;"Versleuteld; geen risico";vertrouwelijkheid, beschikbaarheid;40;');
  });

  it('writes English headers with commas', () => {
    expect(breachRegisterCsv([], 'en').startsWith('\uFEFFReference,Title,Discovered,Aware since')).toBe(true);
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
