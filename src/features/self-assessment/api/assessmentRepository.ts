import { field, isGraphError } from '../../../graph';
import type { AssessmentAnswers } from '../../../lists/assessmentAnswer';
import { ASSESSMENT_SELECT, readAssessments, toAssessmentFields, type Assessment, type AssessmentDraft } from '../../../lists/assessmentMapping';
import { ASSESSMENT_RESPONSE_SELECT, readAssessmentResponses, toAssessmentResponseFields, type AssessmentResponse } from '../../../lists/assessmentResponseMapping';
import { readListWithPending, type ListWithPending } from '../../../storage/outbox';
import type { SelfAssessmentEnvironment } from './SelfAssessmentEnvironment';

/** SharePoint's limit on the SubmissionId column (src/lists/schemas.ts). */
const SUBMISSION_ID_MAX = 64;

/** A 32-bit FNV-1a hash of `text`, starting from `seed`, in base 36. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * The SubmissionId of one assessor's response: the same on every device, so a second
 * device resumes the same item. `<assessment>:<upn>` when that fits the column's 64
 * characters (readable for admins); otherwise the UPN is replaced by a 96-bit hash of it.
 */
export function responseSubmissionId(assessmentId: string, upn: string): string {
  const assessor = upn.toLowerCase();
  const readable = `${assessmentId}:${assessor}`;
  if (readable.length <= SUBMISSION_ID_MAX) return readable;
  // Three independently seeded lanes (96 bits): two assessors of one assessment never share an item.
  const hash = [0x811c9dc5, 0x01234567, 0x89abcdef].map((seed) => fnv1a(assessor, seed)).join('');
  return `${assessmentId}:${hash}`.slice(0, SUBMISSION_ID_MAX);
}

/** The assessments the user may see here: in a channel tab that channel's, otherwise the user's own and the teams they answered for. */
export async function listAssessments(environment: SelfAssessmentEnvironment): Promise<ListWithPending<Assessment>> {
  return readListWithPending({
    lists: environment.lists,
    outbox: environment.outbox,
    list: environment.listNames.assessments,
    select: ASSESSMENT_SELECT,
    read: readAssessments,
    submissionIdOf: (item) => item.submissionId,
  });
}

/** Starts an assessment (through the outbox: it exists at once on this device, in SharePoint shortly). */
export async function startAssessment(environment: SelfAssessmentEnvironment, draft: AssessmentDraft): Promise<void> {
  await environment.outbox.submit({ list: environment.listNames.assessments, submissionId: draft.submissionId, fields: toAssessmentFields(draft) });
}

/** Every response to an assessment (filtered on the indexed AssessmentId), pending ones included. */
export async function loadResponses(environment: SelfAssessmentEnvironment, assessmentId: string): Promise<readonly AssessmentResponse[]> {
  const { items } = await readListWithPending({
    lists: environment.lists,
    outbox: environment.outbox,
    list: environment.listNames.assessmentResponses,
    select: ASSESSMENT_RESPONSE_SELECT,
    read: readAssessmentResponses,
    submissionIdOf: (item) => item.submissionId,
    where: { column: 'AssessmentId', equals: assessmentId },
  });
  return items;
}

/** Queues the user's answers (the whole set: the outbox keeps only the latest per response). */
export async function saveMyResponse(environment: SelfAssessmentEnvironment, assessmentId: string, answers: AssessmentAnswers, status: 'inProgress' | 'submitted'): Promise<void> {
  const submissionId = responseSubmissionId(assessmentId, environment.user.upn);
  await environment.outbox.submit({
    list: environment.listNames.assessmentResponses,
    submissionId,
    fields: toAssessmentResponseFields({
      submissionId,
      title: environment.user.upn,
      assessmentId,
      assessorUpn: environment.user.upn,
      status,
      answers,
      updatedOn: new Date().toISOString(),
    }),
  });
}

/** The stored assessment (with its eTag), or undefined while it is still in the outbox. */
export async function readStoredAssessment(environment: SelfAssessmentEnvironment, submissionId: string): Promise<Assessment | undefined> {
  const items = await environment.lists.listItems(environment.listNames.assessments, { select: ASSESSMENT_SELECT, filter: field('SubmissionId').eq(submissionId), top: 1 });
  return readAssessments(items).items[0];
}

/** Outcome of a consensus write: saved, or someone else saved first (Graph's 412). */
export type ConsensusSave = { readonly ok: true; readonly assessment: Assessment } | { readonly ok: false; readonly conflict: true };

/**
 * Writes the coordinator's consensus (and, when finalising, status, score summary and
 * date) with `If-Match`: a second coordinator's earlier save makes Graph answer 412, and
 * the caller lets the user choose instead of overwriting.
 */
export async function saveConsensus(environment: SelfAssessmentEnvironment, stored: Assessment, change: Partial<AssessmentDraft>): Promise<ConsensusSave> {
  const { id, eTag, lastModified, ...rest } = stored;
  const next: AssessmentDraft = { ...rest, ...change };
  try {
    const updated = await environment.lists.updateItemFields(environment.listNames.assessments, id, toAssessmentFields(next, 'update'), { ifMatch: eTag });
    return { ok: true, assessment: { ...next, id, eTag: updated.eTag ?? eTag, lastModified } };
  } catch (error: unknown) {
    if (isGraphError(error) && error.kind === 'preconditionFailed') return { ok: false, conflict: true };
    throw error;
  }
}
