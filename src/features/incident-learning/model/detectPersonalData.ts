/** Kinds of personal data the guard looks for in free text. */
export type PersonalDataKind = 'email' | 'phone' | 'iban' | 'bsn' | 'studentNumber' | 'staffNumber' | 'personName';

/** One finding: where in the text (UTF-16 offsets, `end` exclusive) and what. */
export interface PersonalDataHit {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What the institution configures (app config `privacy`) and who works there (directory). */
export interface PersonalDataOptions {
  /** Regex source of the institution's student numbers, e.g. `\\b[0-9]{7}\\b`. */
  readonly studentNumberPattern?: string | undefined;
  readonly staffNumberPattern?: string | undefined;
  /** Display names of the organisation's people (from the directory through Graph). */
  readonly peopleNames?: readonly string[] | undefined;
}

/** Detection results plus the configured patterns that could not be used. */
export interface PersonalDataScan {
  readonly hits: readonly PersonalDataHit[];
  /** Configured patterns that are not valid regular expressions: reported, never thrown. */
  readonly invalidPatterns: readonly ('studentNumber' | 'staffNumber')[];
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/**
 * Dutch phone numbers: mobile 06 (8 digits after), landline 0 + area code, written with
 * +31 / 0031 / (0..) and spaces or dashes. Eleven digits at most; a bare 9-digit run is
 * not one (that is a BSN candidate), nor is a date.
 */
const PHONE = /(?<![\w+])(?:(?:\+|00)31[\s-]?(?:\(0\))?[\s-]?|\(?0)(?:6[\s-]?(?:\d[\s-]?){7}\d|[1-9]\d{1,2}\)?[\s-]?(?:\d[\s-]?){5,6}\d)(?!\w)/g;
/** Two letters, two check digits, then 11-30 alphanumerics, optionally in groups of four. */
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/g;
/** Nine digits, optionally grouped 3-3-3 or 4-2-3 with dots or spaces. */
const BSN = /(?<![\d.-])(?:\d{9}|\d{3}[. ]\d{3}[. ]\d{3}|\d{4}[. ]\d{2}[. ]\d{3})(?![\d-]|\.\d)/g;

/** ISO 13616 mod-97 check. */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** The Dutch "11-test" for a BSN: weights 9..2 and -1 for the last digit; the sum divisible by 11 and not 0. */
export function isValidBsn(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length !== 9) return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) sum += Number(digits[index]) * (index === 8 ? -1 : 9 - index);
  return sum !== 0 && sum % 11 === 0;
}

function compile(source: string | undefined): RegExp | undefined | 'invalid' {
  if (source === undefined || source.trim() === '') return undefined;
  try {
    return new RegExp(source, 'g');
  } catch {
    return 'invalid';
  }
}

/** Lower case without diacritics; keeps the length of each character so offsets stay valid for Latin text. */
function fold(text: string): string {
  return [...text].map((char) => (char.normalize('NFD').replace(/\p{M}/gu, '') || char).toLowerCase().slice(0, char.length).padEnd(char.length, ' ')).join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function collect(text: string, pattern: RegExp, kind: PersonalDataKind, accept: (match: string) => boolean = () => true): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
    const value = match[0];
    if (value === '' || match.index === undefined || !accept(value)) continue;
    hits.push({ kind, start: match.index, end: match.index + value.length, text: value });
  }
  return hits;
}

function nameHits(text: string, names: readonly string[]): PersonalDataHit[] {
  const usable = [...new Set(names.map((name) => name.trim()).filter((name) => name.length >= 3 && (name.includes(' ') || name.length >= 3)))];
  if (usable.length === 0) return [];
  const folded = fold(text);
  // Longest names first, so "Anna de Vries" wins over "Anna".
  const alternatives = usable.map((name) => escapeRegExp(fold(name)).replace(/\s+/g, '\\s+')).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return collect(folded, pattern, 'personName').map((hit) => ({ ...hit, text: text.slice(hit.start, hit.end) }));
}

/** Keeps the earliest, then longest, of overlapping hits. */
function withoutOverlaps(hits: readonly PersonalDataHit[]): PersonalDataHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: PersonalDataHit[] = [];
  for (const hit of sorted) {
    const last = kept.at(-1);
    if (last !== undefined && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

/**
 * Finds personal data in free text before it goes into a lesson or a shared card:
 * e-mail addresses, Dutch phone numbers, IBANs (mod-97), BSNs (11-test), the
 * institution's student and staff number patterns, and names of the organisation's
 * people. Detection is a guard, not a guarantee: docs/incident-learning-rules.md lists
 * what it cannot see.
 */
export function scanPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataScan {
  const invalidPatterns: ('studentNumber' | 'staffNumber')[] = [];
  const hits: PersonalDataHit[] = [
    ...collect(text, EMAIL, 'email'),
    ...collect(text, IBAN, 'iban', isValidIban),
    ...collect(text, BSN, 'bsn', isValidBsn),
    ...collect(text, PHONE, 'phone', (match) => {
      const digits = match.replace(/\D/g, '').replace(/^(00)?31/, '0');
      return digits.length === 10;
    }),
    ...nameHits(text, options.peopleNames ?? []),
  ];
  for (const [kind, source] of [
    ['studentNumber', options.studentNumberPattern],
    ['staffNumber', options.staffNumberPattern],
  ] as const) {
    const pattern = compile(source);
    if (pattern === 'invalid') invalidPatterns.push(kind);
    else if (pattern !== undefined) hits.push(...collect(text, pattern, kind));
  }
  return { hits: withoutOverlaps(hits), invalidPatterns };
}

/** The hits of {@link scanPersonalData}. */
export function detectPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataHit[] {
  return [...scanPersonalData(text, options).hits];
}
