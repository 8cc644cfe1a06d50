import { readAssessments, toAssessmentFields, type AssessmentDraft } from './assessmentMapping';

function graphAssessmentItem(id: string, fieldOverrides: Record<string, unknown> = {}): Record<string, unknown> {
  const etag = `"0b7e9d2a-3c4f-4a1b-8e6d-5f4c3b2a1d0e,${id}"`;
  return {
    '@odata.etag': etag,
    id,
    eTag: etag,
    createdDateTime: '2025-02-10T08:00:00Z',
    lastModifiedDateTime: '2025-02-11T10:30:00Z',
    contentType: { id: '0x0100AB', name: 'Item' },
    fields: {
      '@odata.etag': etag,
      Title: 'Zelfevaluatie 2025 team Veiligheid',
      SubmissionId: 'a1b2c3d4-0000-4000-8000-000000000001',
      ModelId: 'ivho-default',
      ModelVersion: '1.0.0',
      Scope: 'team',
      TeamId: '19:team@thread.tacv2',
      ChannelId: '19:channel@thread.tacv2',
      CoordinatorUpn: 'coordinator@contoso.example',
      AssessmentStatus: 'finalised',
      TargetsJson: '{"privacy":3,"cybersecurity":4}',
      ConsensusJson: JSON.stringify({
        'privacy-beleid-1': { kind: 'level', level: 2 },
        'cyber-org-1': { kind: 'notApplicable', justification: 'Uitbesteed aan de shared service' },
        'cyber-org-2': { kind: 'unknown', note: 'navragen' },
      }),
      ScoreSummaryJson: '{"overall":2,"byTheme":{"privacy":2,"cybersecurity":null},"byStep":{"beleid":2},"answered":1,"total":3,"version":2}',
      SubmittedOn: '2025-02-11T10:29:00Z',
      ...fieldOverrides,
    },
  };
}

describe('readAssessments', () => {
  it('maps a Graph item and parses its JSON columns', () => {
    const { items, skipped } = readAssessments([graphAssessmentItem('3')]);
    expect(skipped).toEqual([]);
    expect(items[0]).toEqual({
      id: '3',
      eTag: '"0b7e9d2a-3c4f-4a1b-8e6d-5f4c3b2a1d0e,3"',
      lastModified: '2025-02-11T10:30:00Z',
      submissionId: 'a1b2c3d4-0000-4000-8000-000000000001',
      title: 'Zelfevaluatie 2025 team Veiligheid',
      modelId: 'ivho-default',
      modelVersion: '1.0.0',
      scope: 'team',
      teamId: '19:team@thread.tacv2',
      channelId: '19:channel@thread.tacv2',
      coordinatorUpn: 'coordinator@contoso.example',
      status: 'finalised',
      targets: { privacy: 3, cybersecurity: 4 },
      consensus: {
        'privacy-beleid-1': { kind: 'level', level: 2 },
        'cyber-org-1': { kind: 'notApplicable', justification: 'Uitbesteed aan de shared service' },
        'cyber-org-2': { kind: 'unknown', note: 'navragen' },
      },
      scoreSummary: { overall: 2, byTheme: { privacy: 2, cybersecurity: null }, byStep: { beleid: 2 }, answered: 1, total: 3, version: 2 },
      submittedOn: '2025-02-11T10:29:00Z',
    });
  });

  it('treats empty JSON columns as no data', () => {
    const { items } = readAssessments([graphAssessmentItem('4', { TargetsJson: undefined, ConsensusJson: '', ScoreSummaryJson: null })]);
    expect(items[0]?.targets).toEqual({});
    expect(items[0]?.consensus).toEqual({});
    expect(items[0]).not.toHaveProperty('scoreSummary');
  });

  it('skips items with broken JSON, out-of-scale levels, N/A without justification or unknown choices', () => {
    const { items, skipped } = readAssessments([
      graphAssessmentItem('5', { ConsensusJson: '{"q1": {"kind": "level", "level": 2' }),
      // Levels are checked against the model's own scale elsewhere; beyond 0..10 no scale goes.
      graphAssessmentItem('6', { TargetsJson: '{"privacy": 11}' }),
      graphAssessmentItem('7', { ConsensusJson: '{"q1": {"kind": "notApplicable", "justification": "  "}}' }),
      graphAssessmentItem('8', { Scope: 'institution' }),
      graphAssessmentItem('11', { ConsensusJson: JSON.stringify({ q1: { kind: 'unknown', note: 'x'.repeat(10_001) } }) }),
      graphAssessmentItem('12', { ConsensusJson: JSON.stringify({ q1: { kind: 'level', level: 3, evidence: ['javascript:alert(1)'] } }) }),
      graphAssessmentItem('9', { SubmissionId: undefined }),
      graphAssessmentItem('10'),
    ]);
    expect(items.map((item) => item.id)).toEqual(['10']);
    expect(skipped).toEqual([
      { itemId: '5', reason: 'ConsensusJson: is not valid JSON' },
      { itemId: '6', reason: expect.stringMatching(/^TargetsJson\.privacy: /) as unknown },
      { itemId: '7', reason: expect.stringMatching(/^ConsensusJson\.q1\.justification: /) as unknown },
      { itemId: '8', reason: expect.stringMatching(/^Scope: /) as unknown },
      { itemId: '11', reason: expect.stringMatching(/^ConsensusJson\.q1\.note: A comment can hold at most 10000 characters/) as unknown },
      { itemId: '12', reason: expect.stringMatching(/^ConsensusJson\.q1\.evidence\[0\]: /) as unknown },
      { itemId: '9', reason: 'SubmissionId: is missing' },
    ]);
  });
});

describe('toAssessmentFields', () => {
  const draft: AssessmentDraft = {
    submissionId: 'sub-1',
    title: 'Persoonlijke scan',
    modelId: 'ivho-default',
    modelVersion: '1.0.0',
    scope: 'personal',
    status: 'open',
    targets: { privacy: 3 },
    consensus: { q1: { kind: 'level', level: 4 } },
  };

  it('stringifies JSON columns and leaves empty optional columns out on create', () => {
    expect(toAssessmentFields(draft)).toEqual({
      Title: 'Persoonlijke scan',
      SubmissionId: 'sub-1',
      ModelId: 'ivho-default',
      ModelVersion: '1.0.0',
      Scope: 'personal',
      AssessmentStatus: 'open',
      TargetsJson: '{"privacy":3}',
      ConsensusJson: '{"q1":{"kind":"level","level":4}}',
    });
  });

  it('round-trips through a Graph item', () => {
    const full: AssessmentDraft = { ...draft, teamId: 't', scoreSummary: { overall: 4, byTheme: {}, byStep: {}, answered: 1, total: 1 }, submittedOn: '2025-01-01T00:00:00Z' };
    const { items } = readAssessments([{ id: '1', eTag: '"e,1"', lastModifiedDateTime: '2025-01-02T00:00:00Z', fields: toAssessmentFields(full) }]);
    expect(items[0]).toEqual({ ...full, id: '1', eTag: '"e,1"', lastModified: '2025-01-02T00:00:00Z' });
  });
});
