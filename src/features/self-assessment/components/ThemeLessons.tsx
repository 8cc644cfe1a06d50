import { Badge, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatDate, useI18n } from '../../../i18n';
import type { ThemeLesson } from '../model/lessonsBehindThemes';
import type { MaturityModel } from '../model/MaturityModel';
import { useSelfAssessmentStyles } from './useSelfAssessmentStyles.styles';

/** Props of {@link ThemeLessons}. */
export interface ThemeLessonsProps {
  readonly model: MaturityModel;
  readonly entries: readonly ThemeLesson[];
  /** Names the list for screen readers, e.g. "Lessons from incidents on Privacy". */
  readonly label: string;
}

/**
 * The lessons from incidents behind one theme: TLP label first (it says who may hear
 * it), the questions of the theme each lesson concerns, and its redacted text folded
 * away so a long lesson does not push the questions off screen.
 */
export function ThemeLessons({ model, entries, label }: ThemeLessonsProps): ReactNode {
  const styles = useSelfAssessmentStyles();
  const { t, language, locale } = useI18n();
  const questionText = (id: string) => model.questions.find((question) => question.id === id)?.text[language] ?? id;
  const stepLabel = (id: string | undefined) => (id === undefined ? undefined : model.steps.find((step) => step.id === id)?.label[language]);

  return (
    <ul className={styles.list} aria-label={label} data-testid="theme-lessons">
      {entries.map(({ lesson, questionIds }) => {
        const step = stepLabel(lesson.processStep);
        const published = lesson.publishedOn === undefined ? undefined : formatDate(lesson.publishedOn, locale);
        return (
          <li key={lesson.submissionId} className={styles.card}>
            <Text>
              <Badge appearance="outline">TLP:{lesson.tlp}</Badge> <Text weight="semibold">{lesson.title === '' ? t('assessment.lessons.untitled') : lesson.title}</Text>
            </Text>
            {(step !== undefined || published !== undefined) && <Text className={styles.meta}>{[step, published].filter((part) => part !== undefined).join(' · ')}</Text>}
            {questionIds.length > 0 && (
              <div>
                <Text>{t('assessment.lessons.concerns')}</Text>
                <ul>
                  {questionIds.map((id) => (
                    <li key={id}>{questionText(id)}</li>
                  ))}
                </ul>
              </div>
            )}
            <details>
              <summary>{t('assessment.lessons.read')}</summary>
              <Text as="p" className={styles.lessonText}>
                {lesson.redactedText}
              </Text>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
