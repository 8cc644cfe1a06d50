import { detectPersonalData, isValidBsn, isValidIban, PERSONAL_DATA_KINDS, scanPersonalData } from './detectPersonalData';
import { redactHit, redactionPlaceholder, redactText } from './redactPersonalData';

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

  it('scans a long text with a large directory and finds only what is there', () => {
    // No timing assertion (a timing is a bench figure): 20,000 characters with 999 names scan in tens of milliseconds.
    const text = 'Het incident begon rond de middag in gebouw 12 en duurde tot de avond. '.repeat(280) + ' mail a@b.nl';
    const hits = detectPersonalData(text, { peopleNames: Array.from({ length: 999 }, (_, index) => `Medewerker Nummer${index}`) });
    expect(hits.map((hit) => hit.kind)).toEqual(['email']);
  });

  it('counts full-width digits, non-breaking spaces and hyphens as plain ones, with offsets into the original text', () => {
    const text = 'Bel ０６１２３４５６７８ of 06\u00a01234\u00a05678 of 06\u201112345678.';
    const hits = detectPersonalData(text);
    expect(hits.map((hit) => hit.kind)).toEqual(['phone', 'phone', 'phone']);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
  });

  it('finds international phone numbers and +31 (0) forms', () => {
    expect(kinds('Bel +31 (0)20 123 4567 of +44 20 7946 0958.')).toEqual(['phone:+31 (0)20 123 4567', 'phone:+44 20 7946 0958']);
  });

  it('takes an IBAN up to its country length, so a BIC or words after it do not hide it', () => {
    expect(kinds('Betaal aan nl91abna0417164300 ABNANL2A of NL91.ABNA.0417.1643.00 vandaag.')).toEqual(['iban:nl91abna0417164300', 'iban:NL91.ABNA.0417.1643.00']);
  });

  it('finds an 8-digit BSN (leading zero lost) only where it is introduced as a BSN', () => {
    expect(isValidBsn('87654325')).toBe(true);
    expect(kinds('BSN 87654325')).toEqual(['bsn:87654325']);
    expect(kinds('KvK 87654325')).toEqual([]);
  });

  it('finds postcodes, dates of birth, licence plates and IP addresses', () => {
    expect(kinds('Adres 1234 AB 12, geboren 3-4-1999, auto 12-ABC-3, vanaf 145.97.12.34 en 2001:db8::1.')).toEqual([
      'postcode:1234 AB 12',
      'dateOfBirth:3-4-1999',
      'licencePlate:12-ABC-3',
      'ipAddress:145.97.12.34',
      'ipAddress:2001:db8::1',
    ]);
    expect(kinds('Op 3-4-2026 om 14:30 in B2.14: 1024 MB, versie 10.2.3.4, CVE-2024-3094, in 2024 IT-beheer.')).toEqual([]);
  });

  it('finds directory names with initials, prefixes written short, "Surname, Given" and titles; mailboxes are not names', () => {
    const peopleNames = ['Johanna van der Meer', 'Anna de Vries', 'Servicedesk', 'Beveiliging', 'ICT Servicedesk'];
    expect(kinds('J. vd Meer, J.P. van der Meer, Vries, Anna de, mevrouw De Vries en dhr. Jansen.', { peopleNames })).toEqual([
      'personName:J. vd Meer',
      'personName:J.P. van der Meer',
      'personName:Vries, Anna de',
      'personName:De Vries',
      'personName:Jansen',
    ]);
    expect(kinds('De Servicedesk belde Beveiliging; de ICT Servicedesk sloot het ticket.', { peopleNames })).toEqual([]);
  });

  it('matches student and staff number patterns case-insensitively and says what it checked', () => {
    const scan = scanPersonalData('Student S1234567 meldde het.', { studentNumberPattern: '\\bs\\d{7}\\b' });
    expect(scan.hits.map((hit) => `${hit.kind}:${hit.text}`)).toEqual(['studentNumber:S1234567']);
    expect(scan.checked).toContain('studentNumber');
    expect(scan.checked).not.toContain('staffNumber');
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

  it('labels every kind in both languages', () => {
    const text = 'Postcode 1234 AB, geboren 3-4-1999.';
    const hits = detectPersonalData(text);
    expect(redactText(text, hits, 'nl')).toBe('Postcode [postcode verwijderd], geboren [geboortedatum verwijderd].');
    expect(redactText('Car 12-ABC-3 from 145.97.12.34.', detectPersonalData('Car 12-ABC-3 from 145.97.12.34.'), 'en')).toBe('Car [licence plate removed] from [IP address removed].');
    for (const kind of PERSONAL_DATA_KINDS) for (const language of ['nl', 'en'] as const) expect(redactionPlaceholder(kind, language)).toMatch(/^\[.+\]$/);
  });

  it('leaves the text alone when a hit no longer matches it (stale offsets)', () => {
    expect(redactHit('anders', { kind: 'email', start: 0, end: 3, text: 'a@b' }, 'nl')).toBe('anders');
  });
});
