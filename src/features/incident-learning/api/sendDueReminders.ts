import { isConsentMissing } from '../../../auth/isConsentMissing';
import { chainIdFor, createActivityNotifier, isGraphError, type ListClient } from '../../../graph';
import type { ConfidentialReport } from '../../../lists/confidentialReportMapping';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { REMINDER_SELECT, toReminderFields } from '../../../lists/reminderMapping';
import { dueReminders, dueWhistleblowerRemindersOf, type DueReminder } from '../model/dueReminders';
import type { IncidentActivityFeed } from './IncidentLearningEnvironment';

/** What {@link sendDueReminders} needs. */
export interface ReminderSending {
  readonly lists: ListClient;
  readonly listNames: { readonly incidentCases: string; readonly reminders: string };
  readonly feed: IncidentActivityFeed;
  /** The signed-in user's object id: Teams cannot notify the sender, who is looking at the case anyway. */
  readonly userId: string;
  /** Cases still in this device's outbox: not in SharePoint yet, so they have no history to read. */
  readonly pendingIds?: ReadonlySet<string>;
  readonly now: Date;
}

/** What {@link sendDueWhistleblowerReminders} needs. */
export interface WhistleblowerReminderSending extends Omit<ReminderSending, 'listNames'> {
  readonly listNames: { readonly confidentialReports: string; readonly confidentialReminders: string };
}

/** How a round of reminders went, for the log and the tests. */
export interface ReminderRound {
  /** Reminders sent by this device (each to one or more people). */
  readonly sent: readonly string[];
  /** Due reminders that were sent already: recorded in Reminders, or recorded by another device meanwhile (409). */
  readonly alreadySent: readonly string[];
  /** Due reminders with nobody to tell: nobody but the signed-in user changed the case after it was reported. */
  readonly nobodyElse: readonly string[];
  /** Reminders Graph delivered to nobody; their record was removed, so a later opening tries again. */
  readonly notDelivered: readonly string[];
}

/** The activity type (manifest `activities.activityTypes`) and template parameters of a reminder. */
function activityOf(reminder: DueReminder): { readonly activityType: string; readonly templateParameters: Readonly<Record<string, string>> } {
  const { subject } = reminder;
  if (subject.kind === 'breach') return { activityType: 'breachClockReminder', templateParameters: { hours: String(subject.hours) } };
  if (subject.kind === 'wbk') return { activityType: subject.step === 'acknowledgement' ? 'wbkAcknowledgementDue' : 'wbkFeedbackDue', templateParameters: {} };
  const types = { earlyWarning: 'cyberEarlyWarningDue', notification: 'cyberNotificationDue', finalReport: 'cyberFinalReportDue' } as const;
  return { activityType: types[subject.step], templateParameters: {} };
}

/** The authors of every version of an item but the first (the report itself), newest first, without `userId`. */
async function laterAuthors(lists: ListClient, list: string, itemId: string, userId: string): Promise<readonly string[]> {
  // Newest first: the last version is the report itself.
  const versions = await lists.itemVersions(list, itemId, { fields: false });
  const ids = versions.slice(0, -1).map((version) => version.lastModifiedById).filter((id): id is string => id !== undefined && id !== '' && id !== userId);
  return [...new Set(ids)];
}

/** The keys of the reminders recorded so far; undefined when the user may not read them (not in the group that sends them). */
async function recordedKeys(lists: ListClient, list: string): Promise<ReadonlySet<string> | undefined> {
  try {
    const items = await lists.listItems(list, { select: REMINDER_SELECT });
    return new Set(items.map((item) => String(item.fields['SubmissionId'])));
  } catch (error: unknown) {
    if (isGraphError(error) && (error.kind === 'forbidden' || error.kind === 'notFound')) return undefined;
    throw error;
  }
}

/** One round of reminders of one kind: where they are recorded and who is told. */
interface ReminderRun {
  readonly lists: ListClient;
  readonly feed: IncidentActivityFeed;
  /** The list whose unique SubmissionId records each reminder once. */
  readonly recordList: string;
  /** Whom to tell of a reminder, never the sender; empty when nobody else handles it. */
  readonly recipientsOf: (reminder: DueReminder) => Promise<readonly string[]>;
}

/**
 * Sends each due reminder not recorded yet (decision 21). It first creates the reminder's
 * item in the record list, whose key is unique: the one create that succeeds sends it, a
 * device that lost the race gets 409 and sends nothing. A reminder with nobody to tell is
 * not recorded, so a colleague who opens the app later still tells the one who handles
 * it; one Graph delivered to nobody (no consent for TeamsActivity.Send) loses its record
 * again. Tokens are only taken silently: opening the app never opens a consent window.
 */
async function sendOnce(due: readonly DueReminder[], run: ReminderRun): Promise<ReminderRound> {
  const round = { sent: [] as string[], alreadySent: [] as string[], nobodyElse: [] as string[], notDelivered: [] as string[] };
  if (due.length === 0) return round;
  const { lists, feed, recordList } = run;
  const recorded = await recordedKeys(lists, recordList);
  if (recorded === undefined) return round;
  const notifier = createActivityNotifier(feed.graph, { interactive: false });
  for (const reminder of due) {
    if (recorded.has(reminder.key)) {
      round.alreadySent.push(reminder.key);
      continue;
    }
    let recipients: readonly string[];
    try {
      recipients = await run.recipientsOf(reminder);
    } catch {
      // One item's history out of reach (removed meanwhile) does not hold up the others.
      continue;
    }
    if (recipients.length === 0) {
      round.nobodyElse.push(reminder.key);
      continue;
    }
    let record: { readonly id: string };
    try {
      record = await lists.createItem(recordList, toReminderFields({ key: reminder.key, caseId: reminder.caseId }));
    } catch (error: unknown) {
      if (isGraphError(error) && error.kind === 'conflict') {
        round.alreadySent.push(reminder.key);
        continue;
      }
      throw error;
    }
    const { activityType, templateParameters } = activityOf(reminder);
    const deliveries = await Promise.allSettled(
      recipients.map((recipient) =>
        notifier.notify(recipient, {
          activityType,
          templateParameters,
          topic: reminder.caseTitle,
          deepLink: feed.caseLink(reminder.caseId, reminder.caseTitle),
          previewText: reminder.caseTitle,
          chainId: chainIdFor(reminder.key),
        }),
      ),
    );
    if (deliveries.every((delivery) => delivery.status === 'rejected')) {
      // Told nobody (no consent for TeamsActivity.Send, Graph down): the record goes, so the
      // next opening, or a colleague whose organisation consented, sends it after all.
      await lists.deleteItem(recordList, record.id).catch(() => undefined);
      round.notDelivered.push(reminder.key);
      // Without the consent every further reminder would fail the same way.
      if (deliveries.some((delivery) => delivery.status === 'rejected' && isConsentMissing(delivery.reason))) break;
      continue;
    }
    round.sent.push(reminder.key);
  }
  return round;
}

/**
 * Sends the reminders of the legal clocks of cases that are due (issue 16, item 6). There
 * is no server, so the app of whichever case-team member opens incident learning does it,
 * recording each in the Reminders list. Recipients are whoever changed the case after it
 * was reported (the author of any version but the first), not the sender: the reporter
 * is only told when they changed the case themselves since, and Graph cannot list the
 * members of the case team's SharePoint group. A user who sees no case but their own
 * reports (no case team) sends nothing.
 */
export async function sendDueReminders(cases: readonly IncidentCase[], sending: ReminderSending): Promise<ReminderRound> {
  const { lists, listNames, userId } = sending;
  const stored = cases.filter((incident) => sending.pendingIds?.has(incident.submissionId) !== true);
  if (!stored.some((incident) => incident.authorId !== undefined && incident.authorId !== userId)) return emptyRound();
  const byId = new Map(stored.map((incident) => [incident.submissionId, incident]));
  return sendOnce(dueReminders(stored, sending.now), {
    lists,
    feed: sending.feed,
    recordList: listNames.reminders,
    recipientsOf: async (reminder) => {
      const incident = byId.get(reminder.caseId);
      return incident === undefined ? [] : laterAuthors(lists, listNames.incidentCases, incident.id, userId);
    },
  });
}

/**
 * Sends the Wbk reminders due for reports of a suspected wrongdoing (issue 16, items 4 and
 * 6), from the app of whichever confidential adviser opens incident learning, recorded in
 * ConfidentialReminders (advisers only, so the case team never learns a report exists).
 * Recipients are the other advisers the app can tell apart: whoever changed this report
 * after it was received, and whoever last changed any other report (the reporter cannot
 * change a report, so that is an adviser). A reporter, who sees only their own report,
 * sends nothing.
 */
export async function sendDueWhistleblowerReminders(reports: readonly ConfidentialReport[], sending: WhistleblowerReminderSending): Promise<ReminderRound> {
  const { lists, listNames, userId } = sending;
  const stored = reports.filter((report) => sending.pendingIds?.has(report.submissionId) !== true);
  if (!stored.some((report) => report.authorId !== undefined && report.authorId !== userId)) return emptyRound();
  const byId = new Map(stored.map((report) => [report.submissionId, report]));
  const handlers = stored.flatMap((report) => (report.lastModifiedById !== undefined && report.lastModifiedById !== report.authorId && report.lastModifiedById !== userId ? [report.lastModifiedById] : []));
  return sendOnce(
    stored.flatMap((report) => dueWhistleblowerRemindersOf(report, sending.now)),
    {
      lists,
      feed: sending.feed,
      recordList: listNames.confidentialReminders,
      recipientsOf: async (reminder) => {
        const report = byId.get(reminder.caseId);
        const ofThisReport = report === undefined ? [] : await laterAuthors(lists, listNames.confidentialReports, report.id, userId);
        return [...new Set([...ofThisReport, ...handlers])];
      },
    },
  );
}

function emptyRound(): ReminderRound {
  return { sent: [], alreadySent: [], nobodyElse: [], notDelivered: [] };
}
