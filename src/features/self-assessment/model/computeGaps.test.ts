import { computeGaps } from './computeGaps';
import { scoreAssessment } from './scoreAssessment';
import { smallMaturityModel } from './testing/smallMaturityModel';

describe('computeGaps', () => {
  const model = smallMaturityModel();

  it('lists positive gaps per theme, largest first', () => {
    const scores = scoreAssessment(model, { p1: { kind: 'level', level: 1 }, p2: { kind: 'level', level: 2 }, c1: { kind: 'level', level: 2 }, c2: { kind: 'level', level: 2 } });
    expect(computeGaps(model, scores, { cybersecurity: 3, privacy: 3 })).toEqual([
      { theme: 'privacy', current: 1.5, target: 3, gap: 1.5 },
      { theme: 'cybersecurity', current: 2, target: 3, gap: 1 },
    ]);
    expect(computeGaps(model, scores, { privacy: 1, cybersecurity: 2 })).toEqual([]);
  });

  it('breaks ties by the model’s theme order and skips themes without a score or a target', () => {
    const scores = scoreAssessment(model, { c1: { kind: 'level', level: 1 }, p1: { kind: 'level', level: 1 } });
    expect(computeGaps(model, scores, { cybersecurity: 2, privacy: 2 }).map((gap) => gap.theme)).toEqual(['privacy', 'cybersecurity']);
    expect(computeGaps(model, scoreAssessment(model, { c1: { kind: 'level', level: 1 } }), { privacy: 3, cybersecurity: 2 }).map((gap) => gap.theme)).toEqual(['cybersecurity']);
    expect(computeGaps(model, scores, { cybersecurity: 2 }).map((gap) => gap.theme)).toEqual(['cybersecurity']);
  });
});
