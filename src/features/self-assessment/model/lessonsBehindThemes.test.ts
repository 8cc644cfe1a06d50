import type { Lesson } from '../../../lists/lessonMapping';
import { lessonsBehindThemes } from './lessonsBehindThemes';
import { smallMaturityModel } from './testing/smallMaturityModel';

function lesson(id: string, overrides: Partial<Lesson> = {}): Lesson {
  return { id, eTag: `"e,${id}"`, submissionId: `lesson-${id}`, title: `Les ${id}`, theme: 'privacy', redactedText: 'Tekst', tlp: 'GREEN', lastModified: '2026-01-01T00:00:00Z', ...overrides };
}

describe('lessonsBehindThemes', () => {
  const model = smallMaturityModel();

  it('puts a lesson under the themes of the questions it is linked to, with those questions', () => {
    const both = lesson('1', { maturityQuestionIds: ['p2', 'c1', 'c2'] });
    const byTheme = lessonsBehindThemes(model, [both]);
    expect(byTheme.get('privacy')).toEqual([{ lesson: both, questionIds: ['p2'] }]);
    expect(byTheme.get('cybersecurity')).toEqual([{ lesson: both, questionIds: ['c1', 'c2'] }]);
  });

  it('falls back to the lesson’s own theme when none of its links are questions of this model', () => {
    const unlinked = lesson('2', { theme: 'cybersecurity' });
    const otherModel = lesson('3', { theme: 'privacy', maturityQuestionIds: ['privacy.beleid.1'] });
    const unknownTheme = lesson('4', { theme: 'integriteit' });
    const byTheme = lessonsBehindThemes(model, [unlinked, otherModel, unknownTheme]);
    expect(byTheme.get('cybersecurity')).toEqual([{ lesson: unlinked, questionIds: [] }]);
    expect(byTheme.get('privacy')).toEqual([{ lesson: otherModel, questionIds: [] }]);
    expect(byTheme.has('integriteit')).toBe(false);
  });

  it('lists linked lessons first, then the newest', () => {
    const old = lesson('5', { publishedOn: '2025-01-01T00:00:00Z' });
    const recent = lesson('6', { publishedOn: '2026-05-01T00:00:00Z' });
    const linked = lesson('7', { publishedOn: '2024-01-01T00:00:00Z', maturityQuestionIds: ['p1'] });
    expect(lessonsBehindThemes(model, [old, recent, linked]).get('privacy')?.map((entry) => entry.lesson.id)).toEqual(['7', '6', '5']);
  });
});
