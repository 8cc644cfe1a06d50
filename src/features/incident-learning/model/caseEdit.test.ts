import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { caseEditOf, linesOf, parseTimeline } from './caseEdit';

const incident: IncidentCase = {
  id: '1',
  eTag: '"e,1"',
  submissionId: 's',
  title: 't',
  kind: 'incident',
  whatHappened: 'w',
  timeline: [
    { at: '2026-03-01', text: 'Melding' },
    { at: new Date(2026, 2, 1, 9, 30).toISOString(), text: 'Casusteam ingelicht' },
  ],
  contributingFactors: { whys: ['Geen controle'], factors: ['Drukte', 'Nieuwe medewerker'] },
  status: 'open',
  personalDataInvolved: false,
  lastModified: '2026-03-01T10:00:00Z',
};

describe('the case editor’s values', () => {
  it('shows the timeline in local time, one moment per line, and reads it back unchanged', () => {
    const edit = caseEditOf(incident);
    expect(edit.timeline).toBe('2026-03-01 Melding\n2026-03-01 09:30 Casusteam ingelicht');
    expect(edit.factors).toBe('Drukte\nNieuwe medewerker');
    const parsed = parseTimeline(edit.timeline);
    expect(parsed).toEqual({ ok: true, entries: incident.timeline });
  });

  it('names every line that does not start with a real date and time, and skips blank lines', () => {
    expect(parseTimeline('2026-03-01 08:00 Eerste\n\ngisteren iets\n2026-02-31 10:00 Geen datum\n2026-03-02 Tweede')).toEqual({ ok: false, badLines: [3, 4] });
    expect(linesOf(' a \n\n b\n')).toEqual(['a', 'b']);
  });
});
