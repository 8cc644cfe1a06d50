import { isConsentMissing } from '../../../auth/isConsentMissing';
import { chainIdFor, createActivityNotifier, isGraphError, type ListClient } from '../../../graph';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { REMINDER_SELECT, toReminderFields } from '../../../lists/reminderMapping';
import { dueReminders, type DueReminder } from '../model/dueReminders';
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
  if (reminder.subject.kind === 'breach') return { activityType: 'breachClockReminder', templateParameters: { hours: String(reminder.subject.hours) } };
  const types = { earlyWarning: 'cyberEarlyWarningDue', notification: 'cyberNotificationDue', finalReport: 'cyberFinalReportDue' } as const;
  return { activityType: types[reminder.subject.step], templateParameters: {} };
}

/**
 * Who works on a case: whoever changed it after it was reported (the author of any version
 * but the first), but not the sender. The reporter is only told when they changed the
 * case themselves since (a privacy officer who entered a breach and decided on it); Graph
 * cannot list the members of the case team's SharePoint group.
 */
async function caseWorkers(lists: ListClient, list: string, incident: IncidentCase, userId: string): Promise<readonly string[]> {
  // Newest first: the last version is the report itself.
  const versions = await lists.itemVersions(list, incident.id, { fields: false });
  const ids = versions.slice(0, -1).map((version) => version.lastModifiedById).filter((id): id is string => id !== undefined && id !== '' && id !== userId);
  return [...new Set(ids)];
}

/** The keys of the reminders recorded so far; undefined when the user may not read them (no case team). */
async function recordedKeys(lists: ListClient, list: string): Promise<ReadonlySet<string> | undefined> {
  try {
    const items = await lists.listItems(list, { select: REMINDER_SELECT });
    return new Set(items.map((item) => String(item.fields['SubmissionId'])));
  } catch (error: unknown) {
    if (isGraphError(error) && (error.kind === 'forbidden' || error.kind === 'notFound')) return undefined;
    throw error;
  }
}

/**
 * Sends the reminders of the legal clocks that are due (issue 16, item 6; decision 21).
 * There is no server, so the app of whichever case-team member opens incident learning
 * does it. For every due reminder not recorded yet it first creates the reminder's item in
 * the Reminders list, whose key is unique: the one create that succeeds sends it, a device
 * that lost the race gets 409 and sends nothing. A reminder with nobody to tell is not
 * recorded, so a colleague who opens the app later still tells the one who worked on the
 * case; one Graph delivered to nobody (no consent for TeamsActivity.Send) loses its record
 * again. Tokens are only taken silently: opening the app never opens a consent window for
 * this. A user who sees no case but their own reports (no case team) sends nothing.
 */
export async function sendDueReminders(cases: readonly IncidentCase[], sending: ReminderSending): Promise<ReminderRound> {
  const { lists, listNames, feed, userId, now } = sending;
  const round = { sent: [] as string[], alreadySent: [] as string[], nobodyElse: [] as string[], notDelivered: [] as string[] };
  const stored = cases.filter((incident) => sending.pendingIds?.has(incident.submissionId) !== true);
  if (!stored.some((incident) => incident.authorId !== undefined && incident.authorId !== userId)) return round;
  const due = dueReminders(stored, now);
  if (due.length === 0) return round;
  const recorded = await recordedKeys(lists, listNames.reminders);
  if (recorded === undefined) return round;
  const byId = new Map(stored.map((incident) => [incident.submissionId, incident]));
  const notifier = createActivityNotifier(feed.graph, { interactive: false });
  for (const reminder of due) {
    const incident = byId.get(reminder.caseId);
    if (incident === undefined) continue;
    if (recorded.has(reminder.key)) {
      round.alreadySent.push(reminder.key);
      continue;
    }
    let recipients: readonly string[];
    try {
      recipients = await caseWorkers(lists, listNames.incidentCases, incident, userId);
    } catch {
      // One case's history out of reach (removed meanwhile) does not hold up the others.
      continue;
    }
    if (recipients.length === 0) {
      round.nobodyElse.push(reminder.key);
      continue;
    }
    let record: { readonly id: string };
    try {
      record = await lists.createItem(listNames.reminders, toReminderFields({ key: reminder.key, caseId: reminder.caseId }));
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
      await lists.deleteItem(listNames.reminders, record.id).catch(() => undefined);
      round.notDelivered.push(reminder.key);
      // Without the consent every further reminder would fail the same way.
      if (deliveries.some((delivery) => delivery.status === 'rejected' && isConsentMissing(delivery.reason))) break;
      continue;
    }
    round.sent.push(reminder.key);
  }
  return round;
}
