import { useCallback, useEffect, useState } from 'react';
import { IMPROVEMENT_ACTION_SELECT, readImprovementActions, type ImprovementAction } from '../../../lists/improvementActionMapping';
import { INCIDENT_CASE_SELECT, readIncidentCases, type IncidentCase } from '../../../lists/incidentCaseMapping';
import { LESSON_SELECT, readLessons, type Lesson } from '../../../lists/lessonMapping';
import { BREACH_REGISTER_SELECT, readBreachRegister, type BreachRegisterEntry } from '../../../lists/breachRegisterMapping';
import { CONFIDENTIAL_REPORT_SELECT, readConfidentialReports, type ConfidentialReport } from '../../../lists/confidentialReportMapping';
import { readListWithPending, type ListWithPending } from '../../../storage/outbox';
import type { IncidentLearningEnvironment } from './IncidentLearningEnvironment';

/** Cases, actions and lessons as the screens show them (pending submissions included). */
export interface IncidentRecords {
  readonly cases: ListWithPending<IncidentCase>;
  readonly actions: ListWithPending<ImprovementAction>;
  readonly lessons: ListWithPending<Lesson>;
  /** Register entries kept for cases retention removed (case team only; empty for everyone else). */
  readonly breachRegister: readonly BreachRegisterEntry[];
  /** Reports of a suspected wrongdoing: all of them for a confidential adviser, one's own for a reporter, none for anyone else. */
  readonly confidentialReports: ListWithPending<ConfidentialReport>;
}

/** Loading state of {@link useIncidentRecords}. */
export type IncidentRecordsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly records: IncidentRecords }
  | { readonly status: 'error'; readonly kind: string };

const EMPTY: ListWithPending<never> = { items: [], pendingIds: new Set(), skipped: 0 };

async function readOrEmpty<T>(read: () => Promise<ListWithPending<T>>, emptyWhen: readonly string[] = ['forbidden']): Promise<ListWithPending<T>> {
  try {
    return await read();
  } catch (error: unknown) {
    // A user who may not read a list (IncidentCases is restricted) still sees the others.
    if (emptyWhen.includes(String((error as { kind?: unknown }).kind))) return EMPTY;
    throw error;
  }
}

function bothLessonLists(open: ListWithPending<Lesson>, restricted: ListWithPending<Lesson>): ListWithPending<Lesson> {
  return { items: [...open.items, ...restricted.items], pendingIds: new Set([...open.pendingIds, ...restricted.pendingIds]), skipped: open.skipped + restricted.skipped };
}

/** Loads the lists (re-read after each submit and whenever the outbox empties). */
export function useIncidentRecords(environment: IncidentLearningEnvironment): { readonly state: IncidentRecordsState; readonly reload: () => void } {
  const { lists, outbox, listNames } = environment;
  const [state, setState] = useState<IncidentRecordsState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const [cases, actions, lessons, restrictedLessons, breachRegister, confidentialReports] = await Promise.all([
          readOrEmpty(() => readListWithPending({ lists, outbox, list: listNames.incidentCases, select: INCIDENT_CASE_SELECT, read: readIncidentCases, submissionIdOf: (item) => item.submissionId })),
          readOrEmpty(() => readListWithPending({ lists, outbox, list: listNames.actions, select: IMPROVEMENT_ACTION_SELECT, read: readImprovementActions, submissionIdOf: (item) => item.submissionId })),
          readOrEmpty(() => readListWithPending({ lists, outbox, list: listNames.lessons, select: LESSON_SELECT, read: readLessons, submissionIdOf: (item) => item.submissionId })),
          // Only the case team may read TLP:RED and AMBER+STRICT lessons; for everyone else SharePoint refuses the list.
          readOrEmpty(() => readListWithPending({ lists, outbox, list: listNames.restrictedLessons, select: LESSON_SELECT, read: readLessons, submissionIdOf: (item) => item.submissionId })),
          // Only the case team may read the register; it is written by retention, never from the outbox.
          // A site provisioned before the register existed has no such list (404) until `npm run provision` runs again.
          readOrEmpty(() => readListWithPending({ lists, outbox, list: listNames.breachRegister, select: BREACH_REGISTER_SELECT, read: readBreachRegister, submissionIdOf: (item) => item.submissionId }), ['forbidden', 'notFound']),
          readOrEmpty(
            () => readListWithPending({ lists, outbox, list: listNames.confidentialReports, select: CONFIDENTIAL_REPORT_SELECT, read: readConfidentialReports, submissionIdOf: (item) => item.submissionId }),
            ['forbidden', 'notFound'],
          ),
        ]);
        if (!cancelled) setState({ status: 'ready', records: { cases, actions, lessons: bothLessonLists(lessons, restrictedLessons), breachRegister: breachRegister.items, confidentialReports } });
      } catch (error: unknown) {
        const kind = typeof (error as { kind?: unknown }).kind === 'string' ? String((error as { kind: string }).kind) : 'unknown';
        if (!cancelled) setState({ status: 'error', kind });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [lists, outbox, listNames, generation]);

  // When the outbox has delivered, the stored items replace the pending copies.
  useEffect(() => {
    let previous = outbox.status().pending;
    return outbox.subscribe((status) => {
      if (previous > 0 && status.pending === 0) reload();
      previous = status.pending;
    });
  }, [outbox, reload]);

  return { state, reload };
}
