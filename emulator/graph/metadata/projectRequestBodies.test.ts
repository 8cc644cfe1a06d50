/**
 * The bodies this project really sends, checked against Graph's own metadata (the
 * committed trimmed copy): each sender runs against a recording fetch, so the bodies
 * are the ones on the wire, `$batch` sub-requests unpacked. Every POST and PATCH must
 * map to a body type (no sender escapes the check) and pass it.
 */
import { createChannelMessenger, createGraphClient, createListClient } from '../../../src/graph';
import type { SiteAddress } from '../../../src/graph';
import { jsonResponse, recordingFetch } from '../../../src/graph/testing/recordingFetch';
import type { RecordedRequest } from '../../../src/graph/testing/recordingFetch';
import { lessonCard } from '../../../src/features/incident-learning/components/lessonCard';
import { toAssessmentFields } from '../../../src/lists/assessmentMapping';
import { toAssessmentResponseFields } from '../../../src/lists/assessmentResponseMapping';
import { toImprovementActionFields } from '../../../src/lists/improvementActionMapping';
import { toIncidentCaseFields } from '../../../src/lists/incidentCaseMapping';
import { toInstrumentFields } from '../../../src/lists/instrumentMapping';
import { toLessonFields } from '../../../src/lists/lessonMapping';
import type { ListSchema } from '../../../src/lists/listSchema';
import { ALL_LISTS } from '../../../src/lists/schemas';
import { createSiteGateway } from '../../../scripts/provision/createSiteGateway';
import { bodyTypeOf } from './bodyTypeOf';
import { loadGraphMetadata } from './loadGraphMetadata';
import { validateGraphBody } from './validateGraphBody';

const BASE = 'https://graph.microsoft.com/v1.0';
const SITE: SiteAddress = { siteHostname: 'contoso.sharepoint.com', sitePath: '/sites/ivho' };
const SITE_ID = 'contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222';

/** A request body as Graph receives it: method, path after the version segment, parsed JSON. */
interface SentBody {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly body: unknown;
}

/** Answers just enough for every sender to finish; what matters is what they sent. */
function answer(request: RecordedRequest): Response {
  const path = new URL(request.url).pathname.replace(/^\/v1\.0/, '');
  if (path === '/$batch') {
    const { requests } = JSON.parse(request.body ?? '{}') as { requests: { id: string; method: string }[] };
    return jsonResponse(200, {
      responses: requests.map((sub) => ({ id: sub.id, status: sub.method === 'POST' ? 201 : 200, headers: {}, body: { id: '9', eTag: '"e,1"', fields: {} } })),
    });
  }
  if (request.method === 'GET') return jsonResponse(200, { id: path.includes('/lists/') ? 'list-id' : SITE_ID, value: [] });
  if (path.endsWith('/permissions')) return jsonResponse(201, { id: 'grant-1', roles: ['write'], grantedToIdentities: [] });
  if (path.endsWith('/messages')) return jsonResponse(201, { id: 'message-1' });
  return jsonResponse(request.method === 'POST' ? 201 : 200, { id: '9', eTag: '"e,1"', fields: {} });
}

/** Runs every sender the project has once and returns the bodies they sent. */
async function sentBodies(): Promise<SentBody[]> {
  const { fetch, requests } = recordingFetch(answer);
  const graph = createGraphClient({ baseUrl: BASE, tokenSource: { getAccessToken: () => Promise.resolve('t') }, fetch, sleep: () => Promise.resolve() });

  // scripts/provision: lists with their columns, a column added later, the app's site grant.
  const gateway = createSiteGateway(graph, SITE);
  for (const schema of ALL_LISTS) await gateway.createList(schema);
  for (const schema of ALL_LISTS) for (const column of schema.columns) await gateway.addColumn('list-id', column);
  await gateway.grantApplication({ id: '33333333-3333-3333-3333-333333333333', displayName: 'IV-HO' }, ['write']);

  // src/lists mappings through src/graph's list client: create, update, and the same in a batch.
  const lists = createListClient(graph, SITE);
  const items: { list: ListSchema; fields: ReturnType<typeof toLessonFields> }[] = listItemFields();
  for (const { list, fields } of items) {
    await lists.createItem(list.displayName, fields);
    await lists.updateItemFields(list.displayName, '9', fields, { ifMatch: '"e,1"' });
  }
  await lists.batch(items.flatMap(({ list, fields }) => [
    { kind: 'create' as const, list: list.displayName, fields },
    { kind: 'update' as const, list: list.displayName, id: '9', fields },
  ]));

  // src/graph's channel messenger with a real card.
  const card = lessonCard({ title: 'Oefen ontruiming', text: 'Ook tijdens tentamens.', theme: 'Fysieke veiligheid', tlp: 'GREEN', heading: 'Les' });
  await createChannelMessenger(graph).postCard({ teamId: 'team-1', channelId: '19:abc@thread.tacv2' }, card);

  return requests.flatMap(unpack).filter((sent) => sent.body !== undefined);
}

function unpack(request: RecordedRequest): SentBody[] {
  const path = decodeURI(new URL(request.url).pathname.replace(/^\/v1\.0/, ''));
  const body: unknown = request.body === undefined ? undefined : JSON.parse(request.body);
  if (path !== '/$batch') return [{ method: request.method as SentBody['method'], path, body }];
  return (body as { requests: { method: SentBody['method']; url: string; body?: unknown }[] }).requests.map((sub) => ({
    method: sub.method,
    path: decodeURI(sub.url.split('?')[0] ?? ''),
    body: sub.body,
  }));
}

/** One real-shaped draft per list, through each list's own mapping. */
function listItemFields() {
  const byName = (name: string): ListSchema => {
    const list = ALL_LISTS.find((candidate) => candidate.displayName === name);
    if (list === undefined) throw new Error(`no list ${name}`);
    return list;
  };
  return [
    {
      list: byName('Instruments'),
      fields: toInstrumentFields({
        key: 'bhv-oefenplan',
        title: 'BHV-oefenplan',
        summary: 'Een jaarlijks oefenplan.',
        bodyHtml: '<p>Oefen elk kwartaal.</p>',
        themes: ['fysieke-veiligheid'],
        processSteps: ['organisatie'],
        type: 'stappenplan',
        audience: [],
        language: 'nl',
        documentUrl: { url: 'https://example.org/ivho/bhv', description: 'Oefenplan' },
        tags: ['bhv'],
        status: 'published',
      }),
    },
    {
      list: byName('Assessments'),
      fields: toAssessmentFields({
        submissionId: 'sub-1',
        title: 'Persoonlijke scan',
        modelId: 'ivho-default',
        modelVersion: '1.0.0',
        scope: 'personal',
        status: 'open',
        targets: { privacy: 3 },
        consensus: { q1: { kind: 'level', level: 4 } },
      }),
    },
    {
      list: byName('AssessmentResponses'),
      fields: toAssessmentResponseFields({ submissionId: 'resp-2', title: 'x', assessmentId: 'a-1', assessorUpn: 'reader@contoso.example', status: 'inProgress', answers: { q2: { kind: 'unknown' } } }),
    },
    {
      list: byName('IncidentCases'),
      fields: toIncidentCaseFields({
        submissionId: 'case-3',
        title: 'Onveilige trap',
        kind: 'unsafeSituation',
        impact: 2,
        whatHappened: 'Losse traptrede in gebouw B.',
        timeline: [],
        contributingFactors: { whys: [], factors: ['onderhoud uitgesteld'] },
        status: 'open',
        personalDataInvolved: false,
      }),
    },
    { list: byName('Lessons'), fields: toLessonFields({ submissionId: 'l-9', title: 'Oefen ontruiming', theme: 'fysieke-veiligheid', redactedText: 'Tekst', tlp: 'CLEAR' }) },
    { list: byName('Actions'), fields: toImprovementActionFields({ submissionId: 'action-2', title: 'Trede repareren', caseId: 'case-3', status: 'done' }) },
  ];
}

describe("the project's request bodies against Graph's v1.0 metadata", () => {
  const metadata = loadGraphMetadata();
  let bodies: SentBody[] = [];

  beforeAll(async () => {
    bodies = await sentBodies();
  });

  it('maps every body the project sends to a Graph type', () => {
    const unmapped = bodies.filter((sent) => bodyTypeOf(sent) === undefined).map((sent) => `${sent.method} ${sent.path}`);
    expect(unmapped).toEqual([]);
    const counts = new Map<string, number>();
    for (const sent of bodies) counts.set(bodyTypeOf(sent) ?? '', (counts.get(bodyTypeOf(sent) ?? '') ?? 0) + 1);
    const columns = ALL_LISTS.reduce((sum, list) => sum + list.columns.length, 0);
    expect(Object.fromEntries(counts)).toEqual({
      'microsoft.graph.list': ALL_LISTS.length,
      'microsoft.graph.columnDefinition': columns,
      'microsoft.graph.permission': 1,
      'microsoft.graph.listItem': 12,
      'microsoft.graph.fieldValueSet': 12,
      'microsoft.graph.chatMessage': 1,
    });
  });

  it('sends only properties Graph defines, with the types Graph declares', () => {
    const problems = bodies.flatMap((sent) =>
      validateGraphBody(bodyTypeOf(sent) ?? '', sent.body, metadata).map((problem) => `${sent.method} ${sent.path} ${problem.path}: ${problem.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('would notice a wrong body: an unknown column property, a number for a string, a renamed wrapper', () => {
    const list = bodies.find((sent) => bodyTypeOf(sent) === 'microsoft.graph.list')?.body as Record<string, unknown>;
    const column = bodies.find((sent) => bodyTypeOf(sent) === 'microsoft.graph.columnDefinition')?.body as Record<string, unknown>;
    const wrongColumn = { ...list, columns: [{ ...column, columnGroup2: 'IV-HO' }] };
    expect(validateGraphBody('microsoft.graph.list', wrongColumn, metadata).map((problem) => problem.path)).toEqual(['columns[0].columnGroup2']);
    expect(validateGraphBody('microsoft.graph.columnDefinition', { ...column, columnGroup2: 'IV-HO' }, metadata).map((problem) => problem.path)).toEqual(['columnGroup2']);
    expect(validateGraphBody('microsoft.graph.list', { ...list, displayName: 42 }, metadata).map((problem) => problem.path)).toEqual(['displayName']);
    expect(validateGraphBody('microsoft.graph.listItem', { field: { Title: 'x' } }, metadata).map((problem) => problem.path)).toEqual(['field']);
    const message = bodies.find((sent) => bodyTypeOf(sent) === 'microsoft.graph.chatMessage')?.body as Record<string, unknown>;
    expect(validateGraphBody('microsoft.graph.chatMessage', { ...message, body: { contentType: 'html', content: 7 } }, metadata).map((problem) => problem.path)).toEqual(['body.content']);
    expect(validateGraphBody('microsoft.graph.permission', { roles: 'write', grantedToIdentities: [{ application: { id: 'a' } }] }, metadata).map((problem) => problem.path)).toEqual(['roles']);
  });
});
