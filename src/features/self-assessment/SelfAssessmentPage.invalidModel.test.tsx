/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n';
import type { SelfAssessmentEnvironment } from './api/SelfAssessmentEnvironment';
import { SelfAssessmentPage } from './SelfAssessmentPage';

// An institution's model file with a question missing a descriptor and a duplicate id.
jest.mock('@maturity-model', () => {
  const text = { nl: 'x', en: 'x' };
  const scale = [1, 2, 3].map((level) => ({ level, label: text, description: text }));
  const question = { id: 'q1', theme: 't', step: 's', text, descriptors: [text, text], instrumentTags: [] };
  return { __esModule: true, default: { id: 'eigen', version: '1', title: text, scale, themes: [{ id: 't', label: text }], steps: [{ id: 's', label: text }], questions: [question, question] } };
});

describe('SelfAssessmentPage with an invalid model file', () => {
  it('refuses the model and lists what is wrong instead of opening', () => {
    const onShown = jest.fn();
    render(
      <FluentProvider theme={teamsLightTheme}>
        <I18nProvider locale="en-US">
          <SelfAssessmentPage environment={{} as SelfAssessmentEnvironment} onShown={onShown} />
        </I18nProvider>
      </FluentProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The maturity model of this installation is not valid');
    expect(alert.textContent).toContain('questions: duplicate id "q1"');
    expect(alert.textContent).toContain('questions[0].descriptors: question "q1" has 2 descriptors; the scale has 3 levels');
    expect(onShown).toHaveBeenCalled();
  });
});
