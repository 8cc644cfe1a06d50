import type { CyberIncidentRecord, IncidentCase } from '../../../lists/incidentCaseMapping';
import { isoToLocal, localToIso } from './localDateTime';
import type { FormCheck, FormProblem } from './incidentFormRules';

/** The Cyberbeveiligingswet part of the case editor: moments as `datetime-local` values in the device's time zone. */
export interface CyberIncidentEdit {
  readonly significant: boolean;
  readonly awareOn: string;
  readonly earlyWarningOn: string;
  readonly notificationOn: string;
  readonly finalReportOn: string;
}

const MOMENTS = ['awareOn', 'earlyWarningOn', 'notificationOn', 'finalReportOn'] as const;

/** The form's starting values for a case. */
export function cyberIncidentEditOf(incident: Pick<IncidentCase, 'cyberIncident'>): CyberIncidentEdit {
  const record = incident.cyberIncident;
  return {
    significant: record?.significant ?? false,
    awareOn: isoToLocal(record?.awareOn),
    earlyWarningOn: isoToLocal(record?.earlyWarningOn),
    notificationOn: isoToLocal(record?.notificationOn),
    finalReportOn: isoToLocal(record?.finalReportOn),
  };
}

/** The record as typed so far, for the deadlines shown while typing: moments that cannot be read yet are left out. */
export function cyberIncidentPreview(edit: CyberIncidentEdit): CyberIncidentRecord {
  const record: { -readonly [K in keyof CyberIncidentRecord]: CyberIncidentRecord[K] } = { significant: edit.significant };
  for (const name of MOMENTS) {
    const value = localToIso(edit[name]);
    if (value !== '' && !Number.isNaN(Date.parse(value))) record[name] = value;
  }
  return record;
}

/**
 * Checks the Cbw part: a significant incident needs the moment of awareness (its clocks
 * start there); no moment may be unreadable or in the future. Unmarking keeps the moments,
 * so marking again by mistake and back loses nothing.
 */
export function checkCyberIncidentEdit(edit: CyberIncidentEdit, now: Date): FormCheck<CyberIncidentRecord> {
  const problems: FormProblem[] = [];
  const record: { -readonly [K in keyof CyberIncidentRecord]: CyberIncidentRecord[K] } = { significant: edit.significant };
  for (const name of MOMENTS) {
    const value = localToIso(edit[name]);
    if (value === '') continue;
    const time = Date.parse(value);
    if (Number.isNaN(time)) problems.push({ path: `cyber.${name}`, code: 'invalid' });
    else if (time > now.getTime()) problems.push({ path: `cyber.${name}`, code: 'inFuture' });
    else record[name] = new Date(time).toISOString();
  }
  if (edit.significant && edit.awareOn.trim() === '') problems.push({ path: 'cyber.awareOn', code: 'cyberAwarenessRequired' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: record };
}
