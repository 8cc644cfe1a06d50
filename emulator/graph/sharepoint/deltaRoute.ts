import { graphError } from '../graphTypes';
import type { GraphResponse } from '../graphTypes';
import { toGraphListItem } from './listItemResource';
import { baseUrlOf, buildLink } from './pageLinks';
import { decodeDeltaToken, encodeDeltaToken } from './deltaToken';
import type { DeltaState } from './deltaToken';
import { parseItemQuery, queryOption } from './parseItemQuery';
import { canReadItem } from './listAccess';
import { renderContextOf, resolveList } from './RouteContext';
import type { RouteContext } from './RouteContext';
import { invalidRequest } from './SharePointError';

/**
 * `GET .../lists/{list}/items/delta`: without a token every item (paged), then an
 * `@odata.deltaLink`; `token=latest` gives just a deltaLink; an earlier token gives the
 * latest state of each item changed since, deleted ones as `{id, deleted: {state}}`.
 * A token from before {@link EmulatorStore.expireDeltaTokens} or older than the
 * retention gets 410 with a `Location` to restart from, as Graph does.
 */
export function getItemsDelta(context: RouteContext, listIdOrName: string): GraphResponse {
  const resolved = resolveList(context, listIdOrName, 'read');
  const query = parseItemQuery(context.request.query, context.pageSizeDefault);
  if (query.filter !== undefined || query.skipToken !== undefined) {
    throw invalidRequest('delta supports only $select, $expand, $top and token.');
  }
  const tables = context.store.tables;
  const generation = context.store.deltaTokenGeneration();
  const now = context.store.now().getTime();
  const token = queryOption(context.request.query, 'token');
  const link = (state: DeltaState) => buildLink(context.request, context.request.path, { token: encodeDeltaToken(state) });
  const fresh = { listId: resolved.list.id, generation, issuedAt: now, afterId: 0 };

  if (token === 'latest') {
    return page(context, [], { '@odata.deltaLink': link({ ...fresh, fromSeq: tables.latestChangeSeq(), initial: false }) });
  }
  let state: DeltaState;
  if (token === undefined || token === '') {
    state = { ...fresh, fromSeq: 0, anchorSeq: tables.latestChangeSeq(), initial: true };
  } else {
    const decoded = decodeDeltaToken(token);
    if (decoded.listId !== resolved.list.id) throw invalidRequest('The delta token belongs to another list.');
    if (decoded.generation !== generation || now - decoded.issuedAt > context.deltaTokenLifetimeMs) {
      return graphError(410, 'resyncChangesApplyDifferences', 'Resync required. The delta token has expired; start a new delta enumeration.', {
        Location: buildLink(context.request, context.request.path, { token: undefined }),
      });
    }
    state = { ...decoded, anchorSeq: decoded.anchorSeq ?? tables.latestChangeSeq() };
  }
  const anchorSeq = state.anchorSeq ?? 0;

  const render = renderContextOf(context, resolved);
  const values: Record<string, unknown>[] = [];
  let lastId = state.afterId;
  let more = false;
  if (state.initial) {
    // Collect before rendering: rendering may write (user lookup ids) and the cursor must be closed first.
    const items = [];
    for (const item of tables.itemsAfter(resolved.list.id, state.afterId)) {
      if (!canReadItem(resolved.access, item)) continue;
      if (items.length === query.top) {
        more = true;
        break;
      }
      items.push(item);
    }
    for (const item of items) {
      values.push(toGraphListItem(render, item, query));
      lastId = item.id;
    }
  } else {
    const ids = tables.changedItemIds(resolved.list.id, state.fromSeq, anchorSeq, state.afterId, query.top + 1);
    more = ids.length > query.top;
    for (const id of ids.slice(0, query.top)) {
      const item = tables.findItem(resolved.list.id, id);
      lastId = id;
      // An item hidden by item-level security is not in the caller's delta, as not in its item collection.
      if (item !== undefined && !canReadItem(resolved.access, item)) continue;
      values.push(item === undefined ? { id: String(id), deleted: { state: 'deleted' } } : toGraphListItem(render, item, query));
    }
  }
  const next: DeltaState = more
    ? { ...state, issuedAt: now, afterId: lastId }
    : { ...fresh, fromSeq: anchorSeq, initial: false };
  return page(context, values, more ? { '@odata.nextLink': link(next) } : { '@odata.deltaLink': link(next) });
}

function page(context: RouteContext, value: unknown[], links: Record<string, string>): GraphResponse {
  return {
    status: 200,
    body: { '@odata.context': `${baseUrlOf(context.request)}/$metadata#Collection(listItem)`, value, ...links },
  };
}
