import type { ConfidentialReport } from '../../../lists/confidentialReportMapping';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { breachRiskOf, isDecidedBreach } from './breachAssessment';
import { cyberIncidentClocks, type CyberStepId } from './cyberIncidentClocks';
import { whistleblowerClocks, type WhistleblowerStepId } from './whistleblowerClocks';

const HOUR_MS = 3_600_000;

/** Hours after awareness at which the case team is reminded of an unnotified breach (issue 16, item 6). */
export const BREACH_REMINDER_HOURS = [24, 48, 60] as const;

/**
 * How long before a Cyberbeveiligingswet step's deadline whoever owes it is reminded: half
 * of the early warning's 24 hours, a day before the 72-hour notification, a week before
 * the final report's month.
 */
export const CYBER_REMINDER_LEAD_HOURS: Readonly<Record<CyberStepId, number>> = { earlyWarning: 12, notification: 24, finalReport: 7 * 24 };

/**
 * How long before a Wbk deadline the confidential advisers are reminded: two days before
 * the week for acknowledging receipt ends, two weeks before the three months for feedback.
 */
export const WBK_REMINDER_LEAD_HOURS: Readonly<Record<WhistleblowerStepId, number>> = { acknowledgement: 48, feedback: 14 * 24 };

/** What a reminder is about: a breach clock threshold, a Cbw step or a Wbk step coming due. */
export type ReminderSubject =
  | { readonly kind: 'breach'; readonly hours: (typeof BREACH_REMINDER_HOURS)[number] }
  | { readonly kind: 'cyber'; readonly step: CyberStepId }
  | { readonly kind: 'wbk'; readonly step: WhistleblowerStepId };

/** One reminder that is due now. */
export interface DueReminder {
  /**
   * The same for every device and user (`breach:<case>:48h`, `cyber:<case>:notification`,
   * `wbk:<report>:acknowledgement`): SharePoint keeps it unique, so a reminder is sent once.
   */
  readonly key: string;
  /** The SubmissionId of the case, or of the confidential report, it is about. */
  readonly caseId: string;
  /** What the notification names it by (Teams shows it in the feed and in push notifications). */
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

/**
 * The Wbk reminders due for one report at `now`: each step not done once its deadline is
 * within its lead time (or has passed). Named by the date received, not by the report's
 * title: that is the reporter's own words and may identify them on a lock screen.
 */
export function dueWhistleblowerRemindersOf(report: Pick<ConfidentialReport, 'submissionId' | 'receivedOn' | 'acknowledgedOn' | 'feedbackOn'>, now: Date): readonly DueReminder[] {
  const clocks = whistleblowerClocks(report, now);
  if (clocks === undefined || report.receivedOn === undefined) return [];
  const title = `Wbk ${report.receivedOn.slice(0, 10)}`;
  return clocks
    .filter((clock) => clock.doneOn === undefined && clock.deadline.getTime() - now.getTime() <= WBK_REMINDER_LEAD_HOURS[clock.step] * HOUR_MS)
    .map((clock) => ({ key: `wbk:${report.submissionId}:${clock.step}`, caseId: report.submissionId, caseTitle: title, subject: { kind: 'wbk', step: clock.step }, deadline: clock.deadline }));
}
