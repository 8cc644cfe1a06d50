import type { PersonalDataKind, PersonalDataSpan } from './personalDataHit';

/** The spans of `kind` where `pattern` (global) matches and `accept` agrees. */
export function matchSpans(text: string, pattern: RegExp, kind: PersonalDataKind, accept: (match: RegExpExecArray) => boolean = () => true): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0] !== '' && accept(match)) found.push({ kind, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The lower-cased text just before `index`, for "is it introduced as ..." checks. */
export function textBefore(text: string, index: number, length = 40): string {
  return text.slice(Math.max(0, index - length), index).toLowerCase();
}
