import type { SharePointTables } from '../../graph/store/sharePointTables';

/**
 * SharePoint does not combine a column that enforces unique values with item-level
 * permissions, in either order: not with item-level read security ("Read items that were
 * created by the user", ReadSecurity 2), and not with items that have their own
 * permissions (broken inheritance). A duplicate-value refusal would tell a user that an
 * item they may not read exists. No Microsoft page found says so; practitioners'
 * write-ups do (docs/emulator-conformance.md cites them), so the emulator follows the
 * stricter reading: provisioning that passes here then also passes in a tenant.
 */
export const UNIQUE_VALUES_WITH_OWN_ITEMS = 'A column that enforces unique values cannot be combined with item-level read security (Read items that were created by the user).';

/** The refusal of unique values beside items with their own permissions, either way round. */
export const UNIQUE_VALUES_WITH_ITEM_PERMISSIONS = 'A column that enforces unique values cannot be combined with list items that have unique permissions.';

/** True when the list has a column that enforces unique values. */
export function hasUniqueColumn(tables: Pick<SharePointTables, 'columnsOf'>, listId: string): boolean {
  return tables.columnsOf(listId).some((column) => column.definition.enforceUniqueValues === true);
}
