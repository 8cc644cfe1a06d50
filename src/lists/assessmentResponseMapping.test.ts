import { MAX_NOTE_LENGTH } from './assessmentAnswer';
import { readAssessmentResponses, toAssessmentResponseFields, type AssessmentResponseDraft } from './assessmentResponseMapping';

function graphResponseItem(id: string, fieldOverrides: Record<string, unknown> = {}): Record<string, unknown> {
  const etag = `"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a,${id}"`;
  return {
    '@odata.etag': etag,
    id,
    eTag: etag,
    createdDateTime: '2025-02-10T08:05:00Z',
    lastModifiedDateTime: '2025-02-10T09:15:00Z',
    fields: {
      '@odata.etag': etag,
      Title: 'Antwoorden privacy officer',
      SubmissionId: 'resp-0001',
      AssessmentId: 'a1b2c3d4-0000-4000-8000-000000000001',
      AssessorUpn: 'privacy@contoso.example',
      ResponseStatus: 'submitted',
      AnswersJson: '{"q1":{"kind":"level","level":3,"note":"beleid vastgesteld in 2024"}}',
      UpdatedOn: '2025-02-10T09:14:00Z',
      ...fieldOverrides,
    },
  };
}

describe('readAssessmentResponses', () => {
  it('maps a Graph item', () => {
    const { items, skipped } = readAssessmentResponses([graphResponseItem('2')]);
    expect(skipped).toEqual([]);
    expect(items[0]).toEqual({
      id: '2',
      eTag: '"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a,2"',
      lastModified: '2025-02-10T09:15:00Z',
      submissionId: 'resp-0001',
      title: 'Antwoorden privacy officer',
      assessmentId: 'a1b2c3d4-0000-4000-8000-000000000001',
      assessorUpn: 'privacy@contoso.example',
      status: 'submitted',
      answers: { q1: { kind: 'level', level: 3, note: 'beleid vastgesteld in 2024' } },
      updatedOn: '2025-02-10T09:14:00Z',
    });
  });

  it('reads custom-scale levels, evidence links and fingerprints; refuses over-long comments and levels above 10', () => {
    const answers = { q1: { kind: 'level', level: 0, evidence: ['https://intranet.example/beleid.pdf'], questionFingerprint: 'abc12' }, q2: { kind: 'unknown', note: 'x'.repeat(MAX_NOTE_LENGTH) } };
    const { items, skipped } = readAssessmentResponses([
      graphResponseItem('5', { AnswersJson: JSON.stringify(answers) }),
      graphResponseItem('6', { AnswersJson: JSON.stringify({ q1: { kind: 'unknown', note: 'x'.repeat(MAX_NOTE_LENGTH + 1) } }) }),
      graphResponseItem('7', { AnswersJson: JSON.stringify({ q1: { kind: 'level', level: 11 } }) }),
    ]);
    expect(items.map((item) => item.answers)).toEqual([answers]);
    expect(skipped.map((entry) => entry.itemId)).toEqual(['6', '7']);
    expect(skipped[0]?.reason).toMatch(/^AnswersJson\.q1\.note: .*10000 characters/);
  });

  it('skips items with a missing assessor, an unknown answer kind or a wrongly typed column', () => {
    const { items, skipped } = readAssessmentResponses([
      graphResponseItem('3', { AssessorUpn: undefined }),
      graphResponseItem('4', { AnswersJson: '{"q1":{"kind":"maybe"}}' }),
      graphResponseItem('5', { AnswersJson: 42 }),
      graphResponseItem('6', { ResponseStatus: 'Submitted' }),
    ]);
    expect(items).toEqual([]);
    expect(skipped.map((skip) => skip.itemId)).toEqual(['3', '4', '5', '6']);
    expect(skipped[0]?.reason).toBe('AssessorUpn: is missing');
    expect(skipped[1]?.reason).toMatch(/^AnswersJson\.q1\.kind: /);
    expect(skipped[2]?.reason).toMatch(/^AnswersJson: /);
  });
});

describe('toAssessmentResponseFields', () => {
  it('writes the answers as JSON and clears UpdatedOn on update when absent', () => {
    const draft: AssessmentResponseDraft = {
      submissionId: 'resp-2',
      title: 'x',
      assessmentId: 'a-1',
      assessorUpn: 'reader@contoso.example',
      status: 'inProgress',
      answers: { q2: { kind: 'unknown' } },
    };
    expect(toAssessmentResponseFields(draft, 'update')).toEqual({
      Title: 'x',
      SubmissionId: 'resp-2',
      AssessmentId: 'a-1',
      AssessorUpn: 'reader@contoso.example',
      ResponseStatus: 'inProgress',
      AnswersJson: '{"q2":{"kind":"unknown"}}',
      UpdatedOn: null,
    });
  });
});
