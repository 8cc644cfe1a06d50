import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { breachRiskOf, isDecidedBreach } from './breachAssessment';
import { cyberIncidentClocks, type CyberStepId } from './cyberIncidentClocks';

const HOUR_MS = 3_600_000;

/** Hours after awareness at which the case team is reminded of an unnotified breach (issue 16, item 6). */
export const BREACH_REMINDER_HOURS = [24, 48, 60] as const;

/**
 * How long before a Cyberbeveiligingswet step's deadline whoever owes it is reminded: half
 * of the early warning's 24 hours, a day before the 72-hour notification, a week before
 * the final report's month.
 */
export const CYBER_REMINDER_LEAD_HOURS: Readonly<Record<CyberStepId, number>> = { earlyWarning: 12, notification: 24, finalReport: 7 * 24 };

/** What a reminder is about: a breach clock threshold, or a Cbw step coming due. */
export type ReminderSubject = { readonly kind: 'breach'; readonly hours: (typeof BREACH_REMINDER_HOURS)[number] } | { readonly kind: 'cyber'; readonly step: CyberStepId };

/** One reminder that is due now. */
export interface DueReminder {
  /**
   * The same for every device and user (`breach:<case>:48h`, `cyber:<case>:notification`):
   * SharePoint keeps it unique, so a reminder is sent once.
   */
  readonly key: string;
  readonly caseId: string;
  readonly caseTitle: string;
  readonly subject: ReminderSubject;
  /** The deadline the reminder is about. */
  readonly deadline: Date;
}

type ReminderFacts = Pick<IncidentCase, 'submissionId' | 'title' | 'status' | 'personalDataInvolved' | 'breachAwareOn' | 'breach' | 'cyberIncident'>;

/**
 * The reminders due for one case at `now`. An unnotified breach whose risk was not judged
 * unlikely (art. 33(1)) gets the latest threshold passed only: someone opening the app at
 * 50 hours is reminded of 48, not of 24 as well. A Cbw step not done gets one reminder
 * once its deadline is within its lead time (or has passed). A closed case gets none.
 */
export function dueRemindersOf(incident: ReminderFacts, now: Date): readonly DueReminder[] {
  if (incident.status === 'closed' || incident.status === 'draft') return [];
  const base = { caseId: incident.submissionId, caseTitle: incident.title };
  const reminders: DueReminder[] = [];
  const aware = incident.breachAwareOn === undefined ? Number.NaN : Date.parse(incident.breachAwareOn);
  if (isDecidedBreach(incident) && !Number.isNaN(aware) && incident.breach?.notifiedAuthorityOn === undefined && breachRiskOf(incident.breach) !== 'none') {
    const elapsedHours = (now.getTime() - aware) / HOUR_MS;
    const passed = BREACH_REMINDER_HOURS.filter((hours) => elapsedHours >= hours).at(-1);
    if (passed !== undefined) reminders.push({ ...base, key: `breach:${incident.submissionId}:${passed}h`, subject: { kind: 'breach', hours: passed }, deadline: new Date(aware + 72 * HOUR_MS) });
  }
  const cyber = incident.cyberIncident;
  if (cyber?.significant === true) {
    for (const clock of cyberIncidentClocks(cyber, now) ?? []) {
      if (clock.doneOn !== undefined) continue;
      if (clock.deadline.getTime() - now.getTime() > CYBER_REMINDER_LEAD_HOURS[clock.step] * HOUR_MS) continue;
      reminders.push({ ...base, key: `cyber:${incident.submissionId}:${clock.step}`, subject: { kind: 'cyber', step: clock.step }, deadline: clock.deadline });
    }
  }
  return reminders;
}

/** The reminders due over every case the user sees. */
export function dueReminders(cases: readonly ReminderFacts[], now: Date): readonly DueReminder[] {
  return cases.flatMap((incident) => dueRemindersOf(incident, now));
}
