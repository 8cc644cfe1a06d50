import type { PersonalDataSpan } from './personalDataHit';

const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)';
const INTRODUCTION = '(?:geboren|geboortedatum|geboortedag|geb\\.?\\s?datum|geb\\.|date\\s+of\\s+birth|d\\.o\\.b\\.|dob|born|birth\\s?date|birthday)';
const DATE = `(\\d{1,2}[-./]\\d{1,2}[-./](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:e|ste|de|st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;
const DATE_OF_BIRTH = new RegExp(`(?<!\\p{L})${INTRODUCTION}[\\s:,]*(?:(?:op|on|de|the)\\s+)?${DATE}(?!\\p{N})`, 'giu');

/**
 * Dates of birth in normalised text: a date right after "geboren", "geb.", "geboortedatum",
 * "date of birth", "born" and the like. Other dates are not personal data on their own and
 * incident texts are full of them. The span is the date; the words before it stay.
 */
export function findDatesOfBirth(text: string): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = [];
  for (const match of text.matchAll(DATE_OF_BIRTH)) {
    const end = match.index + match[0].length;
    found.push({ kind: 'dateOfBirth', start: end - (match[1] ?? '').length, end });
  }
  return found;
}
