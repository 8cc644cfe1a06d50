import { loadDefaultMaturityModel } from './loadDefaultMaturityModel';
import { summariseResponses } from './summariseResponses';
import { smallMaturityModel } from './testing/smallMaturityModel';

describe('summariseResponses', () => {
  const model = smallMaturityModel();

  it('shows everyone’s answer, the spread, disagreements and the lower median as a suggestion', () => {
    const spreads = summariseResponses(model, [
      { assessorUpn: 'a', answers: { p1: { kind: 'level', level: 0 }, p2: { kind: 'level', level: 2 }, c2: { kind: 'level', level: 2 } } },
      { assessorUpn: 'b', answers: { p1: { kind: 'level', level: 3 }, p2: { kind: 'notApplicable', justification: 'n.v.t.' }, c2: { kind: 'level', level: 1 } } },
      { assessorUpn: 'c', answers: { p1: { kind: 'level', level: 1 }, c1: { kind: 'notApplicable', justification: 'n.v.t.' } } },
      { assessorUpn: 'd', answers: { p1: { kind: 'level', level: 2 }, c1: { kind: 'unknown' } } },
    ]);
    expect(spreads.map((spread) => spread.questionId)).toEqual(['p1', 'p2', 'c1', 'c2']);
    expect(spreads[0]).toMatchObject({ min: 0, max: 3, spread: 3, disagreement: true, suggested: 1 });
    expect(spreads[0]?.answers.map((entry) => entry.assessorUpn)).toEqual(['a', 'b', 'c', 'd']);
    expect(spreads[1]).toMatchObject({ min: 2, max: 2, spread: 0, disagreement: true, suggested: 2 });
    expect(spreads[2]).toMatchObject({ min: null, max: null, spread: 0, disagreement: false, suggested: null });
    expect(spreads[2]?.answers.map((entry) => entry.answer?.kind)).toEqual([undefined, undefined, 'notApplicable', 'unknown']);
    expect(spreads[3]).toMatchObject({ min: 1, max: 2, spread: 1, disagreement: false, suggested: 1 });
  });

  it('summarises 50 assessors on the default model (its speed is measured by npm run bench, not here)', () => {
    const defaultModel = loadDefaultMaturityModel();
    const responses = Array.from({ length: 50 }, (_, assessor) => ({
      assessorUpn: `user${assessor}@x.example`,
      answers: Object.fromEntries(defaultModel.questions.map((question, index) => [question.id, { kind: 'level' as const, level: 1 + ((assessor + index) % 5) }])),
    }));
    const spreads = summariseResponses(defaultModel, responses);
    expect(spreads).toHaveLength(defaultModel.questions.length);
    expect(spreads.every((spread) => spread.spread === 4 && spread.suggested === 3)).toBe(true);
  });
});
