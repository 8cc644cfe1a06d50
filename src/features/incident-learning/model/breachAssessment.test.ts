import type { BreachRecord, IncidentCase } from '../../../lists/incidentCaseMapping';
import { breachDecisionOf, closingProblems, notifiedLate } from './breachAssessment';
import { breachEditOf, checkBreachEdit, type BreachEdit } from './breachEdit';
import { isoToLocal } from './localDateTime';

type Facts = Pick<IncidentCase, 'personalDataInvolved' | 'breachAwareOn' | 'breach'>;
const AWARE = '2026-11-02T08:00:00Z';
const breachCase = (breach: Omit<BreachRecord, 'types'> & { types?: BreachRecord['types'] }): Facts => ({
  personalDataInvolved: true,
  breachAwareOn: AWARE,
  breach: { decision: 'breach', types: ['confidentiality'], facts: 'Lijst gemaild', effects: 'Geen', remedialAction: 'Teruggehaald', ...breach },
});
const codes = (facts: Facts) => closingProblems(facts).map((problem) => problem.code);

describe('the verdict on personal data', () => {
  it('is a question until the case team decides: "personal data involved" alone is no breach and starts no clock', () => {
    expect(breachDecisionOf({ personalDataInvolved: true })).toBe('undecided');
    expect(breachDecisionOf({ personalDataInvolved: false })).toBeUndefined();
    expect(breachDecisionOf({ personalDataInvolved: true, breach: { decision: 'noBreach', types: [] } })).toBe('noBreach');
    // An earlier version's report with an awareness time was a breach by report.
    expect(breachDecisionOf({ personalDataInvolved: true, breachAwareOn: AWARE, breach: { types: [] } })).toBe('breach');
  });
});

describe('closing a case with personal data', () => {
  it('waits for the verdict', () => {
    expect(codes({ personalDataInvolved: true })).toEqual(['breachUndecided']);
    // "No breach" is a verdict with its reason.
    expect(codes({ personalDataInvolved: true, breach: { decision: 'noBreach', types: [] } })).toEqual(['riskReasoningRequired']);
    expect(codes({ personalDataInvolved: true, breach: { decision: 'noBreach', types: [], riskReasoning: 'Alleen interne ontvanger' } })).toEqual([]);
    expect(codes({ personalDataInvolved: false })).toEqual([]);
  });

  it('needs the facts, effects and measures of art. 33(5)', () => {
    expect(codes(breachCase({ risk: 'none', riskReasoning: 'Versleuteld', facts: ' ', effects: undefined, remedialAction: '' }))).toEqual(['registerElementRequired', 'registerElementRequired', 'registerElementRequired']);
  });

  it('needs the risk and its reasoning, the AP notification for a risk, and art. 34 for a high risk', () => {
    expect(codes(breachCase({}))).toEqual(['riskRequired', 'riskReasoningRequired']);
    expect(codes(breachCase({ risk: 'none', riskReasoning: 'Versleuteld' }))).toEqual([]);
    expect(codes(breachCase({ risk: 'risk', riskReasoning: 'Namen en cijfers' }))).toEqual(['notificationRequired']);
    expect(codes(breachCase({ risk: 'high', riskReasoning: 'BSN', notifiedAuthorityOn: '2026-11-03T08:00:00Z' }))).toEqual(['subjectsInformedRequired']);
    expect(codes(breachCase({ risk: 'high', riskReasoning: 'BSN', notifiedAuthorityOn: '2026-11-03T08:00:00Z', subjectsNotInformedGround: 'unintelligible' }))).toEqual(['groundReasonRequired']);
    expect(codes(breachCase({ risk: 'high', riskReasoning: 'BSN', notifiedAuthorityOn: '2026-11-03T08:00:00Z', subjectsNotInformedGround: 'unintelligible', subjectsNotInformedReason: 'AES-256, sleutel niet gelekt' }))).toEqual([]);
    expect(codes(breachCase({ risk: 'high', riskReasoning: 'BSN', notifiedAuthorityOn: '2026-11-03T08:00:00Z', subjectsInformedOn: '2026-11-04T08:00:00Z' }))).toEqual([]);
  });

  it('needs a reason for the delay when the AP was notified after the 72 hours, to the minute', () => {
    const notified = (at: string) => breachCase({ risk: 'risk', riskReasoning: 'r', notifiedAuthorityOn: at });
    expect(codes(notified('2026-11-05T08:00:00Z'))).toEqual([]);
    expect(codes(notified('2026-11-05T08:01:00Z'))).toEqual(['delayReasonRequired']);
    expect(codes(breachCase({ risk: 'risk', riskReasoning: 'r', notifiedAuthorityOn: '2026-11-05T08:01:00Z', delayReason: 'Pas na onderzoek duidelijk' }))).toEqual([]);
  });

  it('needs a reason for the delay when the verdict came after the 72 hours, and so the notification', () => {
    expect(codes(breachCase({ risk: 'risk', riskReasoning: 'r', decidedOn: '2026-11-06T09:00:00Z', notifiedAuthorityOn: '2026-11-06T09:30:00Z' }))).toEqual(['delayReasonRequired']);
    // Not notified yet: that is what is missing, not a reason for a delay.
    expect(codes(breachCase({ risk: 'risk', riskReasoning: 'r', decidedOn: '2026-11-06T09:00:00Z' }))).toEqual(['notificationRequired']);
    // No risk: nothing is notified, so nothing is late.
    expect(notifiedLate({ types: [], decision: 'breach', risk: 'none', decidedOn: '2026-11-06T09:00:00Z', notifiedAuthorityOn: '2026-11-06T09:30:00Z' }, AWARE)).toBe(false);
  });

  it('counts the 72 hours in elapsed time across the autumn DST change', () => {
    // Aware Friday 2026-10-23 10:00 CEST (08:00 UTC); the clocks go back on Sunday: the deadline is Monday 09:00 CET, 08:00 UTC.
    const aware = '2026-10-23T08:00:00Z';
    const late = (at: string) => notifiedLate({ types: [], risk: 'risk', notifiedAuthorityOn: at }, aware);
    expect(late('2026-10-26T08:00:00Z')).toBe(false);
    expect(late('2026-10-26T08:00:01Z')).toBe(true);
  });
});

describe('the case team’s assessment form', () => {
  const now = new Date('2026-11-06T10:00:00Z');
  const undecided = breachEditOf({ personalDataInvolved: true });
  const edit = (part: Partial<BreachEdit>): BreachEdit => ({ ...undecided, ...part });

  it('asks a breach for the moment of awareness and a breach type, and refuses a moment in the future', () => {
    const problems = (value: BreachEdit) => {
      const check = checkBreachEdit(value, { personalDataInvolved: true }, now);
      return check.ok ? [] : check.problems.map((problem) => `${problem.path}:${problem.code}`);
    };
    expect(problems(edit({ decision: 'breach' }))).toEqual(['breach.awareOn:awarenessRequired', 'breach.types:breachTypeRequired']);
    expect(problems(edit({ decision: 'breach', awareOn: isoToLocal('2026-11-07T10:00:00Z'), types: ['integrity'] }))).toEqual(['breach.awareOn:inFuture']);
    expect(problems(edit({ decision: 'breach', awareOn: isoToLocal(AWARE), types: ['integrity'], subjectCount: '-2' }))).toEqual(['breach.subjectCount:invalid']);
  });

  it('stores the verdict with the moment it was made, and keeps that moment while the verdict stands', () => {
    const first = checkBreachEdit(edit({ decision: 'breach', awareOn: isoToLocal(AWARE), types: ['confidentiality'], risk: 'risk', dataCategories: 'namen\n\ncijfers' }), { personalDataInvolved: true }, now);
    expect(first.ok && first.value).toEqual({
      awareOn: new Date(AWARE).toISOString(),
      record: { decision: 'breach', decidedOn: now.toISOString(), types: ['confidentiality'], risk: 'risk', dataCategories: ['namen', 'cijfers'] },
    });
    if (!first.ok) throw new Error('unreachable');
    const later = checkBreachEdit({ ...breachEditOf({ personalDataInvolved: true, breachAwareOn: AWARE, breach: first.value.record }), authorityReference: 'M-1' }, { personalDataInvolved: true, breachAwareOn: AWARE, breach: first.value.record }, new Date('2026-11-09T10:00:00Z'));
    expect(later.ok && later.value.record.decidedOn).toBe(now.toISOString());
    expect(later.ok && later.value.record.authorityReference).toBe('M-1');
  });

  it('leaves the moment of an earlier version’s verdict unknown instead of stamping the first edit', () => {
    const legacy = { personalDataInvolved: true, breachAwareOn: AWARE, breach: { types: ['integrity' as const] } };
    const check = checkBreachEdit({ ...breachEditOf(legacy), risk: 'none' }, legacy, now);
    expect(check.ok && check.value.record).toEqual({ decision: 'breach', types: ['integrity'], risk: 'none' });
  });

  it('reads back what it stored, the art. 34(3) ground and the earlier "why not notified" included', () => {
    const record: BreachRecord = { decision: 'breach', types: ['availability'], risk: 'high', subjectsNotInformedGround: 'publicCommunication', notificationPhase: 'supplemented', subjectCount: 12 };
    const values = breachEditOf({ personalDataInvolved: true, breachAwareOn: AWARE, breach: record });
    expect(values).toMatchObject({ decision: 'breach', risk: 'high', subjectsNotInformedGround: 'publicCommunication', notificationPhase: 'supplemented', subjectCount: '12' });
    expect(breachEditOf({ personalDataInvolved: true, breachAwareOn: AWARE, breach: { types: [], notNotifiedReason: 'Versleuteld', highRiskToSubjects: false } }).riskReasoning).toBe('Versleuteld');
    expect(breachEditOf({ personalDataInvolved: true, breach: { types: [], highRiskToSubjects: true } }).risk).toBe('high');
  });
});
