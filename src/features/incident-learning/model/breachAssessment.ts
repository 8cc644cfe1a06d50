import type { BreachRecord, IncidentCase } from '../../../lists/incidentCaseMapping';
import type { BreachDecisionId, BreachRiskId } from '../../../lists/incidentVocabulary';
import { breachNotificationDeadline } from './breachClock';

type BreachFacts = Pick<IncidentCase, 'personalDataInvolved' | 'breachAwareOn' | 'breach'>;

/**
 * The case team's verdict on a case (issue 16). A reporter's "personal data involved"
 * makes a case wait for a verdict (`undecided`); it starts no clock. Records of earlier
 * versions that have an awareness time were breaches by report and stay breaches.
 * Undefined: nothing suggests personal data.
 */
export function breachDecisionOf(incident: BreachFacts): BreachDecisionId | undefined {
  if (incident.breach?.decision !== undefined) return incident.breach.decision;
  if (incident.breachAwareOn !== undefined) return 'breach';
  return incident.personalDataInvolved ? 'undecided' : undefined;
}

/** Whether the case is a personal data breach: in the art. 33(5) register, with the 72-hour clock. */
export function isDecidedBreach(incident: BreachFacts): boolean {
  return breachDecisionOf(incident) === 'breach';
}

/** The assessed risk; earlier versions recorded only "high risk" as a yes/no. */
export function breachRiskOf(breach: BreachRecord | undefined): BreachRiskId | undefined {
  return breach?.risk ?? (breach?.highRiskToSubjects === true ? 'high' : undefined);
}

/** Art. 33(1): a breach is notified to the AP unless it is unlikely to result in a risk. */
export function notificationRequired(risk: BreachRiskId | undefined): boolean {
  return risk === 'risk' || risk === 'high';
}

/** Why a case cannot be closed yet; each is named at its field in the form. */
export type ClosingProblemCode =
  | 'breachUndecided'
  | 'registerElementRequired'
  | 'groundReasonRequired'
  | 'awarenessRequired'
  | 'riskRequired'
  | 'riskReasoningRequired'
  | 'notificationRequired'
  | 'delayReasonRequired'
  | 'subjectsInformedRequired';

/** One problem with closing, at the breach field it concerns (`breach.risk`, `breach.delayReason`, …). */
export interface ClosingProblem {
  readonly path: string;
  readonly code: ClosingProblemCode;
}

const blank = (value: string | undefined): boolean => value === undefined || value.trim() === '';

/**
 * Whether the (first) notification to the AP came later than 72 hours after awareness:
 * art. 33(1) then asks for the reasons for the delay. A verdict reached after the 72 hours
 * leads here too, since the notification cannot come before the verdict; supplements of a
 * phased notification (art. 33(4)) do not move this moment.
 */
export function notifiedLate(breach: BreachRecord | undefined, awareOn: string | undefined): boolean {
  if (awareOn === undefined || breach?.notifiedAuthorityOn === undefined || !notificationRequired(breachRiskOf(breach))) return false;
  return Date.parse(breach.notifiedAuthorityOn) > breachNotificationDeadline(new Date(awareOn)).getTime();
}

/**
 * What must be on record before a case with (possibly) personal data is closed: a verdict,
 * and for "no breach" why not; for a breach the awareness time, the facts, effects and
 * measures (art. 33(5)), the risk with its reasoning, the AP notification when there is a
 * risk, the reasons for a late notification, and for a high risk the data subjects
 * informed (art. 34) or the art. 34(3) ground for not informing them, explained.
 */
export function closingProblems(incident: BreachFacts): readonly ClosingProblem[] {
  const decision = breachDecisionOf(incident);
  const breach = incident.breach;
  if (decision === undefined) return [];
  if (decision === 'undecided') return [{ path: 'breach.decision', code: 'breachUndecided' }];
  if (decision === 'noBreach') return blank(breach?.riskReasoning) ? [{ path: 'breach.riskReasoning', code: 'riskReasoningRequired' }] : [];
  const risk = breachRiskOf(breach);
  const problems: ClosingProblem[] = [];
  if (incident.breachAwareOn === undefined) problems.push({ path: 'breach.awareOn', code: 'awarenessRequired' });
  for (const part of ['facts', 'effects', 'remedialAction'] as const) {
    if (blank(breach?.[part])) problems.push({ path: `breach.${part}`, code: 'registerElementRequired' });
  }
  if (risk === undefined) problems.push({ path: 'breach.risk', code: 'riskRequired' });
  if (blank(breach?.riskReasoning) && blank(breach?.notNotifiedReason)) problems.push({ path: 'breach.riskReasoning', code: 'riskReasoningRequired' });
  if (notificationRequired(risk) && breach?.notifiedAuthorityOn === undefined) problems.push({ path: 'breach.notifiedAuthorityOn', code: 'notificationRequired' });
  if (notifiedLate(breach, incident.breachAwareOn) && blank(breach?.delayReason)) problems.push({ path: 'breach.delayReason', code: 'delayReasonRequired' });
  if (risk === 'high' && breach?.subjectsInformedOn === undefined && breach?.subjectsNotInformedGround === undefined) {
    problems.push({ path: 'breach.subjectsInformedOn', code: 'subjectsInformedRequired' });
  }
  if (breach?.subjectsNotInformedGround !== undefined && blank(breach.subjectsNotInformedReason)) {
    problems.push({ path: 'breach.subjectsNotInformedReason', code: 'groundReasonRequired' });
  }
  return problems;
}
