import { measuredFigure, notMeasured, percentile, round, type BenchFigure, type FigureSpec } from './benchFigure';
import { toKilobytes, totalGzipBytes, type ChunkSize } from './gzipSize';
import { limitsFields, readsListItems, returnsItems, type LoggedGraphRequest } from './graphRequestStats';
import { sequentialRoundTrips } from './sequentialRoundTrips';

/** A measurement, or why it could not be made. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** What one cold + warm visit of the tab yielded (see visitTab.ts). */
export interface VisitData {
  readonly cold: StartData;
  readonly warm: StartData;
  readonly initialChunks: readonly ChunkSize[];
  readonly heapBytes: number;
}

/** One start of the tab. */
export interface StartData {
  readonly firstRowMs: number;
  readonly beforeFirstRow: readonly LoggedGraphRequest[];
  readonly untilQuiet: readonly LoggedGraphRequest[];
  readonly graphBytes: number;
}

/** Everything a bench run measured, before it becomes figures. */
export interface BenchMeasurements {
  readonly instruments: number;
  /** Measured visits (the warm-up visit excluded). */
  readonly visits: Outcome<readonly VisitData[]>;
  readonly baseline: Outcome<{ readonly chunks: readonly ChunkSize[]; readonly coldPaintMs: number; readonly warmPaintMs: readonly number[]; readonly heapBytes: number }>;
  readonly search: Outcome<{ readonly samples: readonly number[]; readonly keystrokes: number; readonly unchanged: number }>;
  readonly domRows: Outcome<{ readonly maxRows: number; readonly steps: number; readonly reachedEnd: boolean }>;
  readonly assessment: Outcome<{ readonly openMs: readonly number[]; readonly resultsMs: readonly number[]; readonly questions: number }>;
}

const thousands = (count: number) => count.toLocaleString('en-US');

/** The specs of every figure, in table order. */
export function figureSpecs(instruments: number) {
  const n = thousands(instruments);
  return {
    initialJs: { id: 'initial-js-gzip', name: 'initial JS of the library view (gzip)', unit: 'KB', budget: { max: 250 } },
    baselineJs: { id: 'baseline-js-gzip', name: 'baseline page eager JS (gzip): React + Fluent + teams-js + msal + graph-client', unit: 'KB', budget: null },
    jsRatio: { id: 'initial-js-vs-baseline', name: 'initial JS / baseline JS', unit: '×', budget: null },
    coldSequential: { id: 'cold-sequential-round-trips', name: 'cold start: sequential Graph round trips to first row (100 ms latency)', unit: 'count', budget: { max: 3 } },
    coldRequests: { id: 'cold-requests-before-first-row', name: 'cold start: Graph requests before first row', unit: 'count', budget: null },
    coldFirstRow: { id: 'cold-first-row', name: 'cold start: time to first instrument row', unit: 'ms', budget: null },
    baselineColdPaint: { id: 'baseline-cold-paint', name: 'baseline page: first contentful paint, first visit', unit: 'ms', budget: null },
    warmRequests: { id: 'warm-requests-before-first-row', name: 'warm start: Graph round trips before the library shows', unit: 'count', budget: { max: 0 } },
    warmFirstRow: { id: 'warm-first-row', name: 'warm start: time to first instrument row', unit: 'ms', budget: null },
    baselineWarmPaint: { id: 'baseline-warm-paint', name: 'baseline page: first contentful paint, reload', unit: 'ms', budget: null },
    warmRatio: { id: 'warm-first-row-vs-baseline-paint', name: 'warm first row / baseline first paint', unit: '×', budget: null },
    loadRequests: { id: 'load-item-requests', name: `loading ${n} instruments: Graph requests reading list items`, unit: 'count', budget: { max: 3 } },
    loadSelect: { id: 'load-selected-fields', name: `loading ${n} instruments: selected fields only`, unit: 'yes/no', budget: { equals: true } },
    loadBytes: { id: 'load-graph-bytes', name: `loading ${n} instruments: Graph response bytes`, unit: 'KB', budget: null },
    searchMedian: { id: 'search-keystroke-median', name: `search over ${n} instruments: median per keystroke`, unit: 'ms', budget: { max: 5 } },
    searchP95: { id: 'search-keystroke-p95', name: `search over ${n} instruments: p95 per keystroke`, unit: 'ms', budget: null },
    domRows: { id: 'dom-rows-max', name: `DOM rows while scrolling ${n} instruments (max)`, unit: 'count', budget: { max: 200 } },
    heap: { id: 'js-heap-after-load', name: `JS heap after loading ${n} instruments (host page included)`, unit: 'MB', budget: null },
    baselineHeap: { id: 'baseline-js-heap', name: 'baseline page: JS heap', unit: 'MB', budget: null },
    assessmentOpen: { id: 'assessment-open-45', name: 'self-assessment: open a 45-question assessment', unit: 'ms', budget: null },
    assessmentResults: { id: 'assessment-results-50', name: 'self-assessment: compute results for 50 assessors', unit: 'ms', budget: null },
  } satisfies Record<string, FigureSpec>;
}

const megabytes = (bytes: number) => round(bytes / (1024 * 1024), 1);

/** Turns a run's measurements into figures: one per budget line and issue bullet, n/a with a reason where needed. */
export function collectFigures(measured: BenchMeasurements): BenchFigure[] {
  const spec = figureSpecs(measured.instruments);
  const figures: BenchFigure[] = [];
  const visits = measured.visits;
  const baseline = measured.baseline;
  const missing = (outcome: Outcome<unknown>) => (outcome.ok ? '' : outcome.reason);

  const tabJs = visits.ok && visits.value.length > 0 ? visits.value.map((visit) => toKilobytes(totalGzipBytes(visit.initialChunks))) : undefined;
  const baseJs = baseline.ok ? toKilobytes(totalGzipBytes(baseline.value.chunks)) : undefined;
  figures.push(tabJs ? measuredFigure(spec.initialJs, tabJs, { note: chunkNote(visits.ok ? (visits.value[0]?.initialChunks ?? []) : []) }) : notMeasured(spec.initialJs, missing(visits) || 'no visit'));
  figures.push(baseJs === undefined ? notMeasured(spec.baselineJs, missing(baseline)) : measuredFigure(spec.baselineJs, [baseJs], { note: chunkNote(baseline.ok ? baseline.value.chunks : []) }));
  figures.push(tabJs && baseJs ? measuredFigure(spec.jsRatio, tabJs.map((kb) => kb / baseJs)) : notMeasured(spec.jsRatio, missing(visits) || missing(baseline)));

  if (visits.ok && visits.value.length > 0) {
    const runs = visits.value;
    figures.push(measuredFigure(spec.coldSequential, runs.map((visit) => sequentialRoundTrips(visit.cold.beforeFirstRow))));
    figures.push(measuredFigure(spec.coldRequests, runs.map((visit) => visit.cold.beforeFirstRow.length), { note: requestNote(runs[0]?.cold.beforeFirstRow ?? []) }));
    figures.push(measuredFigure(spec.coldFirstRow, runs.map((visit) => visit.cold.firstRowMs), { note: 'from the tab document\'s navigation start' }));
  } else {
    for (const key of ['coldSequential', 'coldRequests', 'coldFirstRow'] as const) figures.push(notMeasured(spec[key], missing(visits) || 'no visit'));
  }
  figures.push(baseline.ok ? measuredFigure(spec.baselineColdPaint, [baseline.value.coldPaintMs]) : notMeasured(spec.baselineColdPaint, baseline.reason));

  if (visits.ok && visits.value.length > 0) {
    const runs = visits.value;
    figures.push(measuredFigure(spec.warmRequests, runs.map((visit) => visit.warm.beforeFirstRow.length), { note: requestNote(runs[0]?.warm.beforeFirstRow ?? []) }));
    figures.push(measuredFigure(spec.warmFirstRow, runs.map((visit) => visit.warm.firstRowMs), { note: 'reload in the same profile' }));
  } else {
    for (const key of ['warmRequests', 'warmFirstRow'] as const) figures.push(notMeasured(spec[key], missing(visits) || 'no visit'));
  }
  figures.push(baseline.ok ? measuredFigure(spec.baselineWarmPaint, baseline.value.warmPaintMs) : notMeasured(spec.baselineWarmPaint, baseline.reason));
  const warmFirstRow = figures.find((figure) => figure.id === spec.warmFirstRow.id)?.value;
  const baselinePaint = figures.find((figure) => figure.id === spec.baselineWarmPaint.id)?.value;
  figures.push(
    typeof warmFirstRow === 'number' && typeof baselinePaint === 'number' && baselinePaint > 0
      ? measuredFigure(spec.warmRatio, [warmFirstRow / baselinePaint])
      : notMeasured(spec.warmRatio, missing(visits) || missing(baseline)),
  );

  if (visits.ok && visits.value.length > 0) {
    const runs = visits.value;
    const itemReads = runs.map((visit) => visit.cold.untilQuiet.filter(readsListItems));
    figures.push(
      measuredFigure(
        spec.loadRequests,
        itemReads.map((reads) => reads.length),
        { note: `cold load until quiet; Graph requests in all (site and list lookups included): ${runs.map((visit) => visit.cold.untilQuiet.length).join(', ')}` },
      ),
    );
    figures.push(
      measuredFigure(
        spec.loadSelect,
        itemReads.map((reads) => reads.length > 0 && reads.filter((request) => returnsItems(request.path)).every((request) => limitsFields(request.path))),
        { note: selectNote(itemReads[0] ?? []) },
      ),
    );
    figures.push(measuredFigure(spec.loadBytes, runs.map((visit) => toKilobytes(visit.cold.graphBytes)), { note: 'response bodies as received, cold load until quiet' }));
  } else {
    for (const key of ['loadRequests', 'loadSelect', 'loadBytes'] as const) figures.push(notMeasured(spec[key], missing(visits) || 'no visit'));
  }

  const search = measured.search;
  if (search.ok && search.value.samples.length > 0) {
    const { samples, keystrokes, unchanged } = search.value;
    const note = `${samples.length} of ${keystrokes} keystrokes changed the list${unchanged > 0 ? `; ${unchanged} left it unchanged (not timed)` : ''}`;
    figures.push(measuredFigure(spec.searchMedian, samples, { note }));
    figures.push(measuredFigure(spec.searchP95, samples, { value: percentile(samples, 95), note }));
  } else {
    const reason = search.ok ? 'no keystroke changed the list' : search.reason;
    figures.push(notMeasured(spec.searchMedian, reason), notMeasured(spec.searchP95, reason));
  }

  const rows = measured.domRows;
  figures.push(
    rows.ok
      ? measuredFigure(spec.domRows, [rows.value.maxRows], { note: `${rows.value.steps} scroll steps, ${rows.value.reachedEnd ? 'reached the end' : 'did not reach the end'}` })
      : notMeasured(spec.domRows, rows.reason),
  );

  figures.push(visits.ok && visits.value.length > 0 ? measuredFigure(spec.heap, visits.value.map((visit) => megabytes(visit.heapBytes))) : notMeasured(spec.heap, missing(visits) || 'no visit'));
  figures.push(baseline.ok ? measuredFigure(spec.baselineHeap, [megabytes(baseline.value.heapBytes)]) : notMeasured(spec.baselineHeap, baseline.reason));

  const { assessment } = measured;
  if (assessment.ok) {
    figures.push(measuredFigure(spec.assessmentOpen, assessment.value.openMs, { note: `deep link to an answered ${assessment.value.questions}-question assessment: tab navigation start -> first question, 100 ms Graph latency` }));
    figures.push(measuredFigure(spec.assessmentResults, assessment.value.resultsMs, { note: 'consensus spread, scores and gaps for 50 assessors, in Node' }));
  } else {
    figures.push(notMeasured(spec.assessmentOpen, assessment.reason), notMeasured(spec.assessmentResults, assessment.reason));
  }
  return figures;
}

/** Which item reads asked for every field, so a "no" says where to look. */
function selectNote(reads: readonly LoggedGraphRequest[]): string {
  const exempt = reads.filter((request) => !returnsItems(request.path)).length;
  const unlimited = reads.filter((request) => returnsItems(request.path) && !limitsFields(request.path));
  const parts = [unlimited.length === 0 ? 'every item read names its fields' : `all fields: ${unlimited.map((request) => shortPath(request.path)).join(', ')}`];
  if (exempt > 0) parts.push(`${exempt} token=latest delta exempt (returns no items)`);
  return parts.join('; ');
}

function chunkNote(chunks: readonly ChunkSize[]): string {
  return `${chunks.length} chunk${chunks.length === 1 ? '' : 's'}, per chunk in results.json`;
}

/** The first requests by path (without query), so a reader sees what the start waited for. */
function requestNote(requests: readonly LoggedGraphRequest[]): string {
  if (requests.length === 0) return 'none';
  const paths = requests.map((request) => `${request.method} ${shortPath(request.path)}`);
  return `first run: ${paths.slice(0, 6).join(', ')}${paths.length > 6 ? ', ...' : ''}`;
}

/** A logged path without its query, with site and list ids shortened to `{id}`. */
export function shortPath(path: string): string {
  let bare = path.split('?')[0] ?? path;
  try {
    bare = decodeURIComponent(bare);
  } catch {
    // keep it encoded
  }
  return bare.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '{id}').replace(/\{id\},\{id\}/g, '{id}');
}
