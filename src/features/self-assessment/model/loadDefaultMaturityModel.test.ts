import { PROCESS_STEP_IDS, THEME_IDS } from '../../../lists/vocabulary';
import { loadDefaultMaturityModel } from './loadDefaultMaturityModel';

describe('loadDefaultMaturityModel', () => {
  const model = loadDefaultMaturityModel();

  it('parses the shipped file: 1..5 scale, at least 45 questions', () => {
    expect(model.id).toBe('ivho-default');
    expect(model.scale.map((level) => level.level)).toEqual([1, 2, 3, 4, 5]);
    expect(model.questions.length).toBeGreaterThanOrEqual(45);
  });

  it('covers every theme x process step of the vocabulary with tagged questions', () => {
    const missing = THEME_IDS.flatMap((theme) => PROCESS_STEP_IDS.filter((step) => !model.questions.some((question) => question.theme === theme && question.step === step)).map((step) => `${theme} x ${step}`));
    expect(missing).toEqual([]);
    expect(model.questions.filter((question) => question.instrumentTags.length === 0).map((question) => question.id)).toEqual([]);
  });

  it('loads once', () => {
    expect(loadDefaultMaturityModel()).toBe(model);
  });
});
