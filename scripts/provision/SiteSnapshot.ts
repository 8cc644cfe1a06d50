/** A column as it exists on the site, reduced to what provisioning compares. */
export interface ExistingColumn {
  /** Graph's column id (a GUID), to update the column; '' when Graph gave none. */
  readonly id: string;
  readonly name: string;
  /** The Graph facet the column carries (`text`, `choice`, ...), or `other`. */
  readonly kind: string;
  /** Multi-line text or multi-choice. */
  readonly multi: boolean;
  readonly indexed: boolean;
  readonly enforceUniqueValues: boolean;
  /** Choices of a choice column. */
  readonly choices: readonly string[];
  readonly readOnly: boolean;
}

/** A list as it exists on the site. */
export interface ExistingList {
  readonly id: string;
  readonly displayName: string;
  readonly columns: readonly ExistingColumn[];
}

const KINDS = ['text', 'choice', 'number', 'dateTime', 'boolean', 'hyperlinkOrPicture', 'personOrGroup', 'lookup', 'calculated', 'currency', 'term'] as const;

/** Reads one Graph `columnDefinition` resource. */
export function readExistingColumn(raw: unknown): ExistingColumn | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const column = raw as Record<string, unknown>;
  const name = column['name'];
  if (typeof name !== 'string') return undefined;
  const kind = KINDS.find((facet) => typeof column[facet] === 'object' && column[facet] !== null) ?? 'other';
  const text = facetOf(column, 'text');
  const choice = facetOf(column, 'choice');
  const person = facetOf(column, 'personOrGroup');
  const choices = Array.isArray(choice?.['choices']) ? (choice['choices'] as unknown[]).filter((entry): entry is string => typeof entry === 'string') : [];
  return {
    id: typeof column['id'] === 'string' ? column['id'] : '',
    name,
    kind,
    multi: text?.['allowMultipleLines'] === true || choice?.['displayAs'] === 'checkBoxes' || person?.['allowMultipleSelection'] === true,
    indexed: column['indexed'] === true,
    enforceUniqueValues: column['enforceUniqueValues'] === true,
    choices,
    readOnly: column['readOnly'] === true,
  };
}

/** Reads one Graph `list` resource with expanded `columns`. */
export function readExistingList(raw: unknown): ExistingList | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const list = raw as Record<string, unknown>;
  const id = list['id'];
  const displayName = list['displayName'];
  if (typeof id !== 'string' || typeof displayName !== 'string') return undefined;
  const rawColumns = Array.isArray(list['columns']) ? (list['columns'] as unknown[]) : [];
  const columns = rawColumns.map(readExistingColumn).filter((column): column is ExistingColumn => column !== undefined);
  return { id, displayName, columns };
}

function facetOf(column: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const facet = column[name];
  return typeof facet === 'object' && facet !== null ? (facet as Record<string, unknown>) : undefined;
}
