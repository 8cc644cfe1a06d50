/**
 * SharePoint's permission vocabulary, shared by provisioning (which sets permissions over
 * SharePoint REST), the doctor (which compares them) and the emulator (which enforces them).
 *
 * Sources: SP.PermissionKind ("PermissionKind enumeration", learn.microsoft.com
 * /previous-versions/office/sharepoint-csom/ee536458(v=office.15)); the built-in permission
 * levels' ids and masks as SharePoint Online reports them (`_api/web/roledefinitions`,
 * pnp/cli-microsoft365 #3237); "User permissions and permission levels in SharePoint Server"
 * for what each level grants.
 */

/** SP.PermissionKind: bit number n is bit (n - 1) of the 64-bit mask. */
export const PERMISSION_KIND = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  approveItems: 5,
  openItems: 6,
  viewVersions: 7,
  deleteVersions: 8,
  /** Shown in the UI as "Override List Behaviors": read and edit every item despite item-level security. */
  cancelCheckout: 9,
  managePersonalViews: 10,
  manageLists: 12,
  viewFormPages: 13,
  open: 17,
  viewPages: 18,
  managePermissions: 26,
  browseUserInfo: 28,
  manageWeb: 31,
  useClientIntegration: 37,
  useRemoteAPIs: 38,
  createAlerts: 40,
  editMyUserInfo: 41,
} as const;

/** A permission kind's name. */
export type PermissionKindName = keyof typeof PERMISSION_KIND;

/** A 64-bit permission mask as a bigint. */
export type PermissionMask = bigint;

/** Every bit set: Full Control, and what a site collection administrator has everywhere. */
export const FULL_MASK: PermissionMask = (1n << 64n) - 1n;

/** The mask granting exactly `kinds`. */
export function maskOf(kinds: readonly PermissionKindName[]): PermissionMask {
  return kinds.reduce((mask, kind) => mask | (1n << BigInt(PERMISSION_KIND[kind] - 1)), 0n);
}

/** True when `mask` grants `kind`. */
export function maskHas(mask: PermissionMask, kind: PermissionKindName): boolean {
  return (mask & (1n << BigInt(PERMISSION_KIND[kind] - 1))) !== 0n;
}

/** SP.BasePermissions as REST writes it: two 32-bit halves, as decimal strings. */
export interface BasePermissions {
  readonly High: string;
  readonly Low: string;
}

/** A mask as REST's `BasePermissions`. */
export function toBasePermissions(mask: PermissionMask): BasePermissions {
  return { High: String((mask >> 32n) & 0xffffffffn), Low: String(mask & 0xffffffffn) };
}

/** REST's `BasePermissions` as a mask; undefined when the halves are not 32-bit numbers. */
export function fromBasePermissions(value: { readonly High?: unknown; readonly Low?: unknown }): PermissionMask | undefined {
  const half = (part: unknown): bigint | undefined => {
    const text = typeof part === 'number' ? String(part) : part;
    if (typeof text !== 'string' || !/^\d{1,10}$/.test(text)) return undefined;
    const parsed = BigInt(text);
    return parsed <= 0xffffffffn ? parsed : undefined;
  };
  const high = half(value.High);
  const low = half(value.Low);
  return high === undefined || low === undefined ? undefined : (high << 32n) | low;
}

/** A built-in permission level of a SharePoint Online site. */
export interface BuiltInPermissionLevel {
  readonly id: number;
  readonly name: string;
  readonly mask: PermissionMask;
  /** SP.RoleType of the level. */
  readonly roleTypeKind: number;
}

const fromHalves = (high: number, low: number): PermissionMask => (BigInt(high) << 32n) | BigInt(low);

/** The levels every new SharePoint Online site has, with the ids and masks SharePoint reports. */
export const BUILT_IN_PERMISSION_LEVELS = {
  fullControl: { id: 1073741829, name: 'Full Control', mask: fromHalves(2147483647, 4294967295), roleTypeKind: 5 },
  design: { id: 1073741828, name: 'Design', mask: fromHalves(432, 1012866047), roleTypeKind: 4 },
  edit: { id: 1073741830, name: 'Edit', mask: fromHalves(432, 1011030767), roleTypeKind: 6 },
  contribute: { id: 1073741827, name: 'Contribute', mask: fromHalves(432, 1011028719), roleTypeKind: 3 },
  read: { id: 1073741826, name: 'Read', mask: fromHalves(176, 138612833), roleTypeKind: 2 },
} as const satisfies Record<string, BuiltInPermissionLevel>;

/** List.ReadSecurity: 1 every item readable, 2 only items the user created (unless Override List Behaviors). */
export type ReadSecurity = 1 | 2;
/** List.WriteSecurity: 1 every item, 2 only own items, 4 none (unless Override List Behaviors). */
export type WriteSecurity = 1 | 2 | 4;

/** SP.Utilities.PrincipalType values the app meets. */
export const PRINCIPAL_TYPE = { user: 1, securityGroup: 4, sharePointGroup: 8 } as const;

/** A SharePoint user's claims login name for an Entra ID account. */
export function userLoginName(userPrincipalName: string): string {
  return `i:0#.f|membership|${userPrincipalName.toLowerCase()}`;
}

/**
 * The claim "Everyone except external users": every member account of the tenant, no guest.
 * Its login name ends in the tenant id (SharePoint Online: `c:0-.f|rolemanager|spo-grid-all-users/<tenant id>`).
 */
export function everyoneExceptExternalUsersLoginName(tenantId: string): string {
  return `c:0-.f|rolemanager|spo-grid-all-users/${tenantId.toLowerCase()}`;
}
