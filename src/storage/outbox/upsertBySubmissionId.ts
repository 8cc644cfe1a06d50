import { field, isGraphError, type ListClient } from '../../graph';
import type { OutboxSender, OutboxSubmission, SentItem } from './OutboxSubmission';

async function findBySubmissionId(lists: ListClient, submission: OutboxSubmission): Promise<SentItem | undefined> {
  const [found] = await lists.listItems(submission.list, {
    select: ['SubmissionId'],
    filter: field('SubmissionId').eq(submission.submissionId),
    top: 1,
  });
  return found === undefined ? undefined : { id: found.id, eTag: found.eTag };
}

async function update(lists: ListClient, submission: OutboxSubmission, target: SentItem): Promise<SentItem> {
  const updated = await lists.updateItemFields(submission.list, target.id, { ...submission.fields }, { idempotent: true });
  return { id: target.id, eTag: updated.eTag ?? target.eTag };
}

async function createOrUpdate(lists: ListClient, submission: OutboxSubmission): Promise<SentItem> {
  // A POST whose answer was lost may have created the item: look first.
  const existing = await findBySubmissionId(lists, submission);
  if (existing !== undefined) return update(lists, submission, existing);
  try {
    // Not repeated by the Graph client after a 503/504: where SubmissionId cannot be unique
    // (lists with item-level permissions, decision 2) a blind repeat could make a second
    // item. The outbox tries again later, and looks first.
    const created = await lists.createItem(submission.list, { ...submission.fields });
    return { id: created.id, eTag: created.eTag };
  } catch (error: unknown) {
    // Where SubmissionId is unique, a 409 means an earlier attempt got there first.
    if (!isGraphError(error) || error.kind !== 'conflict') throw error;
    const winner = await findBySubmissionId(lists, submission);
    if (winner === undefined) throw error;
    return update(lists, submission, winner);
  }
}

/**
 * Sends a submission as an upsert keyed by its SubmissionId: PATCH the item it landed in
 * before (when known and still there), else find it by SubmissionId, else create it. Any
 * number of retries, dropped answers included, leaves exactly one item.
 */
export function upsertBySubmissionId(lists: ListClient): OutboxSender {
  return async (submission, known) => {
    if (known !== undefined) {
      try {
        return await update(lists, submission, known);
      } catch (error: unknown) {
        // Deleted in SharePoint since: write it again rather than lose it.
        if (!isGraphError(error) || error.kind !== 'notFound') throw error;
      }
    }
    return createOrUpdate(lists, submission);
  };
}
