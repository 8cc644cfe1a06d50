import { z } from 'zod';
import { optionalEntry } from '../../../lists/optionalEntry';

/** What the library keeps per user in the app folder of their OneDrive. */
export const libraryPreferencesSchema = z.object({
  version: z.literal(1),
  favourites: z.array(z.string().min(1).max(200)).max(5000),
  /** When the user last opened the library: "new since your last visit" is measured from here. */
  lastVisitAt: z.iso.datetime({ offset: true }).optional(),
});
export type LibraryPreferences = z.infer<typeof libraryPreferencesSchema>;

export const EMPTY_PREFERENCES: LibraryPreferences = { version: 1, favourites: [] };

/** The stored value as preferences; anything unreadable (an old format, a hand edit) starts empty. */
export function readLibraryPreferences(value: unknown): LibraryPreferences {
  const parsed = libraryPreferencesSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_PREFERENCES;
}

/** The user's changes since the last save: favourites added and removed on this device. */
export interface FavouriteChanges {
  readonly added: ReadonlySet<string>;
  readonly removed: ReadonlySet<string>;
}

/**
 * Merges this device's changes into what is stored now (another device may have saved
 * in between): the stored favourites, plus the ones added here, minus the ones removed
 * here. Order: stored order, new ones appended.
 */
export function mergeFavourites(stored: LibraryPreferences, changes: FavouriteChanges, lastVisitAt: string | undefined): LibraryPreferences {
  const favourites = stored.favourites.filter((id) => !changes.removed.has(id));
  for (const id of changes.added) if (!favourites.includes(id)) favourites.push(id);
  const visit = lastVisitAt ?? stored.lastVisitAt;
  return { version: 1, favourites, ...optionalEntry('lastVisitAt', visit) };
}

/**
 * Published (or, without a date, changed) since the previous visit: marked "new". Never on
 * a first visit. SharePoint keeps dates to the second, the visit is kept to the
 * millisecond: something published in the second the previous visit began cannot be told
 * from one published just before it, so it counts as new (shown once more rather than
 * missed).
 */
export function isNewSince(instrument: { readonly publishedOn?: string; readonly lastModified: string }, previousVisitAt: string | undefined): boolean {
  if (previousVisitAt === undefined) return false;
  const visitSecond = Math.floor(Date.parse(previousVisitAt) / 1000) * 1000;
  return Date.parse(instrument.publishedOn ?? instrument.lastModified) >= visitSecond;
}
