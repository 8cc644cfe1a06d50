import { useEffect, useRef } from 'react';
import type { ConfidentialReport } from '../../../lists/confidentialReportMapping';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import type { ListWithPending } from '../../../storage/outbox';
import type { IncidentLearningEnvironment } from './IncidentLearningEnvironment';
import { sendDueReminders, sendDueWhistleblowerReminders } from './sendDueReminders';

/** What the reminders are worked out from: the cases and reports as the page read them. */
export interface ReminderRecords {
  readonly cases: ListWithPending<IncidentCase>;
  readonly confidentialReports: ListWithPending<ConfidentialReport>;
}

/**
 * Sends the due reminders of the legal clocks once per page, when the records are first
 * read (issue 16, item 6): those of the cases (the case team's) and the Wbk ones of
 * confidential reports (the advisers'). Without the activity feed in the configuration it
 * does nothing; a failure leaves the reminders for the next opening (nothing was recorded
 * for a reminder that was not sent) and never disturbs the page.
 */
export function useDueReminders(environment: IncidentLearningEnvironment, records: ReminderRecords | undefined): void {
  const done = useRef(false);
  useEffect(() => {
    const feed = environment.activityFeed;
    if (feed === undefined || records === undefined || done.current) return;
    done.current = true;
    const now = (environment.now ?? (() => new Date()))();
    const common = { lists: environment.lists, feed, userId: environment.user.id, now };
    const warn = (error: unknown): void => console.warn('Reminders of the legal clocks were not sent; the next opening tries again.', error);
    sendDueReminders(records.cases.items, { ...common, listNames: environment.listNames, pendingIds: records.cases.pendingIds }).catch(warn);
    sendDueWhistleblowerReminders(records.confidentialReports.items, { ...common, listNames: environment.listNames, pendingIds: records.confidentialReports.pendingIds }).catch(warn);
  }, [environment, records]);
}
