/**
 * Kinds of personal data the guard looks for in free text, in the order the UI lists
 * them. `studentNumber` and `staffNumber` follow the institution's own patterns.
 */
export const PERSONAL_DATA_KINDS = [
  'email',
  'phone',
  'iban',
  'bsn',
  'studentNumber',
  'staffNumber',
  'personName',
  'postcode',
  'dateOfBirth',
  'licencePlate',
  'ipAddress',
] as const;

/** One kind of personal data the guard looks for. */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** One finding: where in the text (UTF-16 offsets, `end` exclusive) and what. */
export interface PersonalDataHit {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A finding before its text is cut from the original. */
export type PersonalDataSpan = Omit<PersonalDataHit, 'text'>;
