import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { dueReminders, dueRemindersOf, dueWhistleblowerRemindersOf } from './dueReminders';

type Facts = Parameters<typeof dueRemindersOf>[0];
const AWARE = '2026-11-02T08:00:00Z';
const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000);
const breachCase = (more: Partial<Facts> = {}, breach: Partial<NonNullable<IncidentCase['breach']>> = {}): Facts => ({
  submissionId: 'c1',
  title: 'Lijst met cijfers gemaild',
  status: 'inProgress',
  personalDataInvolved: true,
  breachAwareOn: AWARE,
  breach: { decision: 'breach', types: ['confidentiality'], ...breach },
  ...more,
});
const keysAt = (facts: Facts, hours: number) => dueRemindersOf(facts, hoursAfter(AWARE, hours)).map((reminder) => reminder.key);

describe('reminders of the AVG breach clock', () => {
  it('reminds at 24, 48 and 60 hours after awareness, each time of the latest threshold only, and keeps reminding of 60 once overdue', () => {
    expect(keysAt(breachCase(), 23.99)).toEqual([]);
    expect(keysAt(breachCase(), 24)).toEqual(['breach:c1:24h']);
    expect(keysAt(breachCase(), 50)).toEqual(['breach:c1:48h']);
    expect(keysAt(breachCase(), 61)).toEqual(['breach:c1:60h']);
    expect(keysAt(breachCase(), 100)).toEqual(['breach:c1:60h']);
    expect(dueRemindersOf(breachCase(), hoursAfter(AWARE, 30))[0]?.deadline.toISOString()).toBe('2026-11-05T08:00:00.000Z');
  });

  it('stays silent once the AP was notified, when the risk was judged none, before the verdict, for no breach, and for a closed case', () => {
    expect(keysAt(breachCase({}, { notifiedAuthorityOn: '2026-11-03T09:00:00Z' }), 50)).toEqual([]);
    expect(keysAt(breachCase({}, { risk: 'none' }), 50)).toEqual([]);
    // A risk not yet assessed may still need notifying: reminded.
    expect(keysAt(breachCase({}, { risk: 'risk' }), 50)).toEqual(['breach:c1:48h']);
    expect(keysAt({ submissionId: 'c1', title: 'Vraag', status: 'open', personalDataInvolved: true }, 50)).toEqual([]);
    expect(keysAt(breachCase({}, { decision: 'noBreach' }), 50)).toEqual([]);
    expect(keysAt(breachCase({ status: 'closed' }), 50)).toEqual([]);
  });
});

describe('reminders of the Cyberbeveiligingswet steps', () => {
  const cyber = (done: { earlyWarningOn?: string; notificationOn?: string; finalReportOn?: string } = {}): Facts => ({
    submissionId: 'c2',
    title: 'Ransomware op de fileserver',
    status: 'inProgress',
    personalDataInvolved: false,
    cyberIncident: { significant: true, awareOn: AWARE, ...done },
  });
  const keys = (facts: Facts, now: Date) => dueRemindersOf(facts, now).map((reminder) => reminder.key);

  it('reminds of each step not done once its deadline is within its lead time: early warning 12 h, notification 24 h, final report a week', () => {
    expect(keys(cyber(), hoursAfter(AWARE, 11.9))).toEqual([]);
    expect(keys(cyber(), hoursAfter(AWARE, 12))).toEqual(['cyber:c2:earlyWarning']);
    expect(keys(cyber({ earlyWarningOn: '2026-11-02T15:00:00Z' }), hoursAfter(AWARE, 47.9))).toEqual([]);
    expect(keys(cyber({ earlyWarningOn: '2026-11-02T15:00:00Z' }), hoursAfter(AWARE, 48))).toEqual(['cyber:c2:notification']);
    // Notified on 4 November 10:00 (Amsterdam 11:00): the final report is due on 4 December, reminded from 27 November.
    const notified = cyber({ earlyWarningOn: '2026-11-02T15:00:00Z', notificationOn: '2026-11-04T10:00:00Z' });
    expect(keys(notified, new Date('2026-11-27T09:59:00Z'))).toEqual([]);
    expect(keys(notified, new Date('2026-11-27T10:00:00Z'))).toEqual(['cyber:c2:finalReport']);
    expect(keys(cyber({ earlyWarningOn: '2026-11-02T15:00:00Z', notificationOn: '2026-11-04T10:00:00Z', finalReportOn: '2026-11-20T10:00:00Z' }), new Date('2026-12-10T10:00:00Z'))).toEqual([]);
  });

  it('reminds of nothing for an incident the case team did not mark significant', () => {
    expect(keys({ ...cyber(), cyberIncident: { significant: false, awareOn: AWARE } }, hoursAfter(AWARE, 30))).toEqual([]);
  });
});

describe('dueReminders', () => {
  it('collects the reminders of every case, each key once', () => {
    const reminders = dueReminders([breachCase(), breachCase({ submissionId: 'c3' }), breachCase({ submissionId: 'c4', status: 'closed' })], hoursAfter(AWARE, 25));
    expect(reminders.map((reminder) => reminder.key)).toEqual(['breach:c1:24h', 'breach:c3:24h']);
  });
});

describe('reminders of the Wbk deadlines', () => {
  // Received on a Friday evening in winter (CET); seven calendar days in Amsterdam end on the next Friday 18:30 local.
  const RECEIVED = '2026-11-20T17:30:00Z';
  const report = { submissionId: 'r1', receivedOn: RECEIVED };
  const keysAt = (facts: Parameters<typeof dueWhistleblowerRemindersOf>[0], at: Date) => dueWhistleblowerRemindersOf(facts, at).map((reminder) => reminder.key);

  it('reminds of the acknowledgement from two days before its seventh day, and not once it is given', () => {
    expect(keysAt(report, new Date('2026-11-25T17:29:00Z'))).toEqual([]);
    expect(keysAt(report, new Date('2026-11-25T17:30:00Z'))).toEqual(['wbk:r1:acknowledgement']);
    expect(keysAt(report, new Date('2026-12-01T09:00:00Z'))).toEqual(['wbk:r1:acknowledgement']);
    expect(keysAt({ ...report, acknowledgedOn: '2026-11-23T09:00:00Z' }, new Date('2026-11-26T09:00:00Z'))).toEqual([]);
  });

  it('reminds of the feedback from two weeks before three months after the acknowledgement (DST in between), and not once it is given', () => {
    // Acknowledged 23 November 10:00 CET; three months on is 23 February 10:00 CET (09:00Z); two weeks before is 9 February.
    const acknowledged = { ...report, acknowledgedOn: '2026-11-23T09:00:00Z' };
    expect(keysAt(acknowledged, new Date('2027-02-09T08:59:00Z'))).toEqual([]);
    expect(keysAt(acknowledged, new Date('2027-02-09T09:00:00Z'))).toEqual(['wbk:r1:feedback']);
    expect(keysAt({ ...acknowledged, feedbackOn: '2027-02-01T09:00:00Z' }, new Date('2027-02-20T09:00:00Z'))).toEqual([]);
  });

  it('names the reminder by the date received, never by the reporter’s own title, and links it to the report', () => {
    const [reminder] = dueWhistleblowerRemindersOf({ ...report, title: 'Mijn leidinggevende sjoemelt' } as Parameters<typeof dueWhistleblowerRemindersOf>[0], new Date('2026-11-26T09:00:00Z'));
    expect(reminder).toMatchObject({ caseId: 'r1', caseTitle: 'Wbk 2026-11-20', subject: { kind: 'wbk', step: 'acknowledgement' } });
  });

  it('has nothing to remind of for a report SharePoint gave no receipt time (still in the outbox)', () => {
    expect(dueWhistleblowerRemindersOf({ submissionId: 'r2' }, new Date('2026-12-01T09:00:00Z'))).toEqual([]);
  });
});
