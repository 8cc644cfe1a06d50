import { limitsFields, readsListItems, returnsItems, startedBefore, summariseRoundTrips, type LoggedGraphRequest } from './graphRequestStats';

let seq = 0;
function logged(path: string, startMs: number, endMs: number, method = 'GET'): LoggedGraphRequest {
  seq += 1;
  return { seq, method, path, status: 200, startMs, endMs };
}

const SITE = '/sites/contoso.sharepoint.com:/sites/ivho';
const ITEMS = '/sites/s1/lists/l1/items';

describe('graph request statistics', () => {
  it('keeps the requests that started before a moment', () => {
    const early = logged(SITE, 0, 100);
    const late = logged(ITEMS, 150, 250);
    expect(startedBefore([early, late], 150)).toEqual([early]);
  });

  it('recognises requests that read list items, pages and delta included', () => {
    expect(readsListItems(logged(`${ITEMS}?expand=fields`, 0, 1))).toBe(true);
    expect(readsListItems(logged(`${ITEMS}/delta?token=latest`, 0, 1))).toBe(true);
    expect(readsListItems(logged(`${ITEMS}/42`, 0, 1))).toBe(true);
    expect(readsListItems(logged(ITEMS, 0, 1))).toBe(true);
    expect(readsListItems(logged(`${ITEMS}`, 0, 1, 'POST'))).toBe(false);
    expect(readsListItems(logged('/sites/s1/lists?$select=id,displayName', 0, 1))).toBe(false);
    expect(readsListItems(logged('/sites/s1/lists/l1/itemsX', 0, 1))).toBe(false);
  });

  it('tells selected fields from every field, encoded or not', () => {
    expect(limitsFields(`${ITEMS}?expand=fields(select=Title,Summary)&$top=5000`)).toBe(true);
    expect(limitsFields(`${ITEMS}?expand=fields(select%3DTitle%2CSummary)`)).toBe(true);
    expect(limitsFields(`${ITEMS}?$expand=fields($select=Title)`)).toBe(true);
    expect(limitsFields(`${ITEMS}?expand=fields&$top=5000`)).toBe(false);
    expect(limitsFields(`${ITEMS}?$select=id&$expand=fields`)).toBe(false);
    expect(limitsFields(`${ITEMS}?$top=5000`)).toBe(false);
    expect(limitsFields('/sites/s1/lists?$select=id,displayName')).toBe(true);
    expect(limitsFields(`${ITEMS}?expand=fieldsX(select=Title)`)).toBe(false);
  });

  it('exempts a token=latest delta, which returns a delta link and no items', () => {
    expect(returnsItems(`${ITEMS}/delta?token=latest`)).toBe(false);
    expect(returnsItems(`${ITEMS}/delta?$select=id&token=latest`)).toBe(false);
    expect(returnsItems(`${ITEMS}/delta?token=latestX`)).toBe(true);
    expect(returnsItems(`${ITEMS}/delta?token=abc`)).toBe(true);
    expect(returnsItems(`${ITEMS}?$top=5000`)).toBe(true);
  });

  it('counts parallel requests once in the sequential figure', () => {
    const requests = [logged(SITE, 0, 100), logged('/sites/s1/lists', 100, 200), logged(`${ITEMS}?a`, 200, 300), logged(`${ITEMS}/delta`, 205, 290)];
    expect(summariseRoundTrips(requests)).toEqual({ requests: 4, sequential: 3 });
  });
});
