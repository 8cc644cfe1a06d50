import { z } from 'zod';

const localized = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });
/** Text in Dutch and English. */
export type LocalizedText = z.infer<typeof localized>;

const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower case letters, digits, dots and dashes');

const modelSchema = z
  .object({
    id,
    version: z.string().trim().min(1),
    title: localized,
    description: localized.optional(),
    scale: z
      .array(z.object({ level: z.number().int().min(0).max(10), label: localized, description: localized }))
      .min(2),
    themes: z.array(z.object({ id, label: localized })).min(1),
    steps: z.array(z.object({ id, label: localized })).min(1),
    questions: z
      .array(
        z.object({
          id,
          theme: id,
          step: id,
          text: localized,
          descriptors: z.array(localized),
          instrumentTags: z.array(z.string().trim().min(1)).default([]),
        }),
      )
      .min(1),
  })
  .superRefine((model, context) => {
    const duplicates = (values: readonly string[]) => values.filter((value, index) => values.indexOf(value) !== index);
    for (const [key, values] of [
      ['themes', model.themes.map((theme) => theme.id)],
      ['steps', model.steps.map((step) => step.id)],
      ['questions', model.questions.map((question) => question.id)],
    ] as const) {
      for (const duplicate of new Set(duplicates(values))) context.addIssue({ code: 'custom', path: [key], message: `duplicate id "${duplicate}"` });
    }
    model.scale.forEach((level, index) => {
      const previous = model.scale[index - 1];
      if (previous !== undefined && level.level <= previous.level) context.addIssue({ code: 'custom', path: ['scale', index, 'level'], message: 'levels must increase' });
    });
    const themes = new Set(model.themes.map((theme) => theme.id));
    const steps = new Set(model.steps.map((step) => step.id));
    model.questions.forEach((question, index) => {
      if (!themes.has(question.theme)) context.addIssue({ code: 'custom', path: ['questions', index, 'theme'], message: `unknown theme "${question.theme}"` });
      if (!steps.has(question.step)) context.addIssue({ code: 'custom', path: ['questions', index, 'step'], message: `unknown step "${question.step}"` });
      if (question.descriptors.length !== model.scale.length) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'descriptors'],
          message: `question "${question.id}" has ${question.descriptors.length} descriptors; the scale has ${model.scale.length} levels`,
        });
      }
    });
  });

/** A maturity model: scale, themes, process steps and questions (config/maturity-model/). */
export type MaturityModel = z.infer<typeof modelSchema>;
export type MaturityQuestion = MaturityModel['questions'][number];

/**
 * Validates a model file. An invalid model is refused with every problem named by its
 * path (e.g. `questions[3].descriptors: question "x" has 4 descriptors; the scale has 5
 * levels`), so an institution can fix its own model file.
 */
export function parseMaturityModel(json: unknown): { readonly ok: true; readonly model: MaturityModel } | { readonly ok: false; readonly problems: readonly string[] } {
  const parsed = modelSchema.safeParse(json);
  if (parsed.success) return { ok: true, model: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`)).join('').replace(/^\./, '');
      return `${path === '' ? '(model)' : path}: ${issue.message}`;
    }),
  };
}

/** The levels of a model's scale, lowest first. */
export function scaleLevels(model: MaturityModel): readonly number[] {
  return model.scale.map((level) => level.level);
}
