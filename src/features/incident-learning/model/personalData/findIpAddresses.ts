import { matchSpans, textBefore } from './matchSpans';
import type { PersonalDataSpan } from './personalDataHit';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_EXACT = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const IPV4 = new RegExp(`(?<![\\p{L}\\p{N}.:])${OCTET}(?:\\.${OCTET}){3}(?![\\p{L}\\p{N}]|\\.\\p{N})`, 'gu');
/** Hex groups and colons (two at least), an optional IPv4 tail and zone ("%eth0"); checked by isIpv6. */
const IPV6 = /(?<![\p{L}\p{N}:.])(?=[0-9a-f]*:[0-9a-f]*:)[0-9a-f:]+(?:\d{1,3}(?:\.\d{1,3}){3})?(?:%[a-z0-9]+)?(?![\p{L}\p{N}]|\.\p{N})/giu;
/** 4-part version numbers ("versie 1.2.0.3") look like IPv4. */
const VERSION_BEFORE = /(?:versie|version|release|build|firmware|update)\s*$/;

function isIpv6(candidate: string): boolean {
  let address = candidate.replace(/%[a-z0-9]+$/i, '');
  const tail = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (tail !== null) {
    if (!IPV4_EXACT.test(tail[1] ?? '')) return false;
    address = `${address.slice(0, tail.index)}0:0`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return false;
  // "::1" (loopback) and "::" identify no one; times such as 10:15:30 are three groups without "::".
  return halves.length === 2 ? groups.length >= 2 && groups.length <= 7 : groups.length === 8;
}

/** IPv4 (not loopback, "0.x" or a netmask) and IPv6 addresses in normalised text. */
export function findIpAddresses(text: string): PersonalDataSpan[] {
  return [
    ...matchSpans(text, IPV4, 'ipAddress', (match) => !/^(?:0|127|255)\./.test(match[0]) && !VERSION_BEFORE.test(textBefore(text, match.index, 12))),
    ...matchSpans(text, IPV6, 'ipAddress', (match) => isIpv6(match[0])),
  ];
}
