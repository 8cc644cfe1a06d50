import { matchSpans, textBefore } from './matchSpans';
import type { PersonalDataSpan } from './personalDataHit';

/** 1234 AB or 1234AB, and the house number ("12", "14-2", "8a") when it follows. */
const POSTCODE = /(?<![\p{L}\p{N}@./-])([1-9]\d{3})( ?)([a-z]{2})(?![\p{L}\p{N}]|-\p{L})(?:(?:, ?| )(\d{1,5}(?:-\d{1,4}|[ -]?[a-z](?!\p{L}))?)(?![\p{N}:]|[.,]\p{N}))?/giu;
/** Letter pairs never issued (SA, SD, SS) or that after four digits are a unit, a time or a region: "1024 MB". */
const NOT_POSTCODE_LETTERS = new Set(['SA', 'SD', 'SS', 'MB', 'GB', 'KB', 'TB', 'PB', 'KW', 'MW', 'GW', 'KM', 'CM', 'MM', 'ML', 'CL', 'DL', 'KG', 'MG', 'HZ', 'AM', 'PM', 'PK', 'EU']);
const INTRODUCED = /(?:postcode|post code|zip code|zip|adres|address)\W{0,3}$/;

/**
 * Dutch postcodes in normalised text. Lower-case letters only when written together
 * ("1012wx") or introduced as a postcode; after a year ("in 2024 IT ...") only with a
 * house number or a place name after it.
 */
export function findPostcodes(text: string): PersonalDataSpan[] {
  return matchSpans(text, POSTCODE, 'postcode', (match) => {
    const [, digits = '', space = '', letters = '', houseNumber] = match;
    const introduced = INTRODUCED.test(textBefore(text, match.index, 20));
    if (NOT_POSTCODE_LETTERS.has(letters.toUpperCase())) return introduced;
    if (letters !== letters.toUpperCase()) return introduced || space === '';
    const yearLike = /^(?:19|20)\d\d$/.test(digits) && space !== '';
    return !yearLike || introduced || houseNumber !== undefined || /^,? ?\p{Lu}\p{Ll}/u.test(text.slice(match.index + match[0].length));
  });
}
