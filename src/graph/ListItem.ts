import { GraphError } from './GraphError';

/** Column values of an item as Graph returns them (`fields`), keyed by internal name. */
export type ListItemFields = Readonly<Record<string, unknown>>;

/** A SharePoint list item as the graph layer returns it; mapping to domain types is src/lists' job. */
export interface ListItem {
  readonly id: string;
  /** Pass to `If-Match` to update only what you read. */
  readonly eTag: string | undefined;
  readonly fields: ListItemFields;
  readonly createdDateTime: string | undefined;
  readonly lastModifiedDateTime: string | undefined;
  readonly webUrl: string | undefined;
  /** Graph's `createdBy` as returned (an identitySet), read by src/lists for the item's author. */
  readonly createdBy?: unknown;
  /** Graph's `lastModifiedBy` as returned, read by src/lists for who changed the item last. */
  readonly lastModifiedBy?: unknown;
}

/** Reads one item from a Graph payload; throws a GraphError when it is not item-shaped. */
export function parseListItem(value: unknown): ListItem {
  if (typeof value !== 'object' || value === null) throw malformed('an item is not an object');
  const record = value as Record<string, unknown>;
  const id = record['id'];
  if (typeof id !== 'string' || id === '') throw malformed('an item has no id');
  const fields = record['fields'];
  return {
    id,
    eTag: optionalString(record['eTag']) ?? optionalString(record['@odata.etag']),
    fields: typeof fields === 'object' && fields !== null && !Array.isArray(fields) ? (fields as ListItemFields) : {},
    createdDateTime: optionalString(record['createdDateTime']),
    lastModifiedDateTime: optionalString(record['lastModifiedDateTime']),
    webUrl: optionalString(record['webUrl']),
    ...(record['createdBy'] === undefined ? {} : { createdBy: record['createdBy'] }),
    ...(record['lastModifiedBy'] === undefined ? {} : { lastModifiedBy: record['lastModifiedBy'] }),
  };
}

/** One page of a collection: its values and the links onward. */
export interface CollectionPage {
  readonly value: readonly unknown[];
  readonly nextLink: string | undefined;
  readonly deltaLink: string | undefined;
}

/** Reads `{value, @odata.nextLink, @odata.deltaLink}`; throws a GraphError when it is not a collection. */
export function parseCollectionPage(body: unknown): CollectionPage {
  if (typeof body !== 'object' || body === null) throw malformed('a collection response is not an object');
  const record = body as Record<string, unknown>;
  const value = record['value'];
  if (!Array.isArray(value)) throw malformed('a collection response has no value array');
  return {
    value: value as unknown[],
    nextLink: optionalString(record['@odata.nextLink']),
    deltaLink: optionalString(record['@odata.deltaLink']),
  };
}

/** A string property, or undefined. */
export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function malformed(message: string): GraphError {
  return new GraphError({ kind: 'unknown', status: 0, code: 'malformedResponse', message: `Unexpected Graph response: ${message}` });
}

/** One version of an item (`listItemVersion`): who changed it when, and its fields when they were asked for. */
export interface ListItemVersion {
  /** `1.0`, `2.0`, ... */
  readonly id: string;
  readonly lastModifiedDateTime: string | undefined;
  /** The display name of who made this version, as Graph's identity set gives it. */
  readonly lastModifiedByName: string | undefined;
  /** The Entra object id of who made this version (the identity set's `user.id`). */
  readonly lastModifiedById: string | undefined;
  readonly fields: ListItemFields | undefined;
}

/** Reads one `listItemVersion`; throws a GraphError when it has no id. */
export function parseListItemVersion(value: unknown): ListItemVersion {
  if (typeof value !== 'object' || value === null) throw malformed('a version is not an object');
  const record = value as Record<string, unknown>;
  const id = record['id'];
  if (typeof id !== 'string' || id === '') throw malformed('a version has no id');
  const by = record['lastModifiedBy'] as { user?: { displayName?: unknown; id?: unknown } } | undefined;
  const fields = record['fields'];
  return {
    id,
    lastModifiedDateTime: optionalString(record['lastModifiedDateTime']),
    lastModifiedByName: optionalString(by?.user?.displayName),
    lastModifiedById: optionalString(by?.user?.id),
    fields: typeof fields === 'object' && fields !== null && !Array.isArray(fields) ? (fields as ListItemFields) : undefined,
  };
}
