/**
 * The `fields` object the app sends to Graph when it creates (`POST .../items`) or
 * updates (`PATCH .../items/{id}/fields`) an item.
 */

/** A Graph field value the app writes. */
export type GraphFieldValue = string | number | boolean | null | readonly string[] | { readonly Url: string; readonly Description: string };

/** A `fields` object ready for Graph. */
export type GraphFields = Readonly<Record<string, GraphFieldValue>>;

/**
 * `create` leaves empty optional columns out; `update` sends them as `null` so that a
 * value the user removed is cleared in SharePoint too.
 */
export type FieldWriteMode = 'create' | 'update';

/** One optional column: omitted or `null` (see {@link FieldWriteMode}) when there is no value. */
export function optionalField(name: string, value: GraphFieldValue | undefined, mode: FieldWriteMode): GraphFields {
  if (value === undefined) {
    return mode === 'update' ? { [name]: null } : {};
  }
  return { [name]: value };
}

/**
 * A multi-choice column. Graph only accepts a string array for it when the array is
 * annotated with its OData collection type, otherwise it answers "invalid request".
 */
export function multiChoiceFields(name: string, values: readonly string[]): GraphFields {
  return { [`${name}@odata.type`]: 'Collection(Edm.String)', [name]: [...values] };
}

/** A JSON column: structured data is stored as text. */
export function jsonField(value: unknown): string {
  return JSON.stringify(value);
}
