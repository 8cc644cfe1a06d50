import { useEffect, useState } from 'react';
import type { IncidentLearningEnvironment, LinkableQuestion } from './IncidentLearningEnvironment';

/** The model's questions, or undefined while loading or when the app offers none. */
export function useMaturityQuestions(environment: IncidentLearningEnvironment): readonly LinkableQuestion[] | undefined {
  const { loadMaturityQuestions } = environment;
  const [questions, setQuestions] = useState<readonly LinkableQuestion[] | undefined>();
  useEffect(() => {
    if (loadMaturityQuestions === undefined) return undefined;
    let cancelled = false;
    loadMaturityQuestions()
      .then((loaded) => {
        if (!cancelled) setQuestions(loaded);
      })
      // Linking is optional: without the model the lesson is saved without links.
      .catch(() => {
        if (!cancelled) setQuestions([]);
      });
    return () => {
      cancelled = true;
    };
  }, [loadMaturityQuestions]);
  return questions;
}
