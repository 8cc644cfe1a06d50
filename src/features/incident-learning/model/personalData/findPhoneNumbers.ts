import type { PersonalDataSpan } from './personalDataHit';

const DIGIT_CHAIN = /\d+(?:[ ()./-]{1,3}\d+)*/g;
/** What people put between digit groups: "06-1234 5678", "(020) 123", "06 - 123", "020.123". */
const SEPARATOR = /^(?:[ ./-]|\) ?| ?\(| ?- ?|\)-)$/;
/** Countries whose numbers have one length (digits after the country code). Others: 7 to 11. */
const NATIONAL_LENGTH: Readonly<Record<string, number>> = { '31': 9, '1': 10 };

interface DigitGroup {
  readonly digits: string;
  readonly start: number;
  readonly end: number;
}

/** Where a number that starts with `groups[first]` begins, with its "+" and "(". */
function numberStart(text: string, head: DigitGroup): number {
  let start = head.start;
  if (text[start - 1] === '(') start -= 1;
  if (text[start - 1] === '+') return start - 1;
  if (text[start - 1] === ' ' && text[start - 2] === '+') return start - 2;
  return start;
}

/** The end of the phone number that starts at `groups[first]`, if it is one. */
function phoneEnd(text: string, groups: readonly DigitGroup[], first: number, start: number): number | undefined {
  const head = groups[first];
  if (head === undefined || /[\p{L}\p{N}_@]/u.test(text[start - 1] ?? ' ')) return undefined;
  const international = text[start] === '+' || head.digits.startsWith('00');
  let digits = international && text[start] !== '+' ? head.digits.slice(2) : head.digits;
  if (!international) {
    // Dutch: ten digits from a 0 and an area code (06 or 010-0599), never 00.
    if (!digits.startsWith('0') || digits.length < 2 || digits[1] === '0' || (digits.length === 2 && digits !== '06')) return undefined;
    const [, second, third] = groups.slice(first, first + 3);
    // 06-12-2026 is a date.
    if (digits.length <= 2 && second !== undefined && third !== undefined && second.digits.length <= 2 && third.digits.length === 4) return undefined;
  }
  for (let index = first; index < groups.length; index += 1) {
    const group = groups[index];
    if (group === undefined) return undefined;
    if (index > first) {
      const previous = groups[index - 1];
      if (previous === undefined || !SEPARATOR.test(text.slice(previous.end, group.start))) return undefined;
      // "+31 (0)6 ...": the bracketed zero is not dialled.
      if (international && group.digits === '0' && text[group.start - 1] === '(' && text[group.end] === ')') continue;
      digits += group.digits;
    }
    if (!international) {
      if (digits.length === 10) return group.end;
      if (digits.length > 10) return undefined;
      continue;
    }
    const code = Object.keys(NATIONAL_LENGTH).find((prefix) => digits.startsWith(prefix));
    if (code !== undefined) {
      const length = code.length + (NATIONAL_LENGTH[code] ?? 0);
      if (digits.length === length) return group.end;
      if (digits.length > length) return undefined;
      continue;
    }
    const next = groups[index + 1];
    const continues = next !== undefined && SEPARATOR.test(text.slice(group.end, next.start)) && digits.length + next.digits.length <= 13;
    if (digits.length >= 9 && !continues) return digits.length <= 13 ? group.end : undefined;
  }
  return undefined;
}

/**
 * Phone numbers in normalised text: Dutch (ten digits from a 0; "+31", "0031" and
 * "+31 (0)") and international ("+" or "00" and a country code). Digit groups are read
 * one by one, so "06 12345678 2 keer" stops after the number and a date or a nine-digit
 * run is never one.
 */
export function findPhoneNumbers(text: string): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = [];
  for (const chain of text.matchAll(DIGIT_CHAIN)) {
    const groups: DigitGroup[] = [...chain[0].matchAll(/\d+/g)].map((group) => ({ digits: group[0], start: chain.index + group.index, end: chain.index + group.index + group[0].length }));
    for (let first = 0; first < groups.length; first += 1) {
      const head = groups[first];
      const previous = groups[first - 1];
      // Inside a chain a number starts only after a space: "10.0.19045.3803" holds none.
      if (head === undefined || (previous !== undefined && !/[ (]/.test(text.slice(previous.end, head.start)))) continue;
      const start = numberStart(text, head);
      const end = phoneEnd(text, groups, first, start);
      if (end === undefined) continue;
      found.push({ kind: 'phone', start, end });
      while ((groups[first + 1]?.start ?? Infinity) < end) first += 1;
    }
  }
  return found;
}
