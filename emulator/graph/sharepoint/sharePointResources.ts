import type { ColumnDefinition } from '../../../src/lists/listSchema';
import type { ListRecord, SiteRecord, StoredColumn } from '../store/storeRecords';
import { READ_ONLY_COLUMNS } from './builtInColumns';

/** `https://{hostname}{path}`: where the site lives in SharePoint. */
export function siteWebUrl(site: SiteRecord): string {
  return `https://${site.hostname}${site.serverRelativePath}`;
}

/** `https://{hostname}{path}/Lists/{name}`. */
export function listWebUrl(site: SiteRecord, list: ListRecord): string {
  return `${siteWebUrl(site)}/Lists/${encodeURIComponent(listUrlName(list))}`;
}

/** The Graph `site` resource. */
export function toGraphSite(site: SiteRecord): Record<string, unknown> {
  const segments = site.serverRelativePath.split('/').filter((segment) => segment !== '');
  return {
    id: site.id,
    name: segments[segments.length - 1] ?? site.hostname,
    displayName: site.displayName,
    description: '',
    webUrl: siteWebUrl(site),
    createdDateTime: site.createdDateTime,
    lastModifiedDateTime: site.createdDateTime,
    siteCollection: { hostname: site.hostname },
  };
}

/** The Graph `list` resource; `columns` only when expanded. */
export function toGraphList(site: SiteRecord, list: ListRecord, columns?: readonly StoredColumn[]): Record<string, unknown> {
  return {
    '@odata.etag': `"${list.id},1"`,
    id: list.id,
    name: listUrlName(list),
    displayName: list.displayName,
    description: list.description,
    webUrl: listWebUrl(site, list),
    createdDateTime: list.createdDateTime,
    lastModifiedDateTime: list.lastModifiedDateTime,
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
    ...(columns === undefined ? {} : { columns: listColumnsOf(columns) }),
  };
}

/** `GET .../columns`: the list's columns (Title first) followed by SharePoint's read-only ones. */
export function listColumnsOf(columns: readonly StoredColumn[]): Record<string, unknown>[] {
  const own = columns.map((column) => toGraphColumn(column.id, column.definition, false));
  const readOnly = READ_ONLY_COLUMNS.map((definition) => toGraphColumn(`ro-${definition.name}`, definition, true));
  return [...own, ...readOnly];
}

/** The Graph `columnDefinition` resource with Graph's defaults filled in. */
export function toGraphColumn(id: string, column: ColumnDefinition, readOnly: boolean): Record<string, unknown> {
  return {
    columnGroup: 'Custom Columns',
    description: column.description ?? '',
    displayName: column.displayName ?? column.name,
    enforceUniqueValues: column.enforceUniqueValues ?? false,
    hidden: false,
    id,
    indexed: column.indexed ?? false,
    name: column.name,
    readOnly,
    required: column.required ?? false,
    ...facetOf(column),
  };
}

function facetOf(column: ColumnDefinition): Record<string, unknown> {
  if (column.text !== undefined) {
    return {
      text: {
        allowMultipleLines: column.text.allowMultipleLines ?? false,
        appendChangesToExistingText: false,
        linesForEditing: column.text.allowMultipleLines === true ? 6 : 0,
        maxLength: column.text.maxLength ?? 255,
        ...(column.text.textType === undefined ? {} : { textType: column.text.textType }),
      },
    };
  }
  if (column.choice !== undefined) {
    return { choice: { allowTextEntry: column.choice.allowTextEntry ?? false, choices: [...column.choice.choices], displayAs: column.choice.displayAs ?? 'dropDownMenu' } };
  }
  if (column.number !== undefined) return { number: { decimalPlaces: 'automatic', displayAs: 'number', ...column.number } };
  if (column.dateTime !== undefined) return { dateTime: { displayAs: 'default', format: 'dateTime', ...column.dateTime } };
  if (column.boolean !== undefined) return { boolean: {} };
  // "columnDefinition resource type": list and site column responses "won't contain …
  // hyperlinkOrPicture", so such a column comes without any type facet.
  if (column.hyperlinkOrPicture !== undefined) return {};
  if (column.personOrGroup !== undefined) {
    return {
      personOrGroup: {
        allowMultipleSelection: column.personOrGroup.allowMultipleSelection ?? false,
        chooseFromType: column.personOrGroup.chooseFromType ?? 'peopleOnly',
        displayAs: 'account',
      },
    };
  }
  return {};
}

/** SharePoint derives the list's URL name from its title without spaces. */
function listUrlName(list: ListRecord): string {
  return list.displayName.replace(/\s+/g, '');
}
