/** One instrument from a catalog file, as Graph field values, with where it came from. */
export interface CatalogEntry {
  /** Row in the CSV as Excel numbers it (header = 1), or position in the JSON array (first = 1). */
  readonly row: number;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** An entry that cannot be imported, and why. */
export interface RejectedEntry {
  readonly row: number;
  readonly key: string | undefined;
  readonly reason: string;
}
