import { localToIso } from '../model/localDateTime';
import type { ProcessStepId, ThemeId } from '../../../lists/vocabulary';
import type { IncidentKindId } from '../../../lists/incidentVocabulary';
import type { IncidentCaseDraft } from '../../../lists/incidentCaseMapping';
import type { IncidentReport } from '../model/incidentFormRules';
import { optionalEntry } from '../../../lists/optionalEntry';

/** The report form as the user fills it in (strings as the inputs hold them); saved as a draft on every change. */
export interface ReportDraft {
  readonly submissionId: string;
  readonly kind: IncidentKindId;
  readonly title: string;
  readonly whatHappened: string;
  /** `datetime-local` value (the device's local time). */
  readonly occurredOn: string;
  readonly theme: ThemeId | '';
  readonly details: boolean;
  readonly discoveredOn: string;
  readonly processStep: ProcessStepId | '';
  readonly impact: '' | '1' | '2' | '3' | '4';
  readonly factors: string;
  readonly wentWell: string;
  readonly wentWrong: string;
  readonly lucky: string;
  readonly lessonsText: string;
  /** A question for the case team; whether it is a breach is their verdict (issue 16). */
  readonly personalDataInvolved: boolean;
  /** A report of a suspected wrongdoing (Wbk): it goes to the confidential advisers only. Integrity and social safety only. */
  readonly whistleblower: boolean;
}

/** An empty report with a fresh SubmissionId (kept across retries: one report, one item). */
export function emptyReportDraft(submissionId: string): ReportDraft {
  return {
    submissionId,
    kind: 'nearMiss',
    title: '',
    whatHappened: '',
    occurredOn: '',
    theme: '',
    details: false,
    discoveredOn: '',
    processStep: '',
    impact: '',
    factors: '',
    wentWell: '',
    wentWrong: '',
    lucky: '',
    lessonsText: '',
    personalDataInvolved: false,
    whistleblower: false,
  };
}

/** What the rules in model/incidentFormRules check. */
export function reportInput(draft: ReportDraft): Record<string, unknown> {
  return {
    kind: draft.kind,
    title: draft.title,
    whatHappened: draft.whatHappened,
    occurredOn: localToIso(draft.occurredOn),
    theme: draft.theme,
    discoveredOn: localToIso(draft.discoveredOn),
    processStep: draft.processStep,
    impact: draft.impact,
    factors: draft.factors.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
    wentWell: draft.wentWell,
    wentWrong: draft.wentWrong,
    lucky: draft.lucky,
    lessonsText: draft.lessonsText,
    personalDataInvolved: draft.personalDataInvolved,
  };
}

/** The case to store for a checked report. */
export function caseDraftOf(submissionId: string, report: IncidentReport, reporterUpn: string): IncidentCaseDraft {
  return {
    submissionId,
    title: report.title,
    kind: report.kind,
    ...optionalEntry('occurredOn', report.occurredOn),
    ...optionalEntry('discoveredOn', report.discoveredOn),
    ...optionalEntry('theme', report.theme),
    ...optionalEntry('processStep', report.processStep),
    ...(report.impact === undefined ? {} : { impact: report.impact as 1 | 2 | 3 | 4 }),
    whatHappened: report.whatHappened,
    timeline: report.timeline,
    contributingFactors: { whys: [], factors: report.factors },
    ...optionalEntry('wentWell', report.wentWell),
    ...optionalEntry('wentWrong', report.wentWrong),
    ...optionalEntry('lucky', report.lucky),
    ...optionalEntry('lessonsText', report.lessonsText),
    status: 'open',
    personalDataInvolved: report.personalDataInvolved,
    reporterUpn,
  };
}
