import { readIncidentCases, toIncidentCaseFields, type IncidentCaseDraft } from './incidentCaseMapping';

function graphCaseItem(id: string, fieldOverrides: Record<string, unknown> = {}): Record<string, unknown> {
  const etag = `"5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b,${id}"`;
  return {
    '@odata.etag': etag,
    id,
    eTag: etag,
    createdDateTime: '2025-03-03T07:45:00Z',
    lastModifiedDateTime: '2025-03-04T16:20:00Z',
    fields: {
      '@odata.etag': etag,
      Title: 'Verkeerd verzonden cijferlijst',
      SubmissionId: 'case-0001',
      Kind: 'incident',
      OccurredOn: '2025-03-03T06:30:00Z',
      DiscoveredOn: '2025-03-03T07:40:00Z',
      Theme: 'privacy',
      ProcessStep: 'organisatie',
      Impact: 3,
      WhatHappened: 'Een cijferlijst is naar een verkeerde mailinglijst gestuurd.',
      TimelineJson: '[{"at":"2025-03-03T06:30:00Z","text":"Mail verzonden"},{"at":"2025-03-03","text":"Terugroepactie"}]',
      ContributingFactorsJson: '{"whys":["autocomplete koos de verkeerde lijst"],"factors":["tijdsdruk"]}',
      WentWell: 'Snel gemeld door een student.',
      WentWrong: 'Geen vertraging op verzenden.',
      Lucky: 'Lijst had weinig leden.',
      LessonsText: 'Verzendvertraging instellen.',
      CaseStatus: 'open',
      PersonalDataInvolved: true,
      BreachAwareOn: '2025-03-03T07:40:00Z',
      BreachJson: '{"types":["confidentiality"],"subjectCount":120,"highRiskToSubjects":false,"notifiedAuthorityOn":"2025-03-04T09:00:00Z"}',
      ReporterUpn: 'staff@contoso.example',
      ...fieldOverrides,
    },
  };
}

describe('readIncidentCases', () => {
  it('maps a complete Graph item including timeline, factors and breach record', () => {
    const { items, skipped } = readIncidentCases([graphCaseItem('11')]);
    expect(skipped).toEqual([]);
    expect(items[0]).toEqual({
      id: '11',
      eTag: '"5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b,11"',
      lastModified: '2025-03-04T16:20:00Z',
      submissionId: 'case-0001',
      title: 'Verkeerd verzonden cijferlijst',
      kind: 'incident',
      occurredOn: '2025-03-03T06:30:00Z',
      discoveredOn: '2025-03-03T07:40:00Z',
      theme: 'privacy',
      processStep: 'organisatie',
      impact: 3,
      whatHappened: 'Een cijferlijst is naar een verkeerde mailinglijst gestuurd.',
      timeline: [
        { at: '2025-03-03T06:30:00Z', text: 'Mail verzonden' },
        { at: '2025-03-03', text: 'Terugroepactie' },
      ],
      contributingFactors: { whys: ['autocomplete koos de verkeerde lijst'], factors: ['tijdsdruk'] },
      wentWell: 'Snel gemeld door een student.',
      wentWrong: 'Geen vertraging op verzenden.',
      lucky: 'Lijst had weinig leden.',
      lessonsText: 'Verzendvertraging instellen.',
      status: 'open',
      personalDataInvolved: true,
      breachAwareOn: '2025-03-03T07:40:00Z',
      breach: { types: ['confidentiality'], subjectCount: 120, highRiskToSubjects: false, notifiedAuthorityOn: '2025-03-04T09:00:00Z' },
      reporterUpn: 'staff@contoso.example',
    });
  });

  it('reads a minimal near miss with defaults for the empty columns', () => {
    const minimal = graphCaseItem('12');
    minimal['fields'] = { '@odata.etag': '"x,1"', SubmissionId: 'case-2', Kind: 'nearMiss', WhatHappened: 'Nooduitgang geblokkeerd door dozen.', CaseStatus: 'draft' };
    const { items, skipped } = readIncidentCases([minimal]);
    expect(skipped).toEqual([]);
    expect(items[0]).toEqual({
      id: '12',
      eTag: '"5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b,12"',
      lastModified: '2025-03-04T16:20:00Z',
      submissionId: 'case-2',
      title: '',
      kind: 'nearMiss',
      whatHappened: 'Nooduitgang geblokkeerd door dozen.',
      timeline: [],
      contributingFactors: { whys: [], factors: [] },
      status: 'draft',
      personalDataInvolved: false,
    });
  });

  it('skips impact outside 1-4, non-integer impact, unknown kinds, bad breach types and a boolean given as text', () => {
    const { items, skipped } = readIncidentCases([
      graphCaseItem('13', { Impact: 5 }),
      graphCaseItem('14', { Impact: 2.5 }),
      graphCaseItem('15', { Kind: 'accident' }),
      graphCaseItem('16', { BreachJson: '{"types":["loss"]}' }),
      graphCaseItem('17', { PersonalDataInvolved: 'yes' }),
      graphCaseItem('18', { WhatHappened: '   ' }),
      graphCaseItem('19', { TimelineJson: '[{"at":"yesterday","text":"x"}]' }),
    ]);
    expect(items).toEqual([]);
    expect(skipped.map((skip) => skip.reason.split(':')[0])).toEqual([
      'Impact',
      'Impact',
      'Kind',
      'BreachJson.types[0]',
      'PersonalDataInvolved',
      'WhatHappened',
      'TimelineJson[0].at',
    ]);
  });
});

describe('toIncidentCaseFields', () => {
  it('writes JSON columns as text, the boolean as a boolean and omits what is empty', () => {
    const draft: IncidentCaseDraft = {
      submissionId: 'case-3',
      title: 'Onveilige trap',
      kind: 'unsafeSituation',
      impact: 2,
      whatHappened: 'Losse traptrede in gebouw B.',
      timeline: [],
      contributingFactors: { whys: [], factors: ['onderhoud uitgesteld'] },
      status: 'open',
      personalDataInvolved: false,
    };
    expect(toIncidentCaseFields(draft)).toEqual({
      Title: 'Onveilige trap',
      SubmissionId: 'case-3',
      Kind: 'unsafeSituation',
      Impact: 2,
      WhatHappened: 'Losse traptrede in gebouw B.',
      TimelineJson: '[]',
      ContributingFactorsJson: '{"whys":[],"factors":["onderhoud uitgesteld"]}',
      CaseStatus: 'open',
      PersonalDataInvolved: false,
    });
  });

  it('round-trips a full case through a Graph item', () => {
    const { items } = readIncidentCases([graphCaseItem('20')]);
    const original = items[0];
    expect(original).toBeDefined();
    if (original === undefined) return;
    const { id: _id, eTag: _eTag, lastModified: _lastModified, ...draft } = original;
    const reread = readIncidentCases([{ id: '20', eTag: '"e,2"', lastModifiedDateTime: '2025-05-05T00:00:00Z', fields: toIncidentCaseFields(draft) }]);
    expect(reread.items[0]).toEqual({ ...draft, id: '20', eTag: '"e,2"', lastModified: '2025-05-05T00:00:00Z' });
  });
});
