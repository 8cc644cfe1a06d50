import { createGraphClient, createListClient } from '../../../graph';
import { graphErrorResponse, jsonResponse, recordingFetch, type RecordedRequest } from '../../../graph/testing/recordingFetch';
import { createDraftStore } from '../../../storage/drafts';
import { createMemoryKeyValueStore } from '../../../storage/KeyValueStore';
import { createOutbox, type Outbox, type OutboxSubmission } from '../../../storage/outbox';
import type { Assessment } from '../../../lists/assessmentMapping';
import { loadResponses, responseSubmissionId, saveConsensus, saveMyResponse, startAssessment } from './assessmentRepository';
import type { SelfAssessmentEnvironment } from './SelfAssessmentEnvironment';

const BASE = 'https://graph.microsoft.com/v1.0';
const ITEMS = (list: string) => `${BASE}/sites/contoso.sharepoint.com:/sites/ivho:/lists/${list}/items`;
const ASSESSMENT_ID = '0b9c4a52-8f5e-4c1e-9d0a-6f1f0e7c2a11';

/** An outbox that only records: what the repository queues is what this test checks. */
function recordingOutbox(): Outbox & { submitted: OutboxSubmission[] } {
  const submitted: OutboxSubmission[] = [];
  const outbox = createOutbox({ store: createMemoryKeyValueStore(), send: () => new Promise(() => undefined), connectivity: { isOnline: () => false, onOnline: () => () => undefined } });
  return {
    ...outbox,
    submitted,
    submit: async (submission) => {
      submitted.push(submission);
      await outbox.submit(submission);
    },
    pending: () => outbox.pending(),
  };
}

function environment(handler: (request: RecordedRequest) => Response, upn = 'coordinator@contoso.example') {
  const { fetch, requests } = recordingFetch(handler);
  const graph = createGraphClient({ baseUrl: BASE, tokenSource: { getAccessToken: () => Promise.resolve('t') }, fetch, sleep: () => Promise.resolve() });
  const outbox = recordingOutbox();
  const env: SelfAssessmentEnvironment = {
    lists: createListClient(graph, { siteHostname: 'contoso.sharepoint.com', sitePath: '/sites/ivho' }),
    listNames: { assessments: 'Assessments', assessmentResponses: 'AssessmentResponses' },
    user: { upn, id: `id-of-${upn}` },
    outbox,
    drafts: createDraftStore({ store: createMemoryKeyValueStore() }),
    loadInstruments: () => Promise.resolve([]),
  };
  return { env, requests, outbox };
}

const stored: Assessment = {
  id: '7',
  eTag: '"e7,3"',
  submissionId: ASSESSMENT_ID,
  title: 'Teamscan',
  modelId: 'ivho-default',
  modelVersion: '1.0.0',
  scope: 'team',
  teamId: 'team-1',
  channelId: 'channel-1',
  coordinatorUpn: 'coordinator@contoso.example',
  status: 'open',
  targets: {},
  consensus: {},
  lastModified: '2026-01-01T00:00:00Z',
};

describe('assessmentRepository', () => {
  it('gives each assessor one SubmissionId per assessment that fits the 64-character column, the same on every device', () => {
    expect(responseSubmissionId(ASSESSMENT_ID, 'Staff@Contoso.example')).toBe(`${ASSESSMENT_ID}:staff@contoso.example`);
    const longA = responseSubmissionId(ASSESSMENT_ID, 'johanna.van.den.berg-de.vries@hogeschool-voorbeeld.example.nl');
    const longB = responseSubmissionId(ASSESSMENT_ID, 'johanna.van.den.berg-de.vriez@hogeschool-voorbeeld.example.nl');
    expect(longA.length).toBeLessThanOrEqual(64);
    expect(longA.startsWith(`${ASSESSMENT_ID}:`)).toBe(true);
    expect(longA).not.toBe(longB);
    expect(responseSubmissionId(ASSESSMENT_ID, 'JOHANNA.van.den.berg-de.vries@hogeschool-voorbeeld.example.nl')).toBe(longA);
  });

  it('starts an assessment and saves responses through the outbox, not directly', async () => {
    const { env, requests, outbox } = environment(() => jsonResponse(500, {}));
    const { id: _id, eTag: _eTag, lastModified: _lastModified, ...draft } = stored;
    await startAssessment(env, draft);
    await saveMyResponse(env, ASSESSMENT_ID, { [`q1`]: { kind: 'level', level: 3 } }, 'inProgress');
    expect(requests).toEqual([]);
    expect(outbox.submitted.map((submission) => [submission.list, submission.submissionId])).toEqual([
      ['Assessments', ASSESSMENT_ID],
      ['AssessmentResponses', `${ASSESSMENT_ID}:coordinator@contoso.example`],
    ]);
    expect(outbox.submitted[1]?.fields).toMatchObject({ AssessmentId: ASSESSMENT_ID, AssessorUpn: 'coordinator@contoso.example', ResponseStatus: 'inProgress' });
    expect(JSON.parse(String(outbox.submitted[1]?.fields['AnswersJson']))).toEqual({ q1: { kind: 'level', level: 3 } });
  });

  it('loads responses by the indexed AssessmentId, with this device’s pending answers winning over the stored ones', async () => {
    const { env, requests } = environment(() =>
      jsonResponse(200, {
        value: [
          { id: '1', eTag: '"a"', lastModifiedDateTime: '2026-01-01T00:00:00Z', fields: { Title: 'x', SubmissionId: `${ASSESSMENT_ID}:staff@contoso.example`, AssessmentId: ASSESSMENT_ID, AssessorUpn: 'staff@contoso.example', ResponseStatus: 'inProgress', AnswersJson: '{"q1":{"kind":"level","level":4}}', UpdatedOn: '2026-01-01T00:00:00Z' } },
          { id: '2', eTag: '"b"', lastModifiedDateTime: '2026-01-01T00:00:00Z', fields: { Title: 'x', SubmissionId: `${ASSESSMENT_ID}:coordinator@contoso.example`, AssessmentId: ASSESSMENT_ID, AssessorUpn: 'coordinator@contoso.example', ResponseStatus: 'inProgress', AnswersJson: '{"q1":{"kind":"level","level":1}}', UpdatedOn: '2026-01-01T00:00:00Z' } },
        ],
      }),
    );
    await saveMyResponse(env, ASSESSMENT_ID, { q1: { kind: 'level', level: 2 } }, 'inProgress');
    const responses = await loadResponses(env, ASSESSMENT_ID);
    expect(decodeURIComponent(requests[0]?.url ?? '')).toContain(`fields/AssessmentId eq '${ASSESSMENT_ID}'`);
    const byAssessor = Object.fromEntries(responses.map((response) => [response.assessorUpn, response.answers['q1']]));
    expect(byAssessor).toEqual({ 'staff@contoso.example': { kind: 'level', level: 4 }, 'coordinator@contoso.example': { kind: 'level', level: 2 } });
  });

  it('writes the consensus directly with If-Match and returns the new eTag', async () => {
    const { env, requests } = environment(() => jsonResponse(200, { '@odata.etag': '"e7,4"', TargetsJson: '{"cybersecurity":4}' }));
    const result = await saveConsensus(env, stored, { targets: { cybersecurity: 4 }, consensus: { q1: { kind: 'level', level: 2 } } });
    expect(result).toMatchObject({ ok: true, assessment: { eTag: '"e7,4"', targets: { cybersecurity: 4 } } });
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(patch?.url).toBe(`${ITEMS('Assessments')}/7/fields`);
    expect(patch?.headers['if-match']).toBe('"e7,3"');
    expect(JSON.parse(patch?.body ?? '{}')).toMatchObject({ TargetsJson: '{"cybersecurity":4}' });
  });

  it('reports a 412 as a conflict for the user to resolve instead of overwriting, and rethrows other failures', async () => {
    const conflict = environment(() => graphErrorResponse(412, 'preconditionFailed', 'The eTag does not match'));
    await expect(saveConsensus(conflict.env, stored, { targets: { privacy: 2 } })).resolves.toEqual({ ok: false, conflict: true });
    expect(conflict.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    const denied = environment(() => graphErrorResponse(403, 'accessDenied', 'No'));
    await expect(saveConsensus(denied.env, stored, { targets: { privacy: 2 } })).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
