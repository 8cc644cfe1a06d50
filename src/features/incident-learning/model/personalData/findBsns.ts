import { matchSpans, textBefore } from './matchSpans';
import type { PersonalDataSpan } from './personalDataHit';

/** Nine digits, or grouped 3-3-3 / 4-2-3 with spaces, dots or hyphens; not part of a longer number. */
const BSN = /(?<![\p{L}\p{N}]|\p{N}[ .-])(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .-])\d{2}\2\d{3})(?![\p{N}]|[.,-]\p{N}| \d)/gu;
const BSN_EIGHT = /(?<![\p{L}\p{N}]|\p{N}[ .-])\d{8}(?![\p{N}]|[.,-]\p{N})/gu;
const INTRODUCED = /(?:\bbsn|burgerservicenummer|sofi-?nummer|citizen service number)(?:-nummer)?[^\d]{0,20}$/;

/**
 * The Dutch "11-test" for a BSN: weights 9..2 and -1 for the last digit; the sum divisible
 * by 11 and not 0. Eight digits (a BSN whose leading zero a spreadsheet dropped) get the zero back.
 */
export function isValidBsn(candidate: string): boolean {
  const written = candidate.replace(/\D/g, '');
  const digits = written.length === 8 ? `0${written}` : written;
  if (digits.length !== 9) return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) sum += Number(digits[index]) * (index === 8 ? -1 : 9 - index);
  return sum !== 0 && sum % 11 === 0;
}

/**
 * BSNs in normalised text: nine digits passing the 11-test; eight digits only right after
 * "BSN", "burgerservicenummer" or "sofinummer" (one in eleven 8-digit numbers passes by chance).
 */
export function findBsns(text: string): PersonalDataSpan[] {
  return [
    ...matchSpans(text, BSN, 'bsn', (match) => isValidBsn(match[0])),
    ...matchSpans(text, BSN_EIGHT, 'bsn', (match) => isValidBsn(match[0]) && INTRODUCED.test(textBefore(text, match.index))),
  ];
}
