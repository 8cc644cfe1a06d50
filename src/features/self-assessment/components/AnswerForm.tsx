import { Button, Field, Text, Title2 } from '@fluentui/react-components';
import { FittingSelect } from '../../../components/FittingSelect';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import type { AssessmentAnswer, AssessmentAnswers, AssessmentTargets } from '../../../lists/assessmentAnswer';
import type { ThemeLessonsState } from '../api/useThemeLessons';
import type { MaturityModel } from '../model/MaturityModel';
import { QuestionCard } from './QuestionCard';
import { ThemeLessons } from './ThemeLessons';
import { useSelfAssessmentStyles } from './useSelfAssessmentStyles.styles';

/** Props of {@link AnswerForm}. */
export interface AnswerFormProps {
  readonly model: MaturityModel;
  readonly answers: AssessmentAnswers;
  readonly changed: readonly string[];
  readonly onAnswer: (questionId: string, answer: AssessmentAnswer | undefined) => void;
  /** Targets per theme; editable only by who may set them (the coordinator). */
  readonly targets: AssessmentTargets;
  readonly onTarget?: ((theme: string, level: number | undefined) => void) | undefined;
  /** The lessons from incidents behind each theme; shown on request above the theme's questions. */
  readonly lessons?: ThemeLessonsState;
}

/** The questions of one theme at a time, with progress per theme and the theme's target level. */
export function AnswerForm({ model, answers, changed, onAnswer, targets, onTarget, lessons }: AnswerFormProps): ReactNode {
  const styles = useSelfAssessmentStyles();
  const { t, language } = useI18n();
  const [themeId, setThemeId] = useState(model.themes[0]?.id ?? '');
  const [lessonsShown, setLessonsShown] = useState(false);
  const themeLessons = lessons?.status === 'ready' ? (lessons.byTheme.get(themeId) ?? []) : [];
  const theme = model.themes.find((candidate) => candidate.id === themeId);
  const questions = model.questions.filter((question) => question.theme === themeId);
  const progress = (id: string) => {
    const inTheme = model.questions.filter((question) => question.theme === id);
    return { done: inTheme.filter((question) => answers[question.id] !== undefined && answers[question.id]?.kind !== 'unknown').length, total: inTheme.length };
  };
  const index = model.themes.findIndex((candidate) => candidate.id === themeId);
  const next = model.themes[index + 1];

  return (
    <section className={styles.root} aria-labelledby="assessment-answer-heading">
      <Title2 as="h2" id="assessment-answer-heading">
        {t('assessment.answer.heading')}
      </Title2>
      <nav aria-label={t('assessment.answer.themes')}>
        <ul className={`${styles.themeNav} ${styles.list}`}>
          {model.themes.map((candidate) => {
            const { done, total } = progress(candidate.id);
            return (
              <li key={candidate.id}>
                <Button appearance={candidate.id === themeId ? 'primary' : 'secondary'} aria-current={candidate.id === themeId ? 'step' : undefined} onClick={() => setThemeId(candidate.id)}>
                  {t('assessment.answer.themeProgress', { theme: candidate.label[language], done, total })}
                </Button>
              </li>
            );
          })}
        </ul>
      </nav>
      {theme !== undefined && (
        <>
          <Title2 as="h3">{theme.label[language]}</Title2>
          <Field label={t('assessment.target.label', { theme: theme.label[language] })} hint={t('assessment.target.hint')}>
            <FittingSelect
              disabled={onTarget === undefined}
              value={targets[theme.id] === undefined ? '' : String(targets[theme.id])}
              onChange={(_, data) => onTarget?.(theme.id, data.value === '' ? undefined : Number(data.value))}
            >
              <option value="">{t('assessment.target.none')}</option>
              {model.scale.map((level) => (
                <option key={level.level} value={String(level.level)}>
                  {`${level.level} · ${level.label[language]}`}
                </option>
              ))}
            </FittingSelect>
          </Field>
          {themeLessons.length > 0 && (
            <div>
              <Button appearance="subtle" aria-expanded={lessonsShown} aria-controls="assessment-theme-lessons" onClick={() => setLessonsShown((shown) => !shown)}>
                {t('assessment.lessons.themeToggle', { theme: theme.label[language], count: themeLessons.length })}
              </Button>
              <div id="assessment-theme-lessons" hidden={!lessonsShown}>
                {lessonsShown && <ThemeLessons model={model} entries={themeLessons} label={t('assessment.lessons.themeList', { theme: theme.label[language] })} />}
              </div>
            </div>
          )}
          {questions.map((question) => (
            <QuestionCard
              key={question.id}
              model={model}
              question={question}
              answer={answers[question.id]}
              changed={changed.includes(question.id)}
              onChange={(answer) => onAnswer(question.id, answer)}
            />
          ))}
          {next !== undefined && (
            <div className={styles.actions}>
              <Button onClick={() => setThemeId(next.id)}>{t('assessment.answer.nextTheme', { theme: next.label[language] })}</Button>
            </div>
          )}
          <Text className={styles.meta}>{t('assessment.answer.autosave')}</Text>
        </>
      )}
    </section>
  );
}
