import { matchSpans, textBefore } from './matchSpans';
import type { PersonalDataSpan } from './personalDataHit';

/** The RDW sidecodes of Dutch licence plates (X a letter, 9 a digit). */
const SIDECODES = ['XX-99-99', '99-99-XX', '99-XX-99', 'XX-99-XX', 'XX-XX-99', '99-XX-XX', '99-XXX-9', '9-XXX-99', 'XX-999-X', 'X-999-XX', 'XXX-99-X', 'X-99-XXX', '9-XX-999', '999-XX-9'];
const SIDECODE_PARTS: Readonly<Record<string, string>> = { X: '[A-Z]', '9': '\\d' };
const sidecodes = (separator: string): string => SIDECODES.map((code) => [...code].map((char) => SIDECODE_PARTS[char] ?? separator).join('')).join('|');
const PLATE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${sidecodes('-')}|${sidecodes('')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu');
const INTRODUCED = /(?:kenteken|nummerplaat|licen[cs]e plate|number plate|registration)[^.!?\n]{0,40}$/;

/**
 * Dutch licence plates in normalised text: a sidecode written as on the plate (capitals and
 * hyphens, "12-ABC-3"); in lower case or without hyphens only after "kenteken" or "licence plate".
 */
export function findLicencePlates(text: string): PersonalDataSpan[] {
  return matchSpans(text, PLATE, 'licencePlate', (match) => {
    const plate = match[0];
    return (plate.includes('-') && plate === plate.toUpperCase()) || INTRODUCED.test(textBefore(text, match.index, 60));
  });
}
