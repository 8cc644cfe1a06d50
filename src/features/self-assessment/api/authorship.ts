import { PENDING_ETAG } from '../../../storage/outbox';

/**
 * Whether the signed-in user created an item: SharePoint's own record of its author
 * (`createdBy.user.id`), never a UPN column the client wrote, which any client can set to
 * anything (issue 15, item 3). An item that is only in the outbox so far is the user's:
 * each user's outbox holds only their own work.
 */
export function isAuthoredBy(item: { readonly authorId?: string; readonly eTag: string }, user: { readonly id: string }): boolean {
  return item.eTag === PENDING_ETAG || (item.authorId !== undefined && item.authorId === user.id);
}
