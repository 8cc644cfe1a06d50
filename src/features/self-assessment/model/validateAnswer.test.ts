import { MAX_NOTE_LENGTH } from '../../../lists/assessmentAnswer';
import { isWebUrl, validateAnswer } from './validateAnswer';
import { smallMaturityModel } from './testing/smallMaturityModel';

describe('validateAnswer', () => {
  const model = smallMaturityModel();

  it('accepts a level on the custom scale, a full-length comment and web links', () => {
    expect(validateAnswer(model, 'p1', { kind: 'level', level: 0, note: 'x'.repeat(MAX_NOTE_LENGTH), evidence: ['https://intranet.example/beleid.pdf', 'http://x.example'] })).toEqual([]);
    expect(validateAnswer(model, 'p1', { kind: 'notApplicable', justification: 'Geen labs' })).toEqual([]);
  });

  it('gives one code per problem', () => {
    expect(validateAnswer(model, 'p1', { kind: 'level', level: 4 })).toEqual(['levelOutOfScale']);
    expect(validateAnswer(model, 'p1', { kind: 'notApplicable', justification: '  ' })).toEqual(['justificationRequired']);
    expect(validateAnswer(model, 'p1', { kind: 'level', level: 2, evidence: ['https://intranet.example/beleid.pdf', 'javascript:alert(1)'] })).toEqual(['evidenceNotUrl']);
    expect(validateAnswer(model, 'p1', { kind: 'unknown', note: 'x'.repeat(MAX_NOTE_LENGTH + 1) })).toEqual(['commentTooLong']);
    expect(validateAnswer(model, 'gone', { kind: 'level', level: 1 })).toEqual(['unknownQuestion']);
    expect(validateAnswer(model, 'gone', { kind: 'level', level: 7, evidence: ['intranet/beleid'] })).toEqual(['unknownQuestion', 'levelOutOfScale', 'evidenceNotUrl']);
  });
});

describe('isWebUrl', () => {
  it('accepts http(s) only', () => {
    expect(['https://a.example/x', 'http://a.example'].map(isWebUrl)).toEqual([true, true]);
    expect(['ftp://a.example', 'mailto:a@b.example', 'www.a.example', ''].map(isWebUrl)).toEqual([false, false, false, false]);
  });
});
