import type { AssessmentAnswers } from '../../../lists/assessmentAnswer';
import { scoreSummarySchema } from '../../../lists/assessmentAnswer';
import { formatScore, scoreAssessment, toScoreSummary } from './scoreAssessment';
import { smallMaturityModel } from './testing/smallMaturityModel';

describe('scoreAssessment', () => {
  const model = smallMaturityModel();

  it('averages answered questions per theme and step, leaves N/A out and counts unknown as unanswered', () => {
    const answers: AssessmentAnswers = {
      p1: { kind: 'level', level: 3 },
      p2: { kind: 'notApplicable', justification: 'Geen eigen systemen' },
      c1: { kind: 'level', level: 1 },
      c2: { kind: 'unknown' },
    };
    const scores = scoreAssessment(model, answers);
    expect(scores.byQuestion).toEqual({ p1: 3, c1: 1 });
    expect(scores.byTheme).toEqual({ privacy: 3, cybersecurity: 1 });
    expect(scores.byStep).toEqual({ beleid: 2, bewustzijn: null });
    expect(scores.overall).toBe(2);
    expect(scores.counts).toEqual({ answered: 2, notApplicable: 1, unknown: 1, unanswered: 0, total: 4 });
  });

  it('reproduces the worked example of docs/maturity-model.md', () => {
    const example = smallMaturityModel({
      themes: [
        { id: 'privacy', label: { nl: 'Privacy', en: 'Privacy' } },
        { id: 'cybersecurity', label: { nl: 'Cyber', en: 'Cyber' } },
        { id: 'integriteit', label: { nl: 'Integriteit', en: 'Integrity' } },
      ],
      questions: ['A:privacy', 'B:privacy', 'C:privacy', 'D:cybersecurity', 'E:cybersecurity', 'F:integriteit'].map((entry) => {
        const [id = '', theme = ''] = entry.split(':');
        return { id: id.toLowerCase(), theme, step: 'beleid', text: { nl: id, en: id }, descriptors: [0, 1, 2, 3].map(() => ({ nl: 'd', en: 'd' })), instrumentTags: [] };
      }),
    });
    const scores = scoreAssessment(example, {
      a: { kind: 'level', level: 3 },
      b: { kind: 'level', level: 2 },
      c: { kind: 'notApplicable', justification: 'geen onderzoek met persoonsgegevens' },
      d: { kind: 'level', level: 1 },
      e: { kind: 'unknown' },
    });
    expect(scores.byTheme).toEqual({ privacy: 2.5, cybersecurity: 1, integriteit: null });
    expect(scores.overall).toBe(1.75);
    expect(formatScore(scores.overall, 'nl')).toBe('1,8');
    expect(scores.counts).toEqual({ answered: 3, notApplicable: 1, unknown: 1, unanswered: 1, total: 6 });
  });

  it('handles nothing answered, level 0 of a custom scale, off-scale levels and answers to unknown questions', () => {
    const empty = scoreAssessment(model, {});
    expect(empty.overall).toBeNull();
    expect(empty.byTheme).toEqual({ privacy: null, cybersecurity: null });
    expect(empty.counts).toEqual({ answered: 0, notApplicable: 0, unknown: 0, unanswered: 4, total: 4 });
    const partial = scoreAssessment(model, { p1: { kind: 'level', level: 0 }, c1: { kind: 'level', level: 9 }, gone: { kind: 'level', level: 3 } });
    expect(partial.byTheme).toEqual({ privacy: 0, cybersecurity: null });
    expect(partial.overall).toBe(0);
    expect(partial.counts.answered).toBe(1);
    expect(partial.counts.unanswered).toBe(3);
  });

  it('takes the overall as the mean of themes, not of questions', () => {
    const scores = scoreAssessment(model, { p1: { kind: 'level', level: 3 }, p2: { kind: 'level', level: 3 }, c1: { kind: 'level', level: 0 } });
    expect(scores.overall).toBe(1.5);
  });
});

describe('toScoreSummary', () => {
  it('produces a summary the stored schema accepts, also for a 0-based scale', () => {
    const scores = scoreAssessment(smallMaturityModel(), { p1: { kind: 'level', level: 0 }, c1: { kind: 'level', level: 2 } });
    const summary = toScoreSummary(scores);
    expect(summary).toEqual({ overall: 1, byTheme: { privacy: 0, cybersecurity: 2 }, byStep: { beleid: 1, bewustzijn: null }, answered: 2, total: 4 });
    expect(scoreSummarySchema.parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
  });
});

describe('formatScore', () => {
  it('shows one decimal, a decimal comma in Dutch and a dash for no score', () => {
    expect(formatScore(2.25, 'nl')).toBe('2,3');
    expect(formatScore(2.25, 'en')).toBe('2.3');
    expect(formatScore(3, 'en')).toBe('3.0');
    expect(formatScore(0, 'nl')).toBe('0,0');
    expect(formatScore(null, 'en')).toBe('–');
    expect(formatScore(undefined, 'nl')).toBe('–');
  });
});
