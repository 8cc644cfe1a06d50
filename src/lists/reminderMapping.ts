import type { GraphFields } from './graphFields';

/**
 * One reminder of a legal clock that went out (the Reminders list): its key is the item's
 * SubmissionId, unique in SharePoint, so only the first device to record it sends it.
 */
export interface ReminderRecord {
  /** `breach:<case>:48h`, `cyber:<case>:notification` (model/dueReminders). */
  readonly key: string;
  /** The SubmissionId of the case it is about. */
  readonly caseId: string;
}

/** Fields of a Reminders item, for whoever reads the list (an administrator's export, the tests). */
export const REMINDER_SELECT = ['Title', 'SubmissionId', 'CaseId'] as const;

/** The Graph `fields` of a Reminders item: the key doubles as its title, so the list reads plainly. */
export function toReminderFields(reminder: ReminderRecord): GraphFields {
  return { Title: reminder.key, SubmissionId: reminder.key, CaseId: reminder.caseId };
}
