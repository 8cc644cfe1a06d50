/**
 * Maps look-alike characters to the ASCII ones the detectors match, one UTF-16 unit for
 * one, so offsets into the result are offsets into the original text: full-width digits,
 * letters and punctuation (typed with an East Asian keyboard layout), non-breaking and
 * other special spaces, and the hyphens and dashes that word processors and chat apps
 * put into phone numbers and IBANs.
 */
export function normaliseForScan(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xff01 && code <= 0xff5e) result += String.fromCharCode(code - 0xfee0);
    else if (code === 0x00a0 || code === 0x3000 || code === 0x202f || code === 0x205f || (code >= 0x2000 && code <= 0x200a)) result += ' ';
    else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63) result += '-';
    else result += text.charAt(index);
  }
  return result;
}

/**
 * Lower case without diacritics, one UTF-16 unit for one (so offsets stay valid), for
 * comparing names: "José Müller" and "jose muller" fold to the same text.
 */
export function foldForNames(text: string): string {
  let result = '';
  for (const char of text) {
    const folded = char === 'ı' || char === 'İ' ? 'i' : (char.normalize('NFD').replace(/\p{M}/gu, '') || char).toLowerCase();
    result += folded.length === char.length ? folded : folded.slice(0, char.length).padEnd(char.length, ' ');
  }
  return result;
}
