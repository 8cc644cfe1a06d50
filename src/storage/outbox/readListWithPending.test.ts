import { GraphError, type ListClient } from '../../graph';
import { readIncidentCases, toIncidentCaseFields } from '../../lists/incidentCaseMapping';
import { createMemoryKeyValueStore } from '../KeyValueStore';
import { createOutbox } from './createOutbox';
import { readListWithPending } from './readListWithPending';

const caseFields = (submissionId: string, title: string) =>
  toIncidentCaseFields({ submissionId, title, kind: 'nearMiss', whatHappened: 'x', timeline: [], contributingFactors: { whys: [], factors: [] }, status: 'open', personalDataInvolved: false });

function listsReturning(items: unknown[] | Error): ListClient {
  return { listItems: () => (items instanceof Error ? Promise.reject(items) : Promise.resolve(items)) } as unknown as ListClient;
}

describe('readListWithPending', () => {
  it('shows what is still in the outbox first, over the stored copy of the same SubmissionId', async () => {
    const offline = { isOnline: () => false, onOnline: () => () => undefined };
    const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: () => Promise.reject(new Error('offline')), connectivity: offline });
    await outbox.submit({ list: 'IncidentCases', submissionId: 'a', fields: caseFields('a', 'newer title') });
    const stored = [
      { id: '1', eTag: '"1,1"', lastModifiedDateTime: '2026-01-01T00:00:00Z', fields: caseFields('a', 'older title') },
      { id: '2', eTag: '"2,1"', lastModifiedDateTime: '2026-01-01T00:00:00Z', fields: caseFields('b', 'other') },
    ];
    const result = await readListWithPending({ lists: listsReturning(stored), outbox, list: 'IncidentCases', select: [], read: readIncidentCases, submissionIdOf: (item) => item.submissionId });
    expect(result.items.map((item) => `${item.submissionId}:${item.title}`)).toEqual(['a:newer title', 'b:other']);
    expect([...result.pendingIds]).toEqual(['a']);

    // SharePoint unreachable: the pending items still show.
    const offlineRead = await readListWithPending({ lists: listsReturning(new GraphError({ kind: 'network', status: 0, code: 'networkError', message: 'down' })), outbox, list: 'IncidentCases', select: [], read: readIncidentCases, submissionIdOf: (item) => item.submissionId });
    expect(offlineRead.items.map((item) => item.title)).toEqual(['newer title']);
    outbox.close();
  });

  it('filters stored items in Graph and pending ones alike by an indexed column', async () => {
    const offline = { isOnline: () => false, onOnline: () => () => undefined };
    const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: () => Promise.reject(new Error('offline')), connectivity: offline });
    await outbox.submit({ list: 'IncidentCases', submissionId: 'mine', fields: { ...caseFields('mine', 'near miss'), ReporterUpn: 'a@contoso.example' } });
    await outbox.submit({ list: 'IncidentCases', submissionId: 'theirs', fields: { ...caseFields('theirs', 'other'), ReporterUpn: 'b@contoso.example' } });
    const filters: Array<string | undefined> = [];
    const lists = {
      listItems: (_list: string, options: { filter?: { odata: string } }) => {
        filters.push(options.filter?.odata);
        return Promise.resolve([]);
      },
    } as unknown as ListClient;
    const result = await readListWithPending({
      lists,
      outbox,
      list: 'IncidentCases',
      select: [],
      read: readIncidentCases,
      submissionIdOf: (item) => item.submissionId,
      where: { column: 'ReporterUpn', equals: 'a@contoso.example' },
    });
    expect(result.items.map((item) => item.submissionId)).toEqual(['mine']);
    expect(filters).toEqual(["fields/ReporterUpn eq 'a@contoso.example'"]);
    outbox.close();
  });

  it('keeps the most recently changed of two stored items with one SubmissionId (no unique column where users read only their own)', async () => {
    const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: () => Promise.reject(new Error('offline')), connectivity: { isOnline: () => false, onOnline: () => () => undefined } });
    const stored = [
      { id: '1', eTag: '"1,3"', lastModifiedDateTime: '2026-03-02T10:00:00Z', fields: caseFields('a', 'changed later on the laptop') },
      { id: '2', eTag: '"2,1"', lastModifiedDateTime: '2026-03-01T09:00:00Z', fields: caseFields('b', 'other') },
      { id: '3', eTag: '"3,1"', lastModifiedDateTime: '2026-03-01T10:00:00Z', fields: caseFields('a', 'first save on the phone') },
    ];
    const result = await readListWithPending({ lists: listsReturning(stored), outbox, list: 'IncidentCases', select: [], read: readIncidentCases, submissionIdOf: (item) => item.submissionId });
    expect(result.items.map((item) => `${item.id}:${item.title}`)).toEqual(['1:changed later on the laptop', '2:other']);
    outbox.close();
  });
});
