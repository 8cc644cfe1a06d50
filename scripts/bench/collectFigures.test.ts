import { collectFigures, shortPath, type BenchMeasurements, type VisitData } from './collectFigures';
import type { LoggedGraphRequest } from './graphRequestStats';

const LIST = '/sites/contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222/lists/33333333-3333-3333-3333-333333333333';
let seq = 0;
const request = (path: string, startMs: number, endMs: number): LoggedGraphRequest => ({ seq: (seq += 1), method: 'GET', path, status: 200, startMs, endMs });

function visit(firstRowMs: number): VisitData {
  const coldRequests = [
    request('/sites/contoso.sharepoint.com:/sites/ivho', 0, 100),
    request(`${LIST}/items?expand=fields(select=Title)&$top=5000`, 100, 300),
    request(`${LIST}/items/delta?token=latest`, 100, 200),
    request(`${LIST}/items?expand=fields(select=Title)&$skiptoken=x`, 300, 500),
  ];
  return {
    cold: { firstRowMs, beforeFirstRow: coldRequests, untilQuiet: coldRequests, graphBytes: 2048 },
    warm: { firstRowMs: firstRowMs / 4, beforeFirstRow: [], untilQuiet: [request(`${LIST}/items/delta?token=abc`, 900, 1000)], graphBytes: 10 },
    initialChunks: [
      { path: '/assets/index.js', rawBytes: 700_000, gzipBytes: 200 * 1024 },
      { path: '/assets/runtime.js', rawBytes: 1000, gzipBytes: 1024 },
    ],
    heapBytes: 30 * 1024 * 1024,
  };
}

const measured: BenchMeasurements = {
  instruments: 10_000,
  visits: { ok: true, value: [visit(2000), visit(2400), visit(2200)] },
  baseline: { ok: true, value: { chunks: [{ path: '/assets/index.js', rawBytes: 600_000, gzipBytes: 134 * 1024 }], coldPaintMs: 300, warmPaintMs: [200, 220, 210], heapBytes: 3 * 1024 * 1024 } },
  search: { ok: false, reason: 'not measurable yet: no search box' },
  domRows: { ok: true, value: { maxRows: 24, steps: 300, reachedEnd: true } },
  assessment: { ok: false, reason: 'measuring the self-assessment failed: boom' },
};

const byId = (id: string) => {
  const figure = collectFigures(measured).find((entry) => entry.id === id);
  if (figure === undefined) throw new Error(`no figure ${id}`);
  return figure;
};

describe('collectFigures', () => {
  it('compares the initial JS with the baseline', () => {
    expect(byId('initial-js-gzip')).toMatchObject({ value: 201, status: 'pass', runs: [201, 201, 201] });
    expect(byId('baseline-js-gzip')).toMatchObject({ value: 134, status: 'info' });
    expect(byId('initial-js-vs-baseline').value).toBe(1.5);
  });

  it('counts sequential round trips and item reads of the cold load', () => {
    expect(byId('cold-sequential-round-trips')).toMatchObject({ value: 3, status: 'pass' });
    expect(byId('cold-requests-before-first-row').value).toBe(4);
    expect(byId('load-item-requests')).toMatchObject({ value: 3, status: 'pass' });
    expect(byId('load-selected-fields')).toMatchObject({ value: true, status: 'pass' });
    expect(byId('load-selected-fields').note).toContain('1 token=latest delta exempt');
    expect(byId('load-graph-bytes').value).toBe(2);
  });

  it('takes medians of the runs for start times and compares warm start with the baseline paint', () => {
    expect(byId('cold-first-row').value).toBe(2200);
    expect(byId('warm-first-row').value).toBe(550);
    expect(byId('warm-requests-before-first-row')).toMatchObject({ value: 0, status: 'pass', note: 'none' });
    expect(byId('baseline-warm-paint').value).toBe(210);
    expect(byId('warm-first-row-vs-baseline-paint').value).toBeCloseTo(550 / 210, 2);
  });

  it('says n/a with the reason for what could not be measured', () => {
    expect(byId('search-keystroke-median')).toMatchObject({ value: null, status: 'n/a', note: 'not measurable yet: no search box' });
    expect(byId('dom-rows-max')).toMatchObject({ value: 24, status: 'pass' });
    expect(byId('assessment-open-45')).toMatchObject({ status: 'n/a', note: 'measuring the self-assessment failed: boom' });
    const withAssessment = collectFigures({ ...measured, assessment: { ok: true, value: { openMs: [900, 700, 800], resultsMs: [3, 2, 4], questions: 49 } } });
    expect(withAssessment.find((figure) => figure.id === 'assessment-open-45')).toMatchObject({ value: 800, runs: [900, 700, 800] });
    expect(withAssessment.find((figure) => figure.id === 'assessment-results-50')).toMatchObject({ value: 3 });
    const failed = collectFigures({ ...measured, visits: { ok: false, reason: 'building the tab failed: boom' } });
    expect(failed.find((figure) => figure.id === 'cold-first-row')).toMatchObject({ status: 'n/a', note: 'building the tab failed: boom' });
    expect(failed.find((figure) => figure.id === 'initial-js-vs-baseline')?.status).toBe('n/a');
  });

  it('shortens logged paths for notes', () => {
    expect(shortPath(`${LIST}/items?$top=1`)).toBe('/sites/contoso.sharepoint.com,{id}/lists/{id}/items');
    expect(shortPath('/sites/a%2Cb/lists')).toBe('/sites/a,b/lists');
  });
});
