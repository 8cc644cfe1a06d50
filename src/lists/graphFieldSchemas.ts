import { z } from 'zod';

/**
 * zod schemas for the values Graph returns in `listItem.fields`, one per column kind.
 * Graph leaves empty columns out of `fields`; some tools send `null` instead, so every
 * optional schema accepts both and yields `undefined`.
 */

type Choices = readonly [string, ...string[]];

const isBlank = (value: string | null | undefined): boolean => value === null || value === undefined || value.trim() === '';

/** A text column that must hold something. */
export const requiredTextField = z.string().refine((value) => value.trim() !== '', { message: 'must not be empty' });

/** A text column that may be empty; blank text counts as empty. */
export const optionalTextField = z
  .string()
  .nullish()
  .transform((value) => (isBlank(value) ? undefined : (value as string)));

/** A single-choice column that must hold one of `choices`. */
export function requiredChoiceField<const T extends Choices>(choices: T) {
  return z.enum(choices);
}

/** A single-choice column that may be empty. */
export function optionalChoiceField<const T extends Choices>(choices: T) {
  return z
    .enum(choices)
    .nullish()
    .transform((value) => value ?? undefined);
}

/** A multi-choice column (Graph returns a string array); empty means `[]`. */
export function multiChoiceField<const T extends Choices>(choices: T) {
  return z
    .array(z.enum(choices))
    .nullish()
    .transform((value) => value ?? []);
}

/** A multi-choice column that must hold at least one value. */
export function requiredMultiChoiceField<const T extends Choices>(choices: T) {
  return z.array(z.enum(choices)).min(1);
}

/** A dateTime column: Graph returns ISO 8601 in UTC (`2024-05-01T08:00:00Z`). */
export const requiredDateTimeField = z.iso.datetime({ offset: true });

/** A dateTime column that may be empty. */
export const optionalDateTimeField = z.iso
  .datetime({ offset: true })
  .nullish()
  .transform((value) => value ?? undefined);

/** A yes/no column; empty counts as `false`. */
export const booleanField = z
  .boolean()
  .nullish()
  .transform((value) => value ?? false);

/** A link in the app's domain objects. */
export interface Hyperlink {
  readonly url: string;
  readonly description: string;
}

/**
 * A link kept in a plain text column (docs/decisions.md #14: the app uses no hyperlink
 * columns): blank is no link, anything else must be an http(s) URL.
 */
export const optionalHttpUrlField = z
  .string()
  .nullish()
  .transform((value) => (isBlank(value) ? undefined : (value as string).trim()))
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional());

/**
 * A multi-line text column holding JSON (the app's structured data). Empty yields
 * `empty`; text that is not JSON or does not match `schema` fails validation.
 */
export function jsonTextField<S extends z.ZodType>(schema: S, empty: z.output<S>) {
  return z
    .string()
    .nullish()
    .transform((text, context): unknown => {
      if (isBlank(text)) {
        return empty;
      }
      try {
        return JSON.parse(text as string) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'is not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** A multi-line text column holding a `;`-separated keyword list. */
export const keywordListField = z
  .string()
  .nullish()
  .transform((text) =>
    isBlank(text)
      ? []
      : (text as string)
          .split(';')
          .map((keyword) => keyword.trim())
          .filter((keyword) => keyword !== ''),
  );
