import { isConsentMissing } from '../../../auth/isConsentMissing';
import { chainIdFor, createActivityNotifier, isGraphError, type ListClient } from '../../../graph';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { toReminderFields } from '../../../lists/reminderMapping';
import { dueReminders, type DueReminder } from '../model/dueReminders';
import type { IncidentActivityFeed } from './IncidentLearningEnvironment';

/** What {@link sendDueReminders} needs. */
export interface ReminderSending {
  readonly lists: ListClient;
  readonly listNames: { readonly incidentCases: string; readonly reminders: string };
  readonly feed: IncidentActivityFeed;
  /** The signed-in user's object id: Teams cannot notify the sender, and their own reports are not theirs to chase. */
  readonly userId: string;
  readonly now: Date;
}

/** How a round of reminders went, for the log and the tests. */
export interface ReminderRound {
  /** Reminders sent by this device (each to one or more people). */
  readonly sent: readonly string[];
  /** Due reminders another device or colleague had sent already (SharePoint answered 409). */
  readonly alreadySent: readonly string[];
  /** Due reminders with nobody to tell: only the signed-in user worked on the case. */
  readonly nobodyElse: readonly string[];
  /** Reminders Graph refused to deliver to anyone; their record was removed, so a later opening tries again. */
  readonly notDelivered: readonly string[];
}

/** The activity type (manifest `activities.activityTypes`) and template parameters of a reminder. */
function activityOf(reminder: DueReminder): { readonly activityType: string; readonly templateParameters: Readonly<Record<string, string>> } {
  if (reminder.subject.kind === 'breach') return { activityType: 'breachClockReminder', templateParameters: { hours: String(reminder.subject.hours) } };
  const types = { earlyWarning: 'cyberEarlyWarningDue', notification: 'cyberNotificationDue', finalReport: 'cyberFinalReportDue' } as const;
  return { activityType: types[reminder.subject.step], templateParameters: {} };
}

/**
 * The case team members who worked on a case: whoever made one of its versions, but not
 * its reporter (their report is what the case team acts on) and not the sender (Teams
 * cannot notify the sender, who is looking at the case anyway).
 */
async function caseWorkers(lists: ListClient, list: string, incident: IncidentCase, userId: string): Promise<readonly string[]> {
  const versions = await lists.itemVersions(list, incident.id, { fields: false });
  const ids = versions.map((version) => version.lastModifiedById).filter((id): id is string => id !== undefined && id !== '' && id !== incident.authorId && id !== userId);
  return [...new Set(ids)];
}

/**
 * Sends the reminders of the legal clocks that are due (issue 16, item 6). There is no
 * server, so the app of whichever case-team member opens it first does this; for every
 * due reminder it first creates the reminder's item in the Reminders list, whose key is
 * unique: the one create that succeeds sends it, every later one (another device, another
 * colleague) gets 409 and sends nothing. A reminder with nobody to tell is not recorded,
 * so a colleague who opens the app later still tells the one who worked on the case.
 * The user's own reports are skipped; a user who may not write Reminders (no case team)
 * stops the round at the first refusal. A reminder Graph delivered to nobody (no consent
 * for TeamsActivity.Send) loses its record again, so it is not lost for good. Notifications
 * carry the reminder's chain id: a send repeated after a lost answer replaces the first.
 */
export async function sendDueReminders(cases: readonly IncidentCase[], sending: ReminderSending): Promise<ReminderRound> {
  const { lists, listNames, feed, userId, now } = sending;
  const round = { sent: [] as string[], alreadySent: [] as string[], nobodyElse: [] as string[], notDelivered: [] as string[] };
  const handled = cases.filter((incident) => incident.authorId !== userId);
  const byId = new Map(handled.map((incident) => [incident.submissionId, incident]));
  const notifier = createActivityNotifier(feed.graph);
  for (const reminder of dueReminders(handled, now)) {
    const incident = byId.get(reminder.caseId);
    if (incident === undefined) continue;
    const recipients = await caseWorkers(lists, listNames.incidentCases, incident, userId);
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
