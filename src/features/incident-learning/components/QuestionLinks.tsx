import { Checkbox, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import type { LinkableQuestion } from '../api/IncidentLearningEnvironment';
import { useIncidentStyles } from './useIncidentStyles.styles';

/** The questions of a theme, those of the chosen process step first. */
export function questionsToLink(questions: readonly LinkableQuestion[], theme: string, step: string): readonly LinkableQuestion[] {
  const inTheme = questions.filter((question) => question.theme === theme);
  return [...inTheme.filter((question) => question.step === step), ...inTheme.filter((question) => question.step !== step)];
}

/** Props of {@link QuestionLinks}. */
export interface QuestionLinksProps {
  /** The questions of the lesson's theme, in the order to show. */
  readonly questions: readonly LinkableQuestion[];
  readonly themeChosen: boolean;
  readonly selected: readonly string[];
  readonly onChange: (selected: readonly string[]) => void;
}

/**
 * Check boxes for the self-assessment questions a lesson concerns (optional), so the
 * self-assessment can show the lessons behind a theme and a question.
 */
export function QuestionLinks({ questions, themeChosen, selected, onChange }: QuestionLinksProps): ReactNode {
  const styles = useIncidentStyles();
  const { t, language } = useI18n();
  return (
    <fieldset className={styles.fieldset} data-testid="lesson-question-links">
      <legend>{t('incident.lesson.questions')}</legend>
      {!themeChosen ? (
        <Text className={styles.meta}>{t('incident.lesson.questions.chooseTheme')}</Text>
      ) : questions.length === 0 ? (
        <Text className={styles.meta}>{t('incident.lesson.questions.none')}</Text>
      ) : (
        questions.map((question) => (
          <Checkbox
            key={question.id}
            label={question.text[language]}
            checked={selected.includes(question.id)}
            onChange={(_, data) => onChange(data.checked === true ? [...selected, question.id] : selected.filter((id) => id !== question.id))}
          />
        ))
      )}
    </fieldset>
  );
}
