import type { ColumnDefinition } from '../../../src/lists/listSchema';

/** Every SharePoint list has a required Title column; the emulator stores it like any column. */
export const TITLE_COLUMN: ColumnDefinition = {
  name: 'Title',
  displayName: 'Title',
  required: true,
  text: { allowMultipleLines: false, maxLength: 255 },
};

/**
 * Fields SharePoint maintains itself. They are returned with an item but refuse writes,
 * and no list column may take their name.
 */
export const READ_ONLY_FIELD_NAMES: ReadonlySet<string> = new Set([
  'id',
  'ID',
  'ContentType',
  'Created',
  'Modified',
  'Author',
  'Editor',
  'AuthorLookupId',
  'EditorLookupId',
  '_UIVersionString',
  'Attachments',
  'Edit',
  'LinkTitle',
  'LinkTitleNoMenu',
  'DocIcon',
  'ItemChildCount',
  'FolderChildCount',
]);

/** Read-only columns listed by `GET .../columns` after the list's own ones. */
export const READ_ONLY_COLUMNS: readonly ColumnDefinition[] = [
  { name: 'ID', displayName: 'ID', number: {} },
  { name: 'Created', displayName: 'Created', dateTime: { format: 'dateTime' } },
  { name: 'Modified', displayName: 'Modified', dateTime: { format: 'dateTime' }, indexed: false },
  { name: 'Author', displayName: 'Created By', personOrGroup: { chooseFromType: 'peopleOnly' } },
  { name: 'Editor', displayName: 'Modified By', personOrGroup: { chooseFromType: 'peopleOnly' } },
];

/** True when `name` is a field SharePoint maintains itself (case-insensitive, like SharePoint). */
export function isReadOnlyFieldName(name: string): boolean {
  const lower = name.toLowerCase();
  for (const readOnly of READ_ONLY_FIELD_NAMES) {
    if (readOnly.toLowerCase() === lower) return true;
  }
  return false;
}
