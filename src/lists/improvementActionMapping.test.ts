import { readImprovementActions, toImprovementActionFields, type ImprovementActionDraft } from './improvementActionMapping';

function graphActionItem(id: string, fieldOverrides: Record<string, unknown> = {}): Record<string, unknown> {
  const etag = `"7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d,${id}"`;
  return {
    '@odata.etag': etag,
    id,
    eTag: etag,
    createdDateTime: '2025-03-05T09:00:00Z',
    lastModifiedDateTime: '2025-03-20T09:00:00Z',
    fields: {
      '@odata.etag': etag,
      Title: 'Verzendvertraging van 1 minuut instellen',
      SubmissionId: 'action-1',
      CaseId: 'case-0001',
      OwnerUpn: 'it@contoso.example',
      OwnerName: 'Functioneel beheer',
      DueOn: '2025-04-01T00:00:00Z',
      ActionStatus: 'inProgress',
      EffectivenessCheck: 'Na drie maanden het aantal teruggeroepen mails tellen.',
      ...fieldOverrides,
    },
  };
}

describe('readImprovementActions', () => {
  it('maps a Graph item', () => {
    const { items, skipped } = readImprovementActions([graphActionItem('4')]);
    expect(skipped).toEqual([]);
    expect(items[0]).toEqual({
      id: '4',
      eTag: '"7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d,4"',
      lastModified: '2025-03-20T09:00:00Z',
      submissionId: 'action-1',
      title: 'Verzendvertraging van 1 minuut instellen',
      caseId: 'case-0001',
      ownerUpn: 'it@contoso.example',
      ownerName: 'Functioneel beheer',
      dueOn: '2025-04-01T00:00:00Z',
      status: 'inProgress',
      effectivenessCheck: 'Na drie maanden het aantal teruggeroepen mails tellen.',
    });
  });

  it('skips an action without a case, with an unknown status or a malformed due date', () => {
    const { items, skipped } = readImprovementActions([
      graphActionItem('5', { CaseId: '' }),
      graphActionItem('6', { ActionStatus: 'klaar' }),
      graphActionItem('7', { DueOn: '01-04-2025' }),
    ]);
    expect(items).toEqual([]);
    expect(skipped.map((skip) => skip.reason.split(':')[0])).toEqual(['CaseId', 'ActionStatus', 'DueOn']);
  });
});

describe('toImprovementActionFields', () => {
  it('clears removed optional values on update', () => {
    const draft: ImprovementActionDraft = { submissionId: 'action-2', title: 'Trede repareren', caseId: 'case-3', status: 'done' };
    expect(toImprovementActionFields(draft, 'update')).toEqual({
      Title: 'Trede repareren',
      SubmissionId: 'action-2',
      CaseId: 'case-3',
      OwnerUpn: null,
      OwnerName: null,
      DueOn: null,
      ActionStatus: 'done',
      EffectivenessCheck: null,
    });
  });
});
