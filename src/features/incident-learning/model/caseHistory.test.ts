import type { ListItemVersion } from '../../../graph';
import { caseHistory } from './caseHistory';

const version = (id: string, by: string, fields: Record<string, unknown>): ListItemVersion => ({ id, lastModifiedDateTime: `2026-12-0${id[0]}T10:00:00Z`, lastModifiedByName: by, lastModifiedById: undefined, fields });

describe('caseHistory', () => {
  it('names per version who changed which parts and how the status moved, newest first', () => {
    const reported = { Title: 'Pas kwijt', WhatHappened: 'Eerste', CaseStatus: 'open', TimelineJson: '[]' };
    const details = { ...reported, WentWell: 'Snel gemeld' };
    const handled = { ...details, CaseStatus: 'inProgress', TimelineJson: '[{"at":"2026-12-01","text":"Melding"}]', Lucky: '' };
    const history = caseHistory([version('3.0', 'Priya Bakker', handled), version('2.0', 'Sam Visser', details), version('1.0', 'Sam Visser', reported)]);
    expect(history).toEqual([
      { version: '3.0', at: '2026-12-03T10:00:00Z', by: 'Priya Bakker', reported: false, changed: ['incident.field.timeline'], status: { from: 'open', to: 'inProgress' } },
      { version: '2.0', at: '2026-12-02T10:00:00Z', by: 'Sam Visser', reported: false, changed: ['incident.field.wentWell'] },
      { version: '1.0', at: '2026-12-01T10:00:00Z', by: 'Sam Visser', reported: true, changed: [] },
    ]);
  });
});
