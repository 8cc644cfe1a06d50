import { findBsns } from './personalData/findBsns';
import { findDatesOfBirth } from './personalData/findDatesOfBirth';
import { findEmailAddresses } from './personalData/findEmailAddresses';
import { findIbans } from './personalData/findIbans';
import { findIpAddresses } from './personalData/findIpAddresses';
import { findLicencePlates } from './personalData/findLicencePlates';
import { findPersonNames, indexPeople, type PeopleIndex } from './personalData/findPersonNames';
import { findPhoneNumbers } from './personalData/findPhoneNumbers';
import { findPostcodes } from './personalData/findPostcodes';
import { normaliseForScan } from './personalData/normaliseForScan';
import { PERSONAL_DATA_KINDS, type PersonalDataHit, type PersonalDataKind, type PersonalDataSpan } from './personalData/personalDataHit';

export { isValidBsn } from './personalData/findBsns';
export { isValidIban } from './personalData/findIbans';
export { PERSONAL_DATA_KINDS };
export type { PersonalDataHit, PersonalDataKind };

/** What the institution configures (app config `privacy`) and who works there (directory). */
export interface PersonalDataOptions {
  /** Regex source of the institution's student numbers, e.g. `\\bs\\d{7}\\b`; matched case-insensitively. */
  readonly studentNumberPattern?: string | undefined;
  /** Regex source of the institution's staff numbers; matched case-insensitively. */
  readonly staffNumberPattern?: string | undefined;
  /** Display names of the organisation's people (from the directory through Graph); mailboxes and rooms are skipped. */
  readonly peopleNames?: readonly string[] | undefined;
}

/** Detection results, what was looked for, and the configured patterns that could not be used. */
export interface PersonalDataScan {
  readonly hits: readonly PersonalDataHit[];
  /** The kinds this scan looked for: student and staff numbers only when their pattern is configured and valid. */
  readonly checked: readonly PersonalDataKind[];
  /** Configured patterns that are not valid regular expressions: reported, never thrown. */
  readonly invalidPatterns: readonly ('studentNumber' | 'staffNumber')[];
}

function compile(source: string | undefined): RegExp | undefined | 'invalid' {
  if (source === undefined || source.trim() === '') return undefined;
  try {
    return new RegExp(source, 'gi');
  } catch {
    return 'invalid';
  }
}

/** Keeps the earliest, then longest, of overlapping hits. */
function withoutOverlaps(spans: readonly PersonalDataSpan[]): PersonalDataSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: PersonalDataSpan[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (last !== undefined && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

// The directory is compiled once per list of names, not once per keystroke.
let lastPeople: { readonly names: readonly string[]; readonly index: PeopleIndex } | undefined;
function peopleIndex(names: readonly string[]): PeopleIndex {
  if (lastPeople?.names !== names) lastPeople = { names, index: indexPeople(names) };
  return lastPeople.index;
}

/**
 * Finds personal data in free text before it goes into a lesson or a shared card:
 * e-mail addresses, phone numbers (Dutch and international), IBANs (mod-97), BSNs
 * (11-test), the institution's student and staff number patterns, names (the directory's
 * people; anyone after a title or initials), postcodes, dates of birth, Dutch licence
 * plates and IP addresses. Look-alike characters (full-width digits, non-breaking spaces
 * and hyphens) count as the plain ones. Detection is a guard, not a guarantee:
 * docs/incident-learning.md lists what it cannot see.
 */
export function scanPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataScan {
  const normalised = normaliseForScan(text);
  const invalidPatterns: ('studentNumber' | 'staffNumber')[] = [];
  const skipped = new Set<PersonalDataKind>();
  const spans: PersonalDataSpan[] = [
    ...findEmailAddresses(normalised),
    ...findPhoneNumbers(normalised),
    ...findIbans(normalised),
    ...findBsns(normalised),
    ...findPostcodes(normalised),
    ...findDatesOfBirth(normalised),
    ...findLicencePlates(normalised),
    ...findIpAddresses(normalised),
    ...findPersonNames(normalised, peopleIndex(options.peopleNames ?? [])),
  ];
  for (const [kind, source] of [
    ['studentNumber', options.studentNumberPattern],
    ['staffNumber', options.staffNumberPattern],
  ] as const) {
    const pattern = compile(source);
    if (pattern === 'invalid') invalidPatterns.push(kind);
    if (pattern === 'invalid' || pattern === undefined) {
      skipped.add(kind);
      continue;
    }
    for (const match of normalised.matchAll(pattern)) if (match[0] !== '') spans.push({ kind, start: match.index, end: match.index + match[0].length });
  }
  const hits = withoutOverlaps(spans).map((span) => ({ ...span, text: text.slice(span.start, span.end) }));
  return { hits, checked: PERSONAL_DATA_KINDS.filter((kind) => !skipped.has(kind)), invalidPatterns };
}

/** The hits of {@link scanPersonalData}. */
export function detectPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataHit[] {
  return [...scanPersonalData(text, options).hits];
}
