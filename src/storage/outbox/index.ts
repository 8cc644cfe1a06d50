/**
 * The outbox: every write of a user's work to SharePoint goes through it (DESIGN.md
 * "Reliability"). Stored locally first, sent as an upsert by SubmissionId, retried
 * until it lands, never duplicated.
 */
export { createOutbox } from './createOutbox';
export type { Outbox, OutboxOptions, Connectivity, RefusedSubmission } from './createOutbox';
export { upsertBySubmissionId } from './upsertBySubmissionId';
export { useOutboxStatus } from './useOutboxStatus';
export type { OutboxSubmission, OutboxSender, OutboxState, OutboxStatus, SentItem } from './OutboxSubmission';
export { PENDING_ETAG, readListWithPending } from './readListWithPending';
export type { ListWithPending, ReadListWithPendingOptions } from './readListWithPending';
