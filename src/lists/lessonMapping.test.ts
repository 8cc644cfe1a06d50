import { parseMaturityQuestionIds, readLessons, toLessonFields, type LessonDraft } from './lessonMapping';

function graphLessonItem(id: string, fieldOverrides: Record<string, unknown> = {}): Record<string, unknown> {
  const etag = `"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f,${id}"`;
  return {
    '@odata.etag': etag,
    id,
    eTag: etag,
    createdDateTime: '2025-04-01T12:00:00Z',
    lastModifiedDateTime: '2025-04-02T12:00:00Z',
    fields: {
      '@odata.etag': etag,
      Title: 'Verzendvertraging voorkomt datalekken',
      SubmissionId: 'lesson-1',
      CaseId: 'case-0001',
      Theme: 'privacy',
      ProcessStep: 'organisatie',
      RedactedText: 'Een vertraging van een minuut op uitgaande mail gaf ruimte om een verkeerde ontvanger te herstellen.',
      Tlp: 'AMBER+STRICT',
      PublishedOn: '2025-04-02T11:00:00Z',
      ...fieldOverrides,
    },
  };
}

describe('readLessons', () => {
  it('maps a Graph item with a TLP label', () => {
    const { items, skipped } = readLessons([graphLessonItem('1')]);
    expect(skipped).toEqual([]);
    expect(items[0]).toEqual({
      id: '1',
      eTag: '"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f,1"',
      lastModified: '2025-04-02T12:00:00Z',
      submissionId: 'lesson-1',
      title: 'Verzendvertraging voorkomt datalekken',
      caseId: 'case-0001',
      theme: 'privacy',
      processStep: 'organisatie',
      redactedText: 'Een vertraging van een minuut op uitgaande mail gaf ruimte om een verkeerde ontvanger te herstellen.',
      tlp: 'AMBER+STRICT',
      publishedOn: '2025-04-02T11:00:00Z',
    });
  });

  it('skips a lesson without a theme or with a TLP 1.0 label', () => {
    const { items, skipped } = readLessons([graphLessonItem('2', { Theme: undefined }), graphLessonItem('3', { Tlp: 'WHITE' }), graphLessonItem('4')]);
    expect(items.map((item) => item.id)).toEqual(['4']);
    expect(skipped).toEqual([
      { itemId: '2', reason: 'Theme: is missing' },
      { itemId: '3', reason: expect.stringMatching(/^Tlp: /) as unknown },
    ]);
  });
});

describe('toLessonFields', () => {
  it('round-trips through a Graph item', () => {
    const draft: LessonDraft = { submissionId: 'l-9', title: 'Oefen ontruiming ook tijdens tentamens', theme: 'fysieke-veiligheid', redactedText: 'Tekst', tlp: 'CLEAR' };
    const fields = toLessonFields(draft);
    expect(fields).toEqual({ Title: draft.title, SubmissionId: 'l-9', Theme: 'fysieke-veiligheid', RedactedText: 'Tekst', Tlp: 'CLEAR' });
    const { items } = readLessons([{ id: '9', eTag: '"e,9"', lastModifiedDateTime: '2025-06-01T00:00:00Z', fields }]);
    expect(items[0]).toEqual({ ...draft, id: '9', eTag: '"e,9"', lastModified: '2025-06-01T00:00:00Z' });
  });
});

describe('maturity questions of a lesson', () => {
  it('reads ids separated by semicolons, drops what is no question id and keeps duplicates once', () => {
    expect(parseMaturityQuestionIds('privacy.beleid.1; privacy.beleid.2;;privacy.beleid.1')).toEqual(['privacy.beleid.1', 'privacy.beleid.2']);
    expect(parseMaturityQuestionIds('<script>x</script>;Privacy.Beleid;ok-1')).toEqual(['ok-1']);
    expect(parseMaturityQuestionIds(undefined)).toEqual([]);
  });

  it('round-trips the links, and clears them in an update when none are left', () => {
    const draft: LessonDraft = { submissionId: 'l-10', title: 'T', theme: 'privacy', redactedText: 'Tekst', tlp: 'GREEN', maturityQuestionIds: ['privacy.bewustzijn.1', 'privacy.beleid.1'] };
    const fields = toLessonFields(draft);
    expect(fields.MaturityQuestionIds).toBe('privacy.bewustzijn.1;privacy.beleid.1');
    const { items } = readLessons([{ id: '10', eTag: '"e,10"', lastModifiedDateTime: '2025-06-01T00:00:00Z', fields }]);
    expect(items[0]?.maturityQuestionIds).toEqual(['privacy.bewustzijn.1', 'privacy.beleid.1']);
    expect(toLessonFields({ ...draft, maturityQuestionIds: [] }, 'update').MaturityQuestionIds).toBeNull();
    expect('MaturityQuestionIds' in toLessonFields({ ...draft, maturityQuestionIds: [] })).toBe(false);
  });
});
