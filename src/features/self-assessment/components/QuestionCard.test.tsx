/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { I18nProvider, SectionMessages } from '../../../i18n';
import { selfAssessmentMessages } from '../../../i18n/areas/selfAssessmentMessages';
import { MAX_NOTE_LENGTH, type AssessmentAnswer } from '../../../lists/assessmentAnswer';
import { loadDefaultMaturityModel } from '../model/loadDefaultMaturityModel';
import { QuestionCard } from './QuestionCard';

// jsdom lacks CSS.escape, which user-event needs to move between radios with the arrow keys (every browser has it).
if (typeof globalThis.CSS?.escape !== 'function') {
  Object.defineProperty(globalThis, 'CSS', { value: { escape: (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (char) => `\\${char}`) }, configurable: true });
}

const model = loadDefaultMaturityModel();
const question = model.questions[0];
if (question === undefined) throw new Error('the default model has no questions');

/** The card under a parent that keeps the answer, as the form does; every change is recorded. */
function renderCard(locale = 'en-US'): { changes: Array<AssessmentAnswer | undefined> } {
  const changes: Array<AssessmentAnswer | undefined> = [];
  function Harness(): ReactNode {
    const [answer, setAnswer] = useState<AssessmentAnswer | undefined>(undefined);
    return (
      <QuestionCard
        model={model}
        question={question!}
        answer={answer}
        changed={false}
        onChange={(next) => {
          changes.push(next);
          setAnswer(next);
        }}
      />
    );
  }
  render(
    <FluentProvider theme={teamsLightTheme}>
      <I18nProvider locale={locale}><SectionMessages messages={selfAssessmentMessages}>
        <Harness />
      </SectionMessages></I18nProvider>
    </FluentProvider>,
  );
  return { changes };
}

describe('QuestionCard', () => {
  it('shows every level with its descriptor and lets the keyboard choose a level', async () => {
    const user = userEvent.setup();
    const { changes } = renderCard();
    const group = screen.getByRole('radiogroup');
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(model.scale.length + 2);
    expect(within(group).getByRole('radio', { name: new RegExp(`^1 · .*${escapeRegExp(question.descriptors[0]?.en ?? '')}`) })).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(radios[0]);
    await user.keyboard('[Space]');
    await user.keyboard('[ArrowDown][ArrowDown]');
    expect((radios[2] as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(radios[2]);
    expect(changes.at(-1)).toMatchObject({ kind: 'level', level: 3 });
  });

  it('requires a justification for "not applicable" and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { changes } = renderCard();
    await user.click(screen.getByRole('radio', { name: 'Not applicable' }));
    const justification = screen.getByRole('textbox', { name: /Why is this not applicable\?/ });
    expect(screen.getByText('Explain why the question does not apply.')).toBeTruthy();
    expect(justification.getAttribute('aria-invalid')).toBe('true');
    await user.type(justification, 'No labs');
    expect(screen.queryByText('Explain why the question does not apply.')).toBeNull();
    expect(changes.at(-1)).toMatchObject({ kind: 'notApplicable', justification: 'No labs' });
  });

  it('accepts a 10,000-character comment, refuses one longer with a message, and keeps the text', () => {
    renderCard('nl-NL');
    const comment = screen.getByRole('textbox', { name: 'Toelichting' });
    fireEvent.change(comment, { target: { value: 'a'.repeat(MAX_NOTE_LENGTH) } });
    expect(screen.queryByText(/kan hoogstens/)).toBeNull();
    fireEvent.change(comment, { target: { value: 'a'.repeat(MAX_NOTE_LENGTH + 1) } });
    expect(screen.getByText(/Een toelichting kan hoogstens/)).toBeTruthy();
    expect((comment as HTMLTextAreaElement).value).toHaveLength(MAX_NOTE_LENGTH + 1);
  });

  it('stores only web addresses as evidence and marks the rest', async () => {
    const user = userEvent.setup();
    const { changes } = renderCard();
    const evidence = screen.getByRole('textbox', { name: /Evidence/i });
    await user.type(evidence, 'https://intranet.example/policy.pdf not-a-link');
    await user.tab();
    expect(screen.getByText('Only web addresses (https://…) can be saved as evidence.')).toBeTruthy();
    expect(changes.at(-1)?.evidence).toEqual(['https://intranet.example/policy.pdf']);
    expect((evidence as HTMLTextAreaElement).value).toContain('not-a-link');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
