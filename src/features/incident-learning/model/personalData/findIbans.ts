import type { PersonalDataSpan } from './personalDataHit';

/** IBAN length per country (SWIFT IBAN registry). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29,
  ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20,
  LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};
/** People also type a space after the country code: "NL 91 ABNA ...". */
const IBAN_START = /(?<![\p{L}\p{N}])[a-z]{2} ?\d{2}(?=[ .-]?[a-z0-9])/giu;
const ALPHANUMERIC = /[a-z0-9]/i;

/** ISO 13616 mod-97 check; spaces, dots and hyphens between groups are ignored. */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/[\s.-]+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** The end of the IBAN that starts at `start`: exactly its country's length, ending where a group ends. */
function ibanEnd(text: string, start: number): number | undefined {
  const length = IBAN_LENGTHS[text.slice(start, start + 2).toUpperCase()];
  if (length === undefined) return undefined;
  let compact = text.slice(start, start + 2);
  let index = text[start + 2] === ' ' ? start + 3 : start + 2;
  while (compact.length < length && index < text.length) {
    const char = text.charAt(index);
    if (ALPHANUMERIC.test(char)) compact += char;
    else if (!/[ .-]/.test(char) || !ALPHANUMERIC.test(text.charAt(index + 1))) return undefined;
    index += 1;
  }
  // "NL91ABNA0417164300 ABNANL2A" is an IBAN and a BIC; "NL91ABNA04171643001" is neither.
  if (compact.length !== length || ALPHANUMERIC.test(text.charAt(index))) return undefined;
  const iban = compact.toUpperCase();
  if (iban.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) return undefined;
  return isValidIban(iban) ? index : undefined;
}

/** IBANs in normalised text: any case, grouped with spaces, dots or hyphens, check digits valid. */
export function findIbans(text: string): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    const end = ibanEnd(text, match.index);
    if (end !== undefined) found.push({ kind: 'iban', start: match.index, end });
  }
  return found;
}
