import { isGraphError, type ListClient, type ListItem } from '../../../src/graph';
import { BREACH_REGISTER_SELECT, breachRegisterSubmissionId, toBreachRegisterFields } from '../../../src/lists/breachRegisterMapping';
import { INCIDENT_CASE_SELECT, readIncidentCases, type IncidentCase } from '../../../src/lists/incidentCaseMapping';
import { breachRegisterList, incidentCasesList } from '../../../src/lists/schemas';
import { hasExpired, type RetentionRule } from './retentionRules';

/** What retention did to one list (or, in a dry run, would do). */
export interface RetentionOutcome {
  readonly list: string;
  readonly items: number;
  readonly expired: number;
  readonly removed: number;
  readonly registerEntries: number;
  /** Expired items left in place, with why: nothing is removed that was not understood. */
  readonly keptWithReason: readonly string[];
}

/** A case whose removal needs a register entry first: any case with personal data or a breach record (art. 33(5): every breach, notified or not). */
function needsRegisterEntry(incident: IncidentCase): boolean {
  return incident.personalDataInvolved || incident.breach !== undefined || incident.breachAwareOn !== undefined;
}

/** The register entry of a case: its breach record only, never its free text. */
function registerEntryOf(incident: IncidentCase): Parameters<typeof toBreachRegisterFields>[0] {
  const aware = incident.breachAwareOn ?? incident.discoveredOn;
  return {
    submissionId: breachRegisterSubmissionId(incident.submissionId),
    // The case title may name people; the register's title is the date only.
    title: `Datalek ${aware?.slice(0, 10) ?? 'datum onbekend'}`,
    caseId: incident.submissionId,
    ...(incident.breachAwareOn === undefined ? {} : { breachAwareOn: incident.breachAwareOn }),
    breach: incident.breach ?? { types: [] },
  };
}

/**
 * Removes the items of one list that passed their rule, each with If-Match so that an
 * item changed since it was read stays (it is no longer expired). Incident cases with
 * personal data first get their minimal register entry in BreachRegister; a case that
 * cannot be read (malformed) is kept and named.
 */
export async function applyRetentionRule(lists: ListClient, rule: RetentionRule, now: Date, dryRun: boolean): Promise<RetentionOutcome> {
  const isCases = rule.list === incidentCasesList.displayName;
  const items = await lists.listItems(rule.list, { select: isCases ? INCIDENT_CASE_SELECT : ['Title'] });
  const expired = items.filter((item) => hasExpired(item.lastModifiedDateTime, rule, now));
  const keptWithReason: string[] = [];
  let removable: readonly ListItem[] = expired;
  let registerEntries = 0;

  if (isCases && expired.length > 0) {
    const read = readIncidentCases(expired);
    for (const skipped of read.skipped) keptWithReason.push(`item ${skipped.itemId}: not removed, it could not be read (${skipped.reason})`);
    const readable = new Set(read.items.map((incident) => incident.id));
    removable = expired.filter((item) => readable.has(item.id));
    const registered = new Set(
      (await lists.listItems(breachRegisterList.displayName, { select: BREACH_REGISTER_SELECT })).flatMap((entry) => {
        const id = entry.fields['SubmissionId'];
        return typeof id === 'string' ? [id] : [];
      }),
    );
    for (const incident of read.items.filter(needsRegisterEntry)) {
      const entry = registerEntryOf(incident);
      if (registered.has(entry.submissionId)) continue;
      if (!dryRun) await lists.createItem(breachRegisterList.displayName, toBreachRegisterFields(entry));
      registerEntries += 1;
    }
  }

  let removed = 0;
  for (const item of removable) {
    if (dryRun) {
      removed += 1;
      continue;
    }
    try {
      await lists.deleteItem(rule.list, item.id, item.eTag === undefined ? {} : { ifMatch: item.eTag });
      removed += 1;
    } catch (error: unknown) {
      if (isGraphError(error) && error.kind === 'notFound') continue;
      if (isGraphError(error) && error.kind === 'preconditionFailed') {
        keptWithReason.push(`item ${item.id}: not removed, it changed while retention ran`);
        continue;
      }
      throw error;
    }
  }
  return { list: rule.list, items: items.length, expired: expired.length, removed, registerEntries, keptWithReason };
}
