import { addInAmsterdam } from './amsterdamCalendar';

const HOUR_MS = 3_600_000;

/** The three steps the Cyberbeveiligingswet (the Dutch NIS2 law, art. 23 NIS2) asks after a significant incident, in order. */
export const CYBER_STEP_IDS = ['earlyWarning', 'notification', 'finalReport'] as const;
export type CyberStepId = (typeof CYBER_STEP_IDS)[number];

/** What the case team recorded about a significant incident. */
export interface CyberIncidentFacts {
  /** When the institution became aware of the significant incident: the clocks start here. */
  readonly awareOn?: string | undefined;
  readonly earlyWarningOn?: string | undefined;
  readonly notificationOn?: string | undefined;
  readonly finalReportOn?: string | undefined;
}

/** One step's deadline and whether it is done. */
export interface CyberStepClock {
  readonly step: CyberStepId;
  readonly deadline: Date;
  readonly doneOn: string | undefined;
  /** Not done and past its deadline. */
  readonly overdue: boolean;
}

/**
 * The Cbw deadlines of a significant incident (NIS2 art. 23(4)): an early warning within
 * 24 hours of becoming aware, the incident notification within 72 hours (elapsed time,
 * weekends included), and the final report within one month of the incident notification;
 * while there is none yet, the month counts from the notification's own deadline, the
 * latest it may come.
 */
export function cyberIncidentClocks(facts: CyberIncidentFacts, now: Date): readonly CyberStepClock[] | undefined {
  if (facts.awareOn === undefined) return undefined;
  const aware = new Date(facts.awareOn);
  if (Number.isNaN(aware.getTime())) return undefined;
  const notificationDeadline = new Date(aware.getTime() + 72 * HOUR_MS);
  const notifiedOn = facts.notificationOn === undefined ? undefined : new Date(facts.notificationOn);
  const deadlines: Record<CyberStepId, Date> = {
    earlyWarning: new Date(aware.getTime() + 24 * HOUR_MS),
    notification: notificationDeadline,
    finalReport: addInAmsterdam(notifiedOn !== undefined && !Number.isNaN(notifiedOn.getTime()) ? notifiedOn : notificationDeadline, { months: 1 }),
  };
  const doneOn: Record<CyberStepId, string | undefined> = { earlyWarning: facts.earlyWarningOn, notification: facts.notificationOn, finalReport: facts.finalReportOn };
  return CYBER_STEP_IDS.map((step) => ({ step, deadline: deadlines[step], doneOn: doneOn[step], overdue: doneOn[step] === undefined && now.getTime() > deadlines[step].getTime() }));
}
