import { foldForNames } from './normaliseForScan';
import type { PersonalDataSpan } from './personalDataHit';

/** Dutch (and a few other) surname prefixes: "de", "van der", "ter", "El". */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 't', 'ter', 'ten', 'te', 'in', 'op', 'uit', 'von', 'la', 'le', 'du', 'da', 'di', 'del', 'della', 'dos', 'das']);
/** Words that make a directory entry a shared mailbox, a room or a team rather than a person. */
const MAILBOX_WORDS = new Set([
  'servicedesk', 'helpdesk', 'desk', 'beveiliging', 'security', 'receptie', 'reception', 'secretariaat', 'secretariat', 'balie', 'team', 'afdeling', 'department',
  'dienst', 'service', 'services', 'servicepunt', 'support', 'facilitair', 'facilities', 'bedrijf', 'office', 'kantoor', 'info', 'informatie', 'administratie',
  'administration', 'postbus', 'noreply', 'mailbox', 'meldpunt', 'bureau', 'centrum', 'center', 'centre', 'zaal', 'room', 'lokaal', 'gebouw', 'building', 'ict',
  'studentenzaken', 'vertrouwenspersoon', 'integriteit', 'privacy', 'commissie', 'portier', 'bhv', 'cert', 'csirt', 'soc', 'hr', 'planning', 'roosters', 'examens',
  'bibliotheek', 'library', 'faculteit', 'faculty', 'opleiding', 'ombudsfunctionaris', 'kamer',
]);
/** Surnames that at the start of a sentence are more likely the ordinary word ("Brand in gebouw D"). */
const COMMON_WORDS = new Set([
  'brand', 'groot', 'klein', 'wit', 'zwart', 'vos', 'kok', 'hoek', 'berg', 'bos', 'dam', 'veld', 'hof', 'lange', 'kort', 'lang', 'snel', 'sterk', 'goed', 'recht',
  'post', 'kraan', 'vrij', 'winter', 'zomer', 'storm', 'koning', 'keizer', 'prins', 'baas', 'bakker', 'visser', 'mulder', 'dekker', 'schilder', 'timmer', 'boer',
  'jong', 'graaf', 'bruin', 'meer', 'beek', 'zee', 'wal', 'kant', 'blok', 'mol', 'haas', 'wolf', 'valk', 'kroon', 'hamer', 'dijk', 'veen', 'smit', 'young', 'long',
  'white', 'black', 'brown', 'green', 'king', 'baker', 'cook', 'hill', 'wood', 'stone', 'will', 'page', 'rose', 'hunter', 'may',
]);
/** Given names that are also words, months or labels ("Amber" is a TLP label). */
const GIVEN_NAME_WORDS = new Set([
  'jan', 'mei', 'juni', 'juli', 'april', 'augustus', 'may', 'june', 'july', 'august', 'mark', 'will', 'bill', 'rob', 'frank', 'job', 'lot', 'roos', 'hoop', 'wil',
  'ben', 'leen', 'floor', 'lies', 'dean', 'guy', 'grace', 'faith', 'hope', 'joy', 'summer', 'sky', 'rose', 'iris', 'jade', 'amber', 'ruby', 'max', 'mees', 'storm',
  'chase', 'teun', 'bob', 'pepijn', 'mercedes', 'windows', 'sterre', 'noa', 'don', 'art', 'patrick',
]);
const SENTENCE_END = /[.!?:;•*\-–—\n\r]/;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One person from the directory, as folded words. */
interface Person {
  readonly given: readonly string[];
  readonly particles: readonly string[];
  readonly surname: readonly string[];
}

/** Ways one person's surname is found: matched on its last word, then checked around it. */
interface SurnameEntry {
  readonly person: Person;
  readonly surname: readonly string[];
  readonly surnameBefore: RegExp | undefined;
  readonly particlesBefore: RegExp | undefined;
  readonly givenBefore: RegExp;
  readonly reversedAfter: RegExp;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

function isPersonWords(parts: readonly string[]): boolean {
  return parts.every((word) => {
    const folded = foldForNames(word);
    if (PARTICLES.has(folded)) return true;
    return !/\d/.test(word) && /^\p{Lu}/u.test(word) && (word.length < 2 || word !== word.toUpperCase()) && !folded.split('-').some((part) => MAILBOX_WORDS.has(part));
  });
}

/** A directory display name as a person, or undefined for a mailbox, a room or a one-word name. */
export function parsePerson(displayName: string): Person | undefined {
  const cleaned = displayName.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(/\s[-|–]\s/)[0]?.trim() ?? '';
  const comma = cleaned.indexOf(',');
  const fold = (parts: readonly string[]) => parts.map((part) => foldForNames(part));
  if (comma > 0) {
    // "Vries, Anna de": the surname first, the prefixes last.
    const surname = words(cleaned.slice(0, comma));
    const rest = words(cleaned.slice(comma + 1)).filter((word) => !/^(?:\p{L}\.)+$/u.test(word));
    let split = rest.length;
    while (split > 0 && PARTICLES.has(foldForNames(rest[split - 1] ?? ''))) split -= 1;
    const given = rest.slice(0, split);
    if (surname.length === 0 || !isPersonWords([...surname, ...rest])) return undefined;
    return { given: fold(given), particles: fold(rest.slice(split)), surname: fold(surname).flatMap((word) => word.split('-')) };
  }
  const parts = words(cleaned);
  if (parts.length < 2 || !isPersonWords(parts)) return undefined;
  const first = parts.findIndex((word, index) => index > 0 && index < parts.length - 1 && PARTICLES.has(foldForNames(word)));
  if (first === -1) return { given: fold(parts.slice(0, 1)), particles: [], surname: fold(parts.slice(1)).flatMap((word) => word.split('-')) };
  let last = first;
  while (last < parts.length - 1 && PARTICLES.has(foldForNames(parts[last] ?? ''))) last += 1;
  return { given: fold(parts.slice(0, first)), particles: fold(parts.slice(first, last)), surname: fold(parts.slice(last)).flatMap((word) => word.split('-')) };
}

/** The ways a surname prefix is written: "van der" also as "v.d.", "vd", "v/d" and "van de". */
function particleSource(particles: readonly string[]): string {
  const written = particles.map(escape).join('\\s+');
  const [head, second] = particles;
  const alternatives = [written];
  if (head === 'van' && particles.length === 2 && (second === 'de' || second === 'der' || second === 'den')) alternatives.push('van\\s+de[rn]?', 'v\\.?\\s?d\\.?', 'v/d');
  if (head === 'van' && particles.length === 1) alternatives.push('v\\.');
  if (head === 'van' && (second === "'t" || second === 'het')) alternatives.push("van\\s+(?:'t|het)", "v\\.?\\s?'t");
  return `(?:${alternatives.join('|')})`;
}

function surnameEntries(person: Person): SurnameEntry[] {
  const given = person.given.length === 0 ? undefined : [person.given.map(escape).join('\\s+'), escape(person.given[0] ?? '')].join('|');
  const particles = person.particles.length === 0 ? undefined : particleSource(person.particles);
  const initials = '(?:\\p{L}\\.\\s?){1,4}';
  const reversed = `^\\s*,\\s*(?:${given === undefined ? '' : `${given}|`}${initials})(?:\\s*${particles ?? '(?!)'})?(?!\\p{L})`;
  const forms = person.particles.length === 0 && person.surname.length > 1 ? [person.surname, person.surname.slice(-1)] : [person.surname];
  return forms.map((surname) => ({
    person,
    surname,
    surnameBefore: surname.length > 1 ? new RegExp(`(?<!\\p{L})${surname.slice(0, -1).map(escape).join('[\\s-]+')}[\\s-]+$`, 'u') : undefined,
    particlesBefore: particles === undefined ? undefined : new RegExp(`(?<!\\p{L})${particles}\\s*$`, 'u'),
    givenBefore: new RegExp(`(?<!\\p{L})(?:${given ?? '(?!)'})\\s+$`, 'u'),
    reversedAfter: new RegExp(reversed, 'u'),
  }));
}

/** A compiled directory: people by the last word of their surname, and their given names. */
export interface PeopleIndex {
  readonly surnames: ReadonlyMap<string, readonly SurnameEntry[]>;
  readonly givenNames: ReadonlySet<string>;
}

/** Compiles the directory's display names once; mailboxes and one-word names are left out. */
export function indexPeople(displayNames: readonly string[]): PeopleIndex {
  const surnames = new Map<string, SurnameEntry[]>();
  const givenNames = new Set<string>();
  for (const name of new Set(displayNames)) {
    const person = parsePerson(name);
    if (person === undefined) continue;
    for (const entry of surnameEntries(person)) {
      const key = entry.surname.at(-1) ?? '';
      surnames.set(key, [...(surnames.get(key) ?? []), entry]);
    }
    const firstGiven = person.given[0];
    if (firstGiven !== undefined && firstGiven.length >= 3 && !GIVEN_NAME_WORDS.has(firstGiven)) givenNames.add(firstGiven);
  }
  return { surnames, givenNames };
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && word !== word.toUpperCase();
}

function startsSentence(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && /[ \t"'“‘([]/.test(text.charAt(at))) at -= 1;
  return at < 0 || SENTENCE_END.test(text.charAt(at));
}

const INITIALS_BEFORE = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.\s?){1,4}$/u;

/** The span of a directory person's name around the surname token at [start, end), if the context makes it a name. */
function nameAround(text: string, folded: string, start: number, end: number, entry: SurnameEntry): PersonalDataSpan | undefined {
  const window = (to: number) => Math.max(0, to - 60);
  let from = start;
  if (entry.surnameBefore !== undefined) {
    const match = entry.surnameBefore.exec(folded.slice(window(from), from));
    if (match === null) return undefined;
    from -= match[0].length;
  }
  const surnameStart = from;
  let particlesWritten = false;
  if (entry.particlesBefore !== undefined) {
    const match = entry.particlesBefore.exec(folded.slice(window(from), from));
    if (match !== null) {
      from -= match[0].length;
      particlesWritten = true;
    }
  }
  const span = (spanStart: number, spanEnd = end): PersonalDataSpan => ({ kind: 'personName', start: spanStart, end: spanStart + text.slice(spanStart, spanEnd).trimEnd().length });
  const given = entry.givenBefore.exec(folded.slice(window(from), from));
  if (given !== null) return span(from - given[0].length);
  const initials = INITIALS_BEFORE.exec(text.slice(window(from), from));
  if (initials !== null) return span(from - initials[0].length);
  const reversed = entry.reversedAfter.exec(folded.slice(end, end + 60));
  if (reversed !== null) return span(from, end + reversed[0].length);
  if (!isCapitalised(text.slice(surnameStart, end))) return undefined;
  if (particlesWritten) return span(from);
  if (entry.person.particles.length > 0) return undefined;
  // "Jansen belde": a surname alone, unless it starts a sentence and is also an ordinary word.
  if (startsSentence(text, surnameStart) && COMMON_WORDS.has(entry.surname.join(' '))) return undefined;
  return span(surnameStart);
}

const TITLE = '(?:[Dd]hr|[Mm]evr|[Mm]evrouw|[Mm]w|[Mm]eneer|[Mm]ijnheer|[Dd]e\\s+[Hh]eer|[Mm]r|Mrs|Ms|Miss|[Dd]rs?|[Pp]rof|[Ii]r|[Ii]ng)\\.?';
const PARTICLE_WORD = "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|'t|[Ll]a|[Ll]e|[Dd]u|[Vv]on|[Ee]l|[Aa]l|v\\.d\\.|v\\.|vd)";
const CAPITALISED = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*";
const INITIALS = '(?:\\p{Lu}\\.\\s?)';
/** "mevrouw De Vries", "dhr. Jansen", "prof. dr. K. de Jong", "Ms Chen": the name after a title. */
const TITLED = new RegExp(`(?<!\\p{L})(${TITLE})(?:\\s+${TITLE})*\\s+(${INITIALS}{0,4}(?:${PARTICLE_WORD}\\s+)*${CAPITALISED}(?:\\s+${CAPITALISED})?)`, 'gu');
/** "J. de Vries", "A. van Dam", "J.P. Balkenende": initials with a prefix, or two initials or more, before a capitalised word. */
const INITIALLED = new RegExp(`(?<![\\p{L}\\p{N}.])(${INITIALS}{1,4}(?:${PARTICLE_WORD}\\s+)+${CAPITALISED}|${INITIALS}{2,4}${CAPITALISED})`, 'gu');
/** Abbreviations that look like initials: B.V. Nederland, E.H.B.O. Koffer. */
const NOT_INITIALS = new Set(['BV', 'NV', 'VOF', 'CV', 'US', 'UK', 'EU', 'EHBO', 'AVG', 'PS', 'AM', 'PM', 'OV', 'NB', 'ZZP', 'IT', 'HBO', 'WO', 'MBO', 'VS']);
/** Products after "Ms" / "MS": Microsoft, not a woman. */
const PRODUCTS = new Set(['Teams', 'Office', 'Word', 'Excel', 'Outlook', 'Forms', 'Access', 'Edge', 'Project', 'Windows', 'Exchange', 'Defender', 'Intune', 'Azure', 'Paint', 'Planner', 'Entra']);

function titledNames(text: string): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = [];
  for (const match of text.matchAll(TITLED)) {
    const [whole, title = '', name = ''] = match;
    if (/^Ms\.?$/.test(title) && PRODUCTS.has(name.split(/\s+/)[0] ?? '')) continue;
    found.push({ kind: 'personName', start: match.index + whole.length - name.length, end: match.index + whole.length });
  }
  for (const match of text.matchAll(INITIALLED)) {
    const letters = (/^(?:\p{Lu}\.\s?)+/u.exec(match[0])?.[0] ?? '').replace(/[.\s]/g, '');
    if (!NOT_INITIALS.has(letters)) found.push({ kind: 'personName', start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/**
 * Names of people in normalised text: the directory's people by full name, initials,
 * surname with its prefix ("De Vries", "v.d. Meer"), "Surname, Given" and, written with a
 * capital, surname or given name alone; and anyone's name after a title or after initials.
 */
export function findPersonNames(text: string, people: PeopleIndex): PersonalDataSpan[] {
  const found = titledNames(text);
  if (people.surnames.size === 0 && people.givenNames.size === 0) return found;
  const folded = foldForNames(text);
  for (const token of folded.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
    const start = token.index;
    const end = start + token[0].length;
    for (const entry of people.surnames.get(token[0]) ?? []) {
      const span = nameAround(text, folded, start, end, entry);
      if (span !== undefined) found.push(span);
    }
    const original = text.slice(start, end);
    if (people.givenNames.has(token[0]) && isCapitalised(original)) found.push({ kind: 'personName', start, end });
  }
  return found;
}
