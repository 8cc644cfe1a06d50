import type { PersonalDataHit, PersonalDataKind } from './detectPersonalData';

const PLACEHOLDERS: Readonly<Record<'nl' | 'en', Readonly<Record<PersonalDataKind, string>>>> = {
  nl: {
    email: '[e-mailadres verwijderd]',
    phone: '[telefoonnummer verwijderd]',
    iban: '[IBAN verwijderd]',
    bsn: '[BSN verwijderd]',
    studentNumber: '[studentnummer verwijderd]',
    staffNumber: '[personeelsnummer verwijderd]',
    personName: '[naam verwijderd]',
    postcode: '[postcode verwijderd]',
    dateOfBirth: '[geboortedatum verwijderd]',
    licencePlate: '[kenteken verwijderd]',
    ipAddress: '[IP-adres verwijderd]',
  },
  en: {
    email: '[e-mail address removed]',
    phone: '[phone number removed]',
    iban: '[IBAN removed]',
    bsn: '[BSN removed]',
    studentNumber: '[student number removed]',
    staffNumber: '[staff number removed]',
    personName: '[name removed]',
    postcode: '[postcode removed]',
    dateOfBirth: '[date of birth removed]',
    licencePlate: '[licence plate removed]',
    ipAddress: '[IP address removed]',
  },
};

/** The placeholder that replaces a hit of `kind`. */
export function redactionPlaceholder(kind: PersonalDataKind, language: 'nl' | 'en'): string {
  return PLACEHOLDERS[language][kind];
}

/**
 * Replaces one hit with its placeholder (one-click redaction). Offsets of later hits
 * shift: callers scan the new text again rather than reuse old hits.
 */
export function redactHit(text: string, hit: PersonalDataHit, language: 'nl' | 'en'): string {
  if (text.slice(hit.start, hit.end) !== hit.text) return text;
  return text.slice(0, hit.start) + redactionPlaceholder(hit.kind, language) + text.slice(hit.end);
}

/** Replaces every hit (non-overlapping, as the detector returns them) with its placeholder. */
export function redactText(text: string, hits: readonly PersonalDataHit[], language: 'nl' | 'en'): string {
  // From the end, so earlier offsets stay valid.
  return [...hits].sort((a, b) => b.start - a.start).reduce((current, hit) => redactHit(current, hit, language), text);
}
