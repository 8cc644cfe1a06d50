import { ALL_LISTS } from '../../../src/lists/schemas';
import type { GraphRequest } from '../graphTypes';
import { createSharePointHandler } from './createSharePointHandler';
import { createTestBed, errorCodeOf, WRITER } from './sharePointTestBed';

/** Deterministic pseudo-random numbers so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const JUNK: readonly unknown[] = [null, 0, -1, 1e308, '', 'x', "'", true, [], [1, 'a'], {}, { Url: 5 }, { fields: null }, '2026-13-45', 'a'.repeat(300)];

describe('handler robustness', () => {
  it('answers malformed requests with Graph-shaped 4xx and never throws', async () => {
    const bed = createTestBed();
    const next = random(42);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
    const fields = ['Title', 'Code', 'Tags', 'Score', 'Due', 'Done', 'Link', 'OwnerLookupId', 'Nope', 'Tags@odata.type', 'Created'];
    const paths = [bed.itemsPath, `${bed.itemsPath}/1`, `${bed.itemsPath}/1/fields`, `${bed.itemsPath}/delta`, `/sites/${bed.siteId}/lists`, `/sites/${bed.siteId}/lists/Samples/columns`];
    const queries = ['', '$top=0', '$filter=fields/', "$filter=fields/Score eq 'x'", '$expand=fields(', 'token=%%%', '$skiptoken=!!', '$select=,,,'];
    await bed.createItem({ Title: 'seed', Code: 'S' });
    for (let round = 0; round < 400; round += 1) {
      const body: Record<string, unknown> = {};
      for (let count = Math.floor(next() * 4); count > 0; count -= 1) body[pick(fields)] = pick(JUNK);
      const method = pick<GraphRequest['method']>(['GET', 'POST', 'PATCH', 'DELETE', 'PUT']);
      const response = await bed.call(method, `${pick(paths)}?${pick(queries)}`, { body: next() < 0.5 ? { fields: body } : pick([body, ...JUNK]) });
      expect(response.status).toBeLessThan(500);
      if (response.status >= 400) expect(errorCodeOf(response)).toMatch(/^[a-zA-Z]+$/);
    }
    const listed = await bed.call('GET', `${bed.itemsPath}?expand=fields`);
    expect(listed.status).toBe(200);
  });

  it('turns an unexpected failure into 500 generalException', async () => {
    const bed = createTestBed();
    const handler = createSharePointHandler(bed.store);
    bed.store.close();
    const response = await handler({
      method: 'GET',
      path: `/sites/${bed.siteId}/lists`,
      query: new URLSearchParams(),
      headers: {},
      body: undefined,
      caller: { user: WRITER, scopes: [] },
    });
    expect(response.status).toBe(500);
    expect(errorCodeOf(response)).toBe('generalException');
  });

  it('accepts every list schema of the app', () => {
    const bed = createTestBed();
    for (const schema of ALL_LISTS) expect(bed.store.ensureList(bed.siteId, schema)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
