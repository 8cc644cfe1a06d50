import { useEffect, useState } from 'react';
import { LESSON_SELECT, readLessons } from '../../../lists/lessonMapping';
import { readListWithPending } from '../../../storage/outbox';
import { lessonsBehindThemes, type ThemeLesson } from '../model/lessonsBehindThemes';
import type { MaturityModel } from '../model/MaturityModel';
import type { SelfAssessmentEnvironment } from './SelfAssessmentEnvironment';

/** The lessons from incidents behind the model's themes, as far as the user may read them. */
export type ThemeLessonsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly byTheme: ReadonlyMap<string, readonly ThemeLesson[]> }
  /** No Lessons list configured, or it could not be read (no access, offline): the assessment works without. */
  | { readonly status: 'unavailable' };

/**
 * Reads the Lessons list once per assessment screen. Lessons are context for answering,
 * never needed to answer, so a failure only hides them (the screen says so).
 */
export function useThemeLessons(environment: SelfAssessmentEnvironment, model: MaturityModel): ThemeLessonsState {
  const { lists, outbox } = environment;
  const list = environment.listNames.lessons;
  const [state, setState] = useState<ThemeLessonsState>(list === undefined ? { status: 'unavailable' } : { status: 'loading' });

  useEffect(() => {
    if (list === undefined) return undefined;
    let cancelled = false;
    readListWithPending({ lists, outbox, list, select: LESSON_SELECT, read: readLessons, submissionIdOf: (lesson) => lesson.submissionId })
      .then(({ items }) => {
        if (!cancelled) setState({ status: 'ready', byTheme: lessonsBehindThemes(model, items) });
      })
      .catch(() => {
        if (!cancelled) setState({ status: 'unavailable' });
      });
    return () => {
      cancelled = true;
    };
  }, [lists, outbox, list, model]);

  return state;
}
