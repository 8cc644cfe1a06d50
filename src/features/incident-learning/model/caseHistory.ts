import type { ListItemVersion } from '../../../graph';
import { CASE_STATUS_IDS, type CaseStatusId } from '../../../lists/incidentVocabulary';

/** The columns of a case the history names, with the message key of each one's label. */
const LABELS: ReadonlyArray<readonly [column: string, labelKey: string]> = [
  ['Title', 'incident.field.title'],
  ['Kind', 'incident.field.kind'],
  ['OccurredOn', 'incident.field.occurredOn'],
  ['DiscoveredOn', 'incident.field.discoveredOn'],
  ['Theme', 'incident.field.theme'],
  ['ProcessStep', 'incident.field.processStep'],
  ['Impact', 'incident.field.impact'],
  ['WhatHappened', 'incident.field.whatHappened'],
  ['TimelineJson', 'incident.field.timeline'],
  ['ContributingFactorsJson', 'incident.field.factors'],
  ['WentWell', 'incident.field.wentWell'],
  ['WentWrong', 'incident.field.wentWrong'],
  ['Lucky', 'incident.field.lucky'],
  ['LessonsText', 'incident.field.lessonsText'],
  ['PersonalDataInvolved', 'incident.field.personalDataInvolved'],
  ['BreachAwareOn', 'incident.field.breachAwareOn'],
  ['BreachJson', 'incident.breach.heading'],
  ['CyberIncidentJson', 'incident.cyber.heading'],
];

/** One change in a case's history: who, when, which parts, and a status move. */
export interface CaseHistoryEntry {
  readonly version: string;
  readonly at: string | undefined;
  readonly by: string | undefined;
  /** True for the first version: the report itself. */
  readonly reported: boolean;
  /** Message keys of the labels of the parts that changed (the status apart). */
  readonly changed: readonly string[];
  readonly status?: { readonly from: CaseStatusId | undefined; readonly to: CaseStatusId };
}

function statusOf(fields: Readonly<Record<string, unknown>> | undefined): CaseStatusId | undefined {
  const value = fields?.['CaseStatus'];
  return CASE_STATUS_IDS.find((id) => id === value);
}

/** Equal as stored: empty and missing are the same, JSON text compared as text. */
function same(a: unknown, b: unknown): boolean {
  const empty = (value: unknown) => value === undefined || value === null || value === '';
  return (empty(a) && empty(b)) || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A case's history from SharePoint's versions (newest first, as Graph lists them): per
 * version who changed it, when, which parts and how the status moved; newest first.
 * Values are not repeated here: the case shows the current ones, and earlier ones may
 * hold personal data that was removed on purpose.
 */
export function caseHistory(versions: readonly ListItemVersion[]): CaseHistoryEntry[] {
  const oldestFirst = [...versions].reverse();
  const entries = oldestFirst.map((version, index): CaseHistoryEntry => {
    const before = index === 0 ? undefined : oldestFirst[index - 1]?.fields;
    const after = version.fields;
    const from = statusOf(before);
    const to = statusOf(after);
    const moved = index > 0 && to !== undefined && to !== from;
    return {
      version: version.id,
      at: version.lastModifiedDateTime,
      by: version.lastModifiedByName,
      reported: index === 0,
      changed: index === 0 || after === undefined ? [] : LABELS.filter(([column]) => !same(before?.[column], after[column])).map(([, label]) => label),
      ...(moved ? { status: { from, to } } : {}),
    };
  });
  return entries.reverse();
}
