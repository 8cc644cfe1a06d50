import type { AssessmentAnswers } from '../../../lists/assessmentAnswer';
import type { Instrument } from '../../../lists/instrumentMapping';
import { PROCESS_STEP_IDS, THEME_IDS } from '../../../lists/vocabulary';
import { assessmentResultsCsv } from './assessmentResultsCsv';
import { computeGaps, recommendInstruments } from './computeGaps';
import { loadDefaultMaturityModel } from './loadDefaultMaturityModel';
import { parseMaturityModel, type MaturityModel } from './MaturityModel';
import { questionFingerprint, reconcileAnswers } from './reconcileAnswers';
import { formatScore, scoreAssessment, toScoreSummary } from './scoreAssessment';
import { summariseResponses } from './summariseResponses';
import { validateAnswer } from './validateAnswer';

const text = (value: string) => ({ nl: value, en: value });

/** A small model: two themes, two steps, a 0..3 scale. */
function smallModel(overrides: Record<string, unknown> = {}): MaturityModel {
  const scale = [0, 1, 2, 3].map((level) => ({ level, label: text(`L${level}`), description: text(`level ${level}`) }));
  const question = (id: string, theme: string, step: string, tags: string[] = []) => ({ id, theme, step, text: text(`${id}?`), descriptors: scale.map((level) => text(`${id} at ${level.level}`)), instrumentTags: tags });
  const json = {
    id: 'small',
    version: '1',
    title: text('Small'),
    scale,
    themes: [{ id: 'privacy', label: text('Privacy') }, { id: 'cybersecurity', label: text('Cyber') }],
    steps: [{ id: 'beleid', label: text('Beleid') }, { id: 'bewustzijn', label: text('Bewustzijn') }],
    questions: [question('p1', 'privacy', 'beleid', ['dpia']), question('p2', 'privacy', 'bewustzijn', ['datalek']), question('c1', 'cybersecurity', 'beleid'), question('c2', 'cybersecurity', 'bewustzijn')],
    ...overrides,
  };
  const parsed = parseMaturityModel(json);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.model;
}

describe('the default model', () => {
  it('parses and covers every theme x process step with at least 45 questions in Dutch and English', () => {
    const model = loadDefaultMaturityModel();
    expect(model.questions.length).toBeGreaterThanOrEqual(45);
    expect(model.scale.map((level) => level.level)).toEqual([1, 2, 3, 4, 5]);
    for (const theme of THEME_IDS) for (const step of PROCESS_STEP_IDS) expect(model.questions.some((question) => question.theme === theme && question.step === step)).toBe(true);
    expect(model.questions.every((question) => question.instrumentTags.length >= 2)).toBe(true);
  });
});

describe('parseMaturityModel', () => {
  it('names every problem of a broken model file', () => {
    const broken = smallModel();
    const result = parseMaturityModel({
      ...broken,
      scale: [...broken.scale.slice(0, 3), { ...broken.scale[1], level: 1 }],
      themes: [...broken.themes, broken.themes[0]],
      questions: [{ ...broken.questions[0], descriptors: broken.questions[0]?.descriptors.slice(1), step: 'nowhere' }, broken.questions[0]],
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'themes: duplicate id "privacy"',
        'questions: duplicate id "p1"',
        'scale[3].level: levels must increase',
        'questions[0].step: unknown step "nowhere"',
        'questions[0].descriptors: question "p1" has 3 descriptors; the scale has 4 levels',
      ]),
    );
  });

  it('refuses a missing descriptor text and an empty question', () => {
    const model = smallModel();
    const result = parseMaturityModel({ ...model, questions: [{ ...model.questions[0], text: { nl: '', en: 'x' } }] });
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/^questions\[0\]\.text\.nl: /)]);
  });
});

describe('scoreAssessment', () => {
  const model = smallModel();

  it('averages answered questions per theme and step, leaves N/A out and counts unknown as unanswered', () => {
    const answers: AssessmentAnswers = {
      p1: { kind: 'level', level: 3 },
      p2: { kind: 'notApplicable', justification: 'Geen eigen systemen' },
      c1: { kind: 'level', level: 1 },
      c2: { kind: 'unknown' },
    };
    const scores = scoreAssessment(model, answers);
    expect(scores.byTheme).toEqual({ privacy: 3, cybersecurity: 1 });
    expect(scores.byStep).toEqual({ beleid: 2, bewustzijn: null });
    expect(scores.overall).toBe(2);
    expect(scores.counts).toEqual({ answered: 2, notApplicable: 1, unknown: 1, unanswered: 0, total: 4 });
    expect(toScoreSummary(scores)).toEqual({ overall: 2, byTheme: { privacy: 3, cybersecurity: 1 }, byStep: { beleid: 2, bewustzijn: null }, answered: 2, total: 4 });
  });

  it('handles partial answers, nothing answered and level 0 of a custom scale; ignores levels off the scale', () => {
    expect(scoreAssessment(model, {}).overall).toBeNull();
    const partial = scoreAssessment(model, { p1: { kind: 'level', level: 0 }, c1: { kind: 'level', level: 9 } });
    expect(partial.byTheme).toEqual({ privacy: 0, cybersecurity: null });
    expect(partial.overall).toBe(0);
    expect(partial.counts.unanswered).toBe(3);
  });

  it('formats scores with one decimal, a decimal comma in Dutch', () => {
    expect(formatScore(2.25, 'nl')).toBe('2,3');
    expect(formatScore(2.25, 'en')).toBe('2.3');
    expect(formatScore(null, 'en')).toBe('–');
  });
});

describe('validateAnswer', () => {
  const model = smallModel();
  it('refuses levels off the scale, N/A without justification, evidence that is no web address, 10,001-character comments and unknown questions', () => {
    expect(validateAnswer(model, 'p1', { kind: 'level', level: 4 })).toEqual(['levelOutOfScale']);
    expect(validateAnswer(model, 'p1', { kind: 'notApplicable', justification: '  ' })).toEqual(['justificationRequired']);
    expect(validateAnswer(model, 'p1', { kind: 'level', level: 2, evidence: ['https://intranet.example/beleid.pdf', 'javascript:alert(1)'] })).toEqual(['evidenceNotUrl']);
    expect(validateAnswer(model, 'p1', { kind: 'unknown', note: 'x'.repeat(10_001) })).toEqual(['commentTooLong']);
    expect(validateAnswer(model, 'gone', { kind: 'level', level: 1 })).toEqual(['unknownQuestion']);
    expect(validateAnswer(model, 'p1', { kind: 'level', level: 0, note: 'x'.repeat(10_000) })).toEqual([]);
  });
});

describe('gaps and recommendations', () => {
  const model = smallModel();
  const instrument = (id: string, themes: string[], tags: string[], steps: string[] = [], status = 'published'): Instrument =>
    ({ id, key: id, title: id, summary: '', bodyHtml: '', themes, processSteps: steps, type: 'handreiking', audience: [], language: 'nl', tags, status, lastModified: '2026-01-01T00:00:00Z' }) as unknown as Instrument;

  it('orders gaps largest first and recommends on-theme instruments sharing tags of the weakest questions', () => {
    const scores = scoreAssessment(model, { p1: { kind: 'level', level: 1 }, p2: { kind: 'level', level: 2 }, c1: { kind: 'level', level: 2 }, c2: { kind: 'level', level: 2 } });
    const gaps = computeGaps(model, scores, { privacy: 3, cybersecurity: 3 });
    expect(gaps).toEqual([
      { theme: 'privacy', current: 1.5, target: 3, gap: 1.5 },
      { theme: 'cybersecurity', current: 2, target: 3, gap: 1 },
    ]);
    const library = [instrument('cyber', ['cybersecurity'], ['dpia']), instrument('retired', ['privacy'], ['dpia'], [], 'retired'), instrument('datalek', ['privacy'], ['datalek']), instrument('dpia', ['privacy'], ['DPIA'], ['beleid'])];
    expect(recommendInstruments(model, gaps[0] ?? gaps[1]!, scores, library).map((entry) => entry.id)).toEqual(['dpia', 'datalek']);
    expect(computeGaps(model, scores, { privacy: 1 })).toEqual([]);
  });
});

describe('team consensus', () => {
  const model = smallModel();
  it('shows everyone’s level, the spread, disagreements and the median as a suggestion', () => {
    const spreads = summariseResponses(model, [
      { assessorUpn: 'a', answers: { p1: { kind: 'level', level: 0 }, p2: { kind: 'level', level: 2 } } },
      { assessorUpn: 'b', answers: { p1: { kind: 'level', level: 3 }, p2: { kind: 'notApplicable', justification: 'n.v.t.' } } },
      { assessorUpn: 'c', answers: { p1: { kind: 'level', level: 1 } } },
    ]);
    expect(spreads[0]).toMatchObject({ questionId: 'p1', min: 0, max: 3, spread: 3, disagreement: true, suggested: 1 });
    expect(spreads[1]).toMatchObject({ questionId: 'p2', spread: 0, disagreement: true, suggested: 2 });
    expect(spreads[2]).toMatchObject({ questionId: 'c1', min: null, disagreement: false, suggested: null });
  });

  it('summarises 50 assessors on the default model quickly', () => {
    const model45 = loadDefaultMaturityModel();
    const responses = Array.from({ length: 50 }, (_, assessor) => ({
      assessorUpn: `user${assessor}@x`,
      answers: Object.fromEntries(model45.questions.map((question, index) => [question.id, { kind: 'level' as const, level: 1 + ((assessor + index) % 5) }])),
    }));
    const started = performance.now();
    const spreads = summariseResponses(model45, responses);
    expect(performance.now() - started).toBeLessThan(200);
    expect(spreads).toHaveLength(model45.questions.length);
  });
});

describe('model changes', () => {
  it('keeps answers to removed questions and names questions whose text changed', () => {
    const model = smallModel();
    const p1 = model.questions[0]!;
    const answers: AssessmentAnswers = {
      p1: { kind: 'level', level: 2, questionFingerprint: questionFingerprint(p1) },
      p2: { kind: 'level', level: 1, questionFingerprint: 'old-hash' },
      removed: { kind: 'level', level: 3 },
    };
    const reconciled = reconcileAnswers(model, answers);
    expect(Object.keys(reconciled.current)).toEqual(['p1', 'p2']);
    expect(reconciled.changed).toEqual(['p2']);
    expect(reconciled.orphaned).toEqual([{ questionId: 'removed', answer: { kind: 'level', level: 3 } }]);
  });
});

describe('assessmentResultsCsv', () => {
  it('carries exactly the scores the screen shows', () => {
    const model = smallModel();
    const answers: AssessmentAnswers = { p1: { kind: 'level', level: 3, note: 'Beleid; vastgesteld "2025"' }, p2: { kind: 'level', level: 2 }, c1: { kind: 'level', level: 1 } };
    const scores = scoreAssessment(model, answers);
    const csv = assessmentResultsCsv(model, scores, { privacy: 3 }, answers, 'nl');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[1]).toBe(`Totaal;;;;;${formatScore(scores.overall, 'nl')};;;`);
    expect(lines[2]).toBe('Thema;Privacy;;;;2,5;3;0,5;');
    expect(lines).toContain('Vraag;Privacy;Beleid;p1?;3;;;;"Beleid; vastgesteld ""2025"""');
  });
});
