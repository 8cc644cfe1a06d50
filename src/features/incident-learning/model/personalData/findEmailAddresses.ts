import { matchSpans } from './matchSpans';
import type { PersonalDataSpan } from './personalDataHit';

/** Any case, with its "mailto:", and the "[at]" people type to fool address harvesters. */
const EMAIL = /(?<![\w.%+-])(?:mailto:)?[a-z0-9._%+-]+(?:@|\s?[[(]at[\])]\s?)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z0-9-])/gi;

/** E-mail addresses in normalised text. */
export function findEmailAddresses(text: string): PersonalDataSpan[] {
  return matchSpans(text, EMAIL, 'email');
}
