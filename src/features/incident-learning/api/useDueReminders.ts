import { useEffect, useRef } from 'react';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import type { IncidentLearningEnvironment } from './IncidentLearningEnvironment';
import { sendDueReminders } from './sendDueReminders';

/**
 * Sends the due reminders of the legal clocks once per page, when the cases are first
 * read (issue 16, item 6). Without the activity feed in the configuration it does
 * nothing; a failure leaves the reminders for the next opening (nothing was recorded for
 * a reminder that was not sent) and never disturbs the page.
 */
export function useDueReminders(environment: IncidentLearningEnvironment, cases: { readonly items: readonly IncidentCase[]; readonly pendingIds: ReadonlySet<string> } | undefined): void {
  const done = useRef(false);
  useEffect(() => {
    const feed = environment.activityFeed;
    if (feed === undefined || cases === undefined || done.current) return;
    done.current = true;
    const now = (environment.now ?? (() => new Date()))();
    sendDueReminders(cases.items, { lists: environment.lists, listNames: environment.listNames, feed, userId: environment.user.id, pendingIds: cases.pendingIds, now }).catch((error: unknown) => {
      console.warn('Reminders of the legal clocks were not sent; the next opening tries again.', error);
    });
  }, [environment, cases]);
}
