/**
 * The shape of a SharePoint list as this app needs it. Column definitions follow
 * Microsoft Graph's `columnDefinition` resource so that provisioning can POST them as
 * they are, the emulator can seed from them, and the app can check what it reads.
 */

/** Graph column kinds the app uses (one facet per column, as Graph requires). */
export type ColumnKind =
  | 'text'
  | 'choice'
  | 'number'
  | 'dateTime'
  | 'boolean'
  | 'hyperlinkOrPicture'
  | 'personOrGroup';

/** A column in Graph's `columnDefinition` shape. Exactly one facet is set. */
export interface ColumnDefinition {
  /** Internal name (no spaces); what `fields/<name>` uses. */
  readonly name: string;
  readonly displayName?: string;
  readonly description?: string;
  /** Every column the app filters on must be indexed, or Graph refuses the filter. */
  readonly indexed?: boolean;
  readonly required?: boolean;
  /** Graph requires `indexed: true` alongside this. */
  readonly enforceUniqueValues?: boolean;
  readonly text?: { readonly allowMultipleLines?: boolean; readonly textType?: 'plain' | 'richText'; readonly maxLength?: number };
  readonly choice?: {
    readonly choices: readonly string[];
    readonly allowTextEntry?: boolean;
    /** `checkBoxes` makes the column multi-valued (the value is a string array). */
    readonly displayAs?: 'dropDownMenu' | 'checkBoxes' | 'radioButtons';
  };
  readonly number?: { readonly decimalPlaces?: 'none' | 'automatic' | 'one' | 'two'; readonly minimum?: number; readonly maximum?: number };
  readonly dateTime?: { readonly format?: 'dateOnly' | 'dateTime'; readonly displayAs?: 'default' | 'friendly' | 'standard' };
  readonly boolean?: Record<string, never>;
  readonly hyperlinkOrPicture?: { readonly isPicture?: boolean };
  readonly personOrGroup?: { readonly allowMultipleSelection?: boolean; readonly chooseFromType?: 'peopleOnly' | 'peopleAndGroups' };
}

/** One list of the app: display name, description and its own columns (Title is built in). */
export interface ListSchema {
  /** Display name; the app finds the list by it. */
  readonly displayName: string;
  readonly description: string;
  /** Lists holding personal data are meant to get restricted permissions. */
  readonly confidential: boolean;
  readonly columns: readonly ColumnDefinition[];
  /**
   * Columns earlier versions of the app created and this one no longer uses. Provisioning
   * leaves them (their data stays) and explains each; it never reports them as conflicts.
   */
  readonly retiredColumns?: readonly RetiredColumn[];
}

/** A column an earlier version of the app created, and what an admin does about it. */
export interface RetiredColumn {
  readonly name: string;
  /** Why it is no longer used and what to do, in one sentence. */
  readonly note: string;
}

/** The kind of a column, read from whichever facet it carries. */
export function columnKind(column: ColumnDefinition): ColumnKind {
  const kinds: readonly ColumnKind[] = ['text', 'choice', 'number', 'dateTime', 'boolean', 'hyperlinkOrPicture', 'personOrGroup'];
  const found = kinds.filter((kind) => column[kind] !== undefined);
  if (found.length !== 1 || found[0] === undefined) {
    throw new Error(`Column ${column.name} must carry exactly one facet, found ${found.length}`);
  }
  return found[0];
}

/** True when the column holds several values (multi-choice). */
export function isMultiValued(column: ColumnDefinition): boolean {
  return column.choice?.displayAs === 'checkBoxes' || column.personOrGroup?.allowMultipleSelection === true;
}
