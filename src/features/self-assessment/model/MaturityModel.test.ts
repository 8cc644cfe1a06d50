import { parseMaturityModel, scaleLevels } from './MaturityModel';
import { smallMaturityModel, smallMaturityModelJson } from './testing/smallMaturityModel';

function problemsOf(json: unknown): readonly string[] {
  const result = parseMaturityModel(json);
  return result.ok ? [] : result.problems;
}

describe('parseMaturityModel', () => {
  it('accepts a valid model with a custom 0..3 scale', () => {
    const result = parseMaturityModel(smallMaturityModelJson());
    expect(result.ok).toBe(true);
    expect(result.ok && scaleLevels(result.model)).toEqual([0, 1, 2, 3]);
  });

  it('names every problem of a broken model file with its path', () => {
    const model = smallMaturityModel();
    const [p1, p2] = model.questions;
    const problems = problemsOf({
      ...model,
      scale: [...model.scale.slice(0, 3), { ...model.scale[1], level: 1 }],
      themes: [...model.themes, model.themes[0]],
      steps: [...model.steps, model.steps[1]],
      questions: [{ ...p1, descriptors: p1?.descriptors.slice(1), step: 'nowhere' }, p1, { ...p2, theme: 'elsewhere' }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'themes: duplicate id "privacy"',
        'steps: duplicate id "bewustzijn"',
        'questions: duplicate id "p1"',
        'scale[3].level: levels must increase',
        'questions[0].step: unknown step "nowhere"',
        'questions[2].theme: unknown theme "elsewhere"',
        'questions[0].descriptors: question "p1" has 3 descriptors; the scale has 4 levels',
      ]),
    );
  });

  it('refuses a duplicate scale level as well as a decreasing one', () => {
    const model = smallMaturityModel();
    expect(problemsOf({ ...model, scale: [model.scale[0], model.scale[1], model.scale[1], model.scale[2]] })).toContain('scale[2].level: levels must increase');
  });

  it('refuses empty question text and a descriptor missing its English text', () => {
    const model = smallMaturityModel();
    const [p1] = model.questions;
    const descriptors = p1?.descriptors.map((descriptor, index) => (index === 2 ? { nl: descriptor.nl } : descriptor));
    expect(problemsOf({ ...model, questions: [{ ...p1, text: { nl: '  ', en: 'x' }, descriptors }] })).toEqual([
      expect.stringMatching(/^questions\[0\]\.text\.nl: /),
      expect.stringMatching(/^questions\[0\]\.descriptors\[2\]\.en: /),
    ]);
  });

  it('refuses something that is not a model at all with a readable line', () => {
    expect(problemsOf(null)).toEqual([expect.stringMatching(/^\(model\): /)]);
    expect(problemsOf({ ...smallMaturityModelJson(), questions: undefined })).toEqual([expect.stringMatching(/^questions: /)]);
  });
});
