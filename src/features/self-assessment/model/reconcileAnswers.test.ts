import type { AssessmentAnswers } from '../../../lists/assessmentAnswer';
import { questionFingerprint, reconcileAnswers } from './reconcileAnswers';
import { smallMaturityModel } from './testing/smallMaturityModel';

describe('questionFingerprint', () => {
  const [p1, p2] = smallMaturityModel().questions;

  it('is short and stable, and changes with the text or a descriptor but not with tags or step', () => {
    expect(questionFingerprint(p1!)).toMatch(/^[0-9a-z]{1,8}$/);
    expect(questionFingerprint({ ...p1!, instrumentTags: ['x'], step: 'bewustzijn' })).toBe(questionFingerprint(p1!));
    expect(questionFingerprint(p2!)).not.toBe(questionFingerprint(p1!));
    expect(questionFingerprint({ ...p1!, text: { ...p1!.text, en: 'Reworded?' } })).not.toBe(questionFingerprint(p1!));
    const descriptors = p1!.descriptors.map((descriptor, index) => (index === 3 ? { ...descriptor, nl: 'anders' } : descriptor));
    expect(questionFingerprint({ ...p1!, descriptors })).not.toBe(questionFingerprint(p1!));
  });
});

describe('reconcileAnswers', () => {
  it('keeps answers to removed questions and names questions whose text changed', () => {
    const model = smallMaturityModel();
    const p1 = model.questions[0]!;
    const answers: AssessmentAnswers = {
      p1: { kind: 'level', level: 2, questionFingerprint: questionFingerprint(p1) },
      p2: { kind: 'level', level: 1, questionFingerprint: 'old-hash' },
      c1: { kind: 'unknown' },
      removed: { kind: 'level', level: 3, note: 'kept' },
    };
    const reconciled = reconcileAnswers(model, answers);
    expect(reconciled.current).toEqual({ p1: answers.p1, p2: answers.p2, c1: answers.c1 });
    expect(reconciled.changed).toEqual(['p2']);
    expect(reconciled.orphaned).toEqual([{ questionId: 'removed', answer: { kind: 'level', level: 3, note: 'kept' } }]);
  });

  it('flags a question reworded in a newer model version', () => {
    const before = smallMaturityModel();
    const answers: AssessmentAnswers = Object.fromEntries(before.questions.map((question) => [question.id, { kind: 'level' as const, level: 1, questionFingerprint: questionFingerprint(question) }]));
    const after = smallMaturityModel({ version: '2', questions: before.questions.map((question) => (question.id === 'c2' ? { ...question, text: { nl: 'Nieuw?', en: 'New?' } } : question)) });
    expect(reconcileAnswers(after, answers).changed).toEqual(['c2']);
    expect(reconcileAnswers(before, answers).changed).toEqual([]);
  });
});
