import { checkImprovementAction, checkIncidentReport, checkLesson, checkQuickReport, MAX_TEXT_LENGTH } from './incidentFormRules';

const now = new Date('2026-11-28T12:00:00Z');
const codes = (check: { ok: boolean; problems?: readonly { path: string; code: string }[] }) => (check.ok ? [] : (check.problems ?? []).map((p) => `${p.path}:${p.code}`));

describe('checkQuickReport', () => {
  it('accepts a near miss with just kind, title and what happened', () => {
    const check = checkQuickReport({ kind: 'nearMiss', title: 'Deur stond open', whatHappened: 'Serverruimte niet op slot.', occurredOn: '', theme: '' }, now);
    expect(check).toEqual({ ok: true, value: { kind: 'nearMiss', title: 'Deur stond open', whatHappened: 'Serverruimte niet op slot.' } });
  });

  it('names missing fields and a moment in the future', () => {
    expect(codes(checkQuickReport({ kind: 'nearMiss', title: ' ', whatHappened: '', occurredOn: '2026-12-01T10:00:00Z' }, now))).toEqual(['title:required', 'whatHappened:required']);
    expect(codes(checkQuickReport({ kind: 'nearMiss', title: 't', whatHappened: 'w', occurredOn: '2026-12-01T10:00:00Z' }, now))).toEqual(['occurredOn:inFuture']);
  });
});

describe('checkIncidentReport', () => {
  const base = { kind: 'incident', title: 'Datalek', whatHappened: 'Lijst gemaild naar verkeerde groep.' };

  it('refuses discovery before occurrence', () => {
    expect(codes(checkIncidentReport({ ...base, occurredOn: '2026-11-20T10:00:00Z', discoveredOn: '2026-11-19T10:00:00Z' }, now))).toEqual(['discoveredOn:discoveredBeforeOccurred']);
  });

  it('refuses 20,001 characters and keeps pasted HTML as literal text', () => {
    expect(codes(checkIncidentReport({ ...base, wentWrong: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, now))).toEqual(['wentWrong:tooLong']);
    const html = '<img src=x onerror=alert(1)><b>vet</b>';
    const check = checkIncidentReport({ ...base, whatHappened: html }, now);
    expect(check.ok && check.value.whatHappened).toBe(html);
  });

  it('takes "personal data involved" as a question: no moment of awareness, no breach type, nothing of a breach kept', () => {
    const check = checkIncidentReport({ ...base, personalDataInvolved: true, breach: { awareOn: '2026-11-27T17:30:00Z', types: ['confidentiality'] } }, now);
    expect(check.ok && check.value.personalDataInvolved).toBe(true);
    expect(check.ok && 'breach' in check.value).toBe(false);
  });

  it('checks timeline entries and impact', () => {
    expect(codes(checkIncidentReport({ ...base, impact: 5, timeline: [{ at: 'gisteren', text: '' }] }, now))).toEqual(['impact:invalid', 'timeline.0.at:invalid', 'timeline.0.text:required']);
  });
});

describe('checkImprovementAction', () => {
  it('refuses a past due date on a new action, in Amsterdam days, but keeps it on an existing one', () => {
    const late = { title: 'Slot vervangen', dueOn: '2026-11-27' };
    expect(codes(checkImprovementAction(late, { isNew: true, now }))).toEqual(['dueOn:dueDateInPast']);
    expect(checkImprovementAction(late, { isNew: false, now }).ok).toBe(true);
    // 23:30 UTC on the 28th is already the 29th in Amsterdam: the 28th is then past.
    expect(codes(checkImprovementAction({ title: 'x', dueOn: '2026-11-28' }, { isNew: true, now: new Date('2026-11-28T23:30:00Z') }))).toEqual(['dueOn:dueDateInPast']);
    expect(checkImprovementAction({ title: 'x', dueOn: '2026-11-28' }, { isNew: true, now }).ok).toBe(true);
  });
});

describe('checkLesson', () => {
  const lesson = { title: 'Mail dubbel controleren', redactedText: 'Controleer de ontvangers voor verzending.', theme: 'privacy' };

  it('requires a TLP label', () => {
    expect(codes(checkLesson({ ...lesson }, {}))).toEqual(['tlp:tlpRequired']);
    expect(codes(checkLesson({ ...lesson, tlp: 'PURPLE' }, {}))).toEqual(['tlp:invalid']);
    expect(checkLesson({ ...lesson, tlp: 'AMBER' }, {}).ok).toBe(true);
  });

  it('cannot be saved while personal data remains in its title or text', () => {
    expect(codes(checkLesson({ ...lesson, tlp: 'GREEN', redactedText: 'Mail piet@uni.nl ging mis.' }, {}))).toEqual(['redactedText:personalDataUnresolved']);
    expect(codes(checkLesson({ ...lesson, tlp: 'GREEN', title: 'Fout van Anna de Vries' }, { peopleNames: ['Anna de Vries'] }))).toEqual(['title:personalDataUnresolved']);
  });
});
