import type { z } from 'zod';
import { rawItemId, readListItemEnvelope, type ListItemMeta } from './graphListItem';

/** An item a reader left out, with the reason (never the field values: they may be personal data). */
export interface SkippedItem {
  readonly itemId: string;
  readonly reason: string;
}

/** What a list reader returns: the items it could map and the ones it skipped. */
export interface ListReadResult<T> {
  readonly items: T[];
  readonly skipped: SkippedItem[];
}

/** The outcome of mapping one raw Graph item. */
export type ItemParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Formats zod issues as `Field: message; Other[2]: message` without echoing input values. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path
        .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
        .join('');
      return `${path === '' ? 'fields' : path}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Maps one raw Graph list item: checks the envelope, validates `fields` with the list's
 * zod schema, then builds the domain object. Any failure becomes a reason, not a throw.
 */
export function parseListItem<S extends z.ZodType, T>(
  raw: unknown,
  fieldsSchema: S,
  toDomain: (meta: ListItemMeta, fields: z.output<S>) => T,
): ItemParseResult<T> {
  const envelope = readListItemEnvelope(raw);
  if (!envelope.ok) {
    return envelope;
  }
  const fields = fieldsSchema.safeParse(envelope.fields, {
    // Graph leaves empty columns out, so "received undefined" means a required column is empty.
    error: (issue) => ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined ? 'is missing' : undefined),
  });
  if (!fields.success) {
    return { ok: false, reason: describeIssues(fields.error.issues) };
  }
  return { ok: true, value: toDomain(envelope.meta, fields.data) };
}

/** Maps a page (or several) of raw Graph items, skipping and counting the malformed ones. */
export function readListItems<T>(rawItems: readonly unknown[], parseOne: (raw: unknown) => ItemParseResult<T>): ListReadResult<T> {
  const items: T[] = [];
  const skipped: SkippedItem[] = [];
  for (const raw of rawItems) {
    const result = parseOne(raw);
    if (result.ok) {
      items.push(result.value);
    } else {
      skipped.push({ itemId: rawItemId(raw), reason: result.reason });
    }
  }
  return { items, skipped };
}
