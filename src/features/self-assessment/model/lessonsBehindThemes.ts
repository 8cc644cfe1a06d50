import type { Lesson } from '../../../lists/lessonMapping';
import type { MaturityModel } from './MaturityModel';

/** A lesson shown under a theme, with the questions of that theme it is linked to (none: linked by its theme only). */
export interface ThemeLesson {
  readonly lesson: Lesson;
  readonly questionIds: readonly string[];
}

/**
 * The lessons from incidents behind each theme of the model (DOMAIN: incident learning
 * feeds the self-assessment). A lesson linked to questions counts for the themes of those
 * questions; a lesson linked to no question of this model (older lessons, or links made
 * under another model) counts for its own theme when the model has it. Within a theme,
 * lessons linked to questions come first, then the newest.
 */
export function lessonsBehindThemes(model: MaturityModel, lessons: readonly Lesson[]): ReadonlyMap<string, readonly ThemeLesson[]> {
  const themeOfQuestion = new Map(model.questions.map((question) => [question.id, question.theme]));
  const themeIds = new Set(model.themes.map((theme) => theme.id));
  const byTheme = new Map<string, ThemeLesson[]>();
  const add = (theme: string, entry: ThemeLesson) => byTheme.set(theme, [...(byTheme.get(theme) ?? []), entry]);

  for (const lesson of lessons) {
    const linked = (lesson.maturityQuestionIds ?? []).filter((id) => themeOfQuestion.has(id));
    if (linked.length === 0) {
      if (themeIds.has(lesson.theme)) add(lesson.theme, { lesson, questionIds: [] });
      continue;
    }
    for (const theme of new Set(linked.map((id) => themeOfQuestion.get(id) ?? ''))) {
      add(theme, { lesson, questionIds: linked.filter((id) => themeOfQuestion.get(id) === theme) });
    }
  }
  for (const entries of byTheme.values()) entries.sort(linkedFirstThenNewest);
  return byTheme;
}

function linkedFirstThenNewest(a: ThemeLesson, b: ThemeLesson): number {
  const linked = Number(b.questionIds.length > 0) - Number(a.questionIds.length > 0);
  if (linked !== 0) return linked;
  return (b.lesson.publishedOn ?? b.lesson.lastModified).localeCompare(a.lesson.publishedOn ?? a.lesson.lastModified);
}
