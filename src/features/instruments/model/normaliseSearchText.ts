/**
 * Lower-case text with diacritics removed (`Continuïteit` -> `continuiteit`), so a
 * search matches however the user or the author typed accents.
 */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
