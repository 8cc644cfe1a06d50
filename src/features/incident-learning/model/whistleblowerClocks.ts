import type { ConfidentialReport } from '../../../lists/confidentialReportMapping';
import { addInAmsterdam } from './amsterdamCalendar';

/** The two steps the Wet bescherming klokkenluiders asks of whoever receives a report (Directive 2019/1937 art. 9(1)(b) and (f)). */
export const WHISTLEBLOWER_STEP_IDS = ['acknowledgement', 'feedback'] as const;
export type WhistleblowerStepId = (typeof WHISTLEBLOWER_STEP_IDS)[number];

/** One step's deadline and whether it is done. */
export interface WhistleblowerStepClock {
  readonly step: WhistleblowerStepId;
  readonly deadline: Date;
  readonly doneOn: string | undefined;
  readonly overdue: boolean;
}

/**
 * The Wbk deadlines of a report: the acknowledgement of receipt within seven days of
 * receiving it, and feedback on the follow-up within three months of that acknowledgement
 * or, when none was sent, of the end of the seven days. Calendar days and months in
 * Amsterdam time, as the law counts them.
 */
export function whistleblowerClocks(report: Pick<ConfidentialReport, 'receivedOn' | 'acknowledgedOn' | 'feedbackOn'>, now: Date): readonly WhistleblowerStepClock[] | undefined {
  if (report.receivedOn === undefined) return undefined;
  const received = new Date(report.receivedOn);
  if (Number.isNaN(received.getTime())) return undefined;
  const acknowledgementDeadline = addInAmsterdam(received, { days: 7 });
  const acknowledged = report.acknowledgedOn === undefined ? undefined : new Date(report.acknowledgedOn);
  const feedbackFrom = acknowledged !== undefined && !Number.isNaN(acknowledged.getTime()) ? acknowledged : acknowledgementDeadline;
  const steps: ReadonlyArray<readonly [WhistleblowerStepId, Date, string | undefined]> = [
    ['acknowledgement', acknowledgementDeadline, report.acknowledgedOn],
    ['feedback', addInAmsterdam(feedbackFrom, { months: 3 }), report.feedbackOn],
  ];
  return steps.map(([step, deadline, doneOn]) => ({ step, deadline, doneOn, overdue: doneOn === undefined && now.getTime() > deadline.getTime() }));
}

