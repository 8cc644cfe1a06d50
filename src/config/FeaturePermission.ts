/**
 * What a feature with a permission of its own (favourites, channel posts, the people
 * picker) tells its user when that permission is missing: which scopes, and where an
 * administrator grants them. Made by the app from the configuration; features receive it.
 */
export interface FeaturePermission {
  /** The delegated Graph scopes the feature asks for when first used. */
  readonly scopes: readonly string[];
  /** Entra ID's admin-consent link in a tenant; undefined locally (the emulator's consent is in config/emulator.json). */
  readonly adminConsentUrl: string | undefined;
}
