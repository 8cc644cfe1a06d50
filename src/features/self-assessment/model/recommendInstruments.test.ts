import { computeGaps } from './computeGaps';
import { recommendInstruments } from './recommendInstruments';
import { scoreAssessment } from './scoreAssessment';
import { makeTestInstrument } from './testing/makeTestInstrument';
import { smallMaturityModel } from './testing/smallMaturityModel';

describe('recommendInstruments', () => {
  const model = smallMaturityModel();
  // p1 (privacy, beleid, tag dpia) is the weakest privacy question.
  const scores = scoreAssessment(model, { p1: { kind: 'level', level: 1 }, p2: { kind: 'level', level: 2 }, c1: { kind: 'level', level: 2 } });
  const [privacyGap] = computeGaps(model, scores, { privacy: 3 });
  const library = [
    makeTestInstrument({ id: 'cyber-dpia', themes: ['cybersecurity'], tags: ['dpia'] }),
    makeTestInstrument({ id: 'retired-dpia', themes: ['privacy'], tags: ['dpia'], status: 'retired' }),
    makeTestInstrument({ id: 'datalek', themes: ['privacy'], tags: ['datalek'], processSteps: ['bewustzijn'] }),
    makeTestInstrument({ id: 'dpia-old', themes: ['privacy'], tags: ['DPIA'], publishedOn: '2023-01-01T00:00:00Z' }),
    makeTestInstrument({ id: 'dpia-beleid', themes: ['privacy'], tags: ['dpia'], processSteps: ['beleid'] }),
    makeTestInstrument({ id: 'dpia-new', themes: ['privacy'], tags: ['dpia'], publishedOn: '2025-01-01T00:00:00Z' }),
  ];

  it('ranks published on-theme instruments by shared tags of the weakest questions, then step, then newest', () => {
    expect(privacyGap?.theme).toBe('privacy');
    expect(recommendInstruments(model, privacyGap!, scores, library).map((entry) => entry.id)).toEqual(['dpia-beleid', 'dpia-new', 'dpia-old', 'datalek']);
    expect(recommendInstruments(model, privacyGap!, scores, library, 2).map((entry) => entry.id)).toEqual(['dpia-beleid', 'dpia-new']);
  });

  it('takes question ids instead of a gap', () => {
    expect(recommendInstruments(model, ['p2'], scores, library).map((entry) => entry.id)).toEqual(['datalek', 'dpia-new', 'dpia-old', 'dpia-beleid']);
    expect(recommendInstruments(model, ['c1'], scores, library).map((entry) => entry.id)).toEqual(['cyber-dpia']);
    expect(recommendInstruments(model, [], scores, library)).toEqual([]);
  });
});
