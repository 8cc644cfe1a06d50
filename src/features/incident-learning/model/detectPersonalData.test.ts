import { detectPersonalData, isValidBsn, isValidIban, scanPersonalData } from './detectPersonalData';
import { redactHit, redactText } from './redactPersonalData';

const kinds = (text: string, options = {}) => detectPersonalData(text, options).map((hit) => `${hit.kind}:${hit.text}`);

describe('detectPersonalData', () => {
  it('finds e-mail addresses', () => {
    expect(kinds('Mail j.de.vries@student.uni.nl of info@ivho.example.')).toEqual(['email:j.de.vries@student.uni.nl', 'email:info@ivho.example']);
    expect(kinds('Gebruik het @-teken of user@localhost niet')).toEqual([]);
  });

  it.each([
    ['06-12345678'],
    ['06 1234 5678'],
    ['+31 6 12345678'],
    ['0031 6 1234 5678'],
    ['020-1234567'],
    ['(020) 123 4567'],
    ['+31 20 123 4567'],
    ['0503 123456'],
  ])('finds the Dutch phone number %s', (phone) => {
    expect(kinds(`Bel ${phone} vandaag.`)).toEqual([`phone:${phone}`]);
  });

  it.each([['12-03-2026'], ['2026-03-12'], ['1234'], ['0612345'], ['06-123456789'], ['versie 10.2.3']])('does not take %s for a phone number', (text) => {
    expect(kinds(`Zie ${text}.`).filter((entry) => entry.startsWith('phone'))).toEqual([]);
  });

  it('finds IBANs that pass the mod-97 check, with or without spaces, and ignores ones that do not', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(kinds('Rekening NL91 ABNA 0417 1643 00 en NL91ABNA0417164301.')).toEqual(['iban:NL91 ABNA 0417 1643 00']);
  });

  it('finds BSNs that pass the 11-test, grouped or not, and ignores other 9-digit numbers', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(kinds('BSN 111222333, ook 1112.22.333 en 111 222 333; niet 123456789 of zaaknummer 2026-123456789.')).toEqual([
      'bsn:111222333',
      'bsn:1112.22.333',
      'bsn:111 222 333',
    ]);
  });

  it('uses the institution patterns and reports an invalid one instead of throwing', () => {
    const options = { studentNumberPattern: '\\bs\\d{7}\\b', staffNumberPattern: '[unclosed' };
    const scan = scanPersonalData('Student s1234567 meldde het.', options);
    expect(scan.hits.map((hit) => `${hit.kind}:${hit.text}`)).toEqual(['studentNumber:s1234567']);
    expect(scan.invalidPatterns).toEqual(['staffNumber']);
  });

  it('finds names of the organisation’s people, case- and diacritics-insensitively, as whole words', () => {
    const peopleNames = ['Anna de Vries', 'José Müller', 'Al'];
    expect(kinds('Gesprek met anna DE vries en Jose Muller; Annabel bleef.', { peopleNames })).toEqual(['personName:anna DE vries', 'personName:Jose Muller']);
    expect(kinds('Alle deelnemers', { peopleNames })).toEqual([]);
  });

  it('returns sorted, non-overlapping hits with offsets into the text', () => {
    const text = 'Contact: piet@uni.nl, 06-12345678.';
    const hits = detectPersonalData(text);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(hits.map((hit) => hit.start)).toEqual([...hits.map((hit) => hit.start)].sort((a, b) => a - b));
  });

  it('scans 20,000 characters quickly', () => {
    const text = 'Het incident begon rond de middag in gebouw 12 en duurde tot de avond. '.repeat(280) + ' mail a@b.nl';
    const started = performance.now();
    const hits = detectPersonalData(text, { peopleNames: Array.from({ length: 500 }, (_, index) => `Medewerker Nummer${index}`) });
    expect(performance.now() - started).toBeLessThan(500);
    expect(hits.map((hit) => hit.kind)).toEqual(['email']);
  });
});

describe('redaction', () => {
  it('replaces one hit, or all of them, with a placeholder in the user’s language', () => {
    const text = 'Mail piet@uni.nl of bel 06-12345678.';
    const hits = detectPersonalData(text);
    expect(redactText(text, hits, 'nl')).toBe('Mail [e-mailadres verwijderd] of bel [telefoonnummer verwijderd].');
    const first = hits[0];
    if (first === undefined) throw new Error('no hit');
    const once = redactHit(text, first, 'en');
    expect(once).toBe('Mail [e-mail address removed] of bel 06-12345678.');
    expect(detectPersonalData(once).map((hit) => hit.kind)).toEqual(['phone']);
  });

  it('leaves the text alone when a hit no longer matches it (stale offsets)', () => {
    expect(redactHit('anders', { kind: 'email', start: 0, end: 3, text: 'a@b' }, 'nl')).toBe('anders');
  });
});
