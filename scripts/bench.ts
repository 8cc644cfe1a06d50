// `npm run bench`: builds the tab and the bare-stack baseline page, starts the emulator
// with 10,000 instruments and 100 ms Graph latency, measures in headless chromium and
// writes bench/results.json plus a Markdown table. It reports figures; it never asserts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/support/launchBrowser';
import { startBenchEmulator, type BenchEmulator } from './bench/benchEmulator';
import { buildBaseline, buildTab, REPO_ROOT } from './bench/buildBundles';
import { collectFigures, type BenchMeasurements, type Outcome, type VisitData } from './bench/collectFigures';
import { formatResultsTable } from './bench/formatResultsTable';
import { distinctChunks, toKilobytes, type ChunkSize } from './bench/gzipSize';
import { measureBaseline, type BaselineMeasurement } from './bench/measureBaseline';
import { measureDomRows } from './bench/measureDomRows';
import { measureSearch } from './bench/measureSearch';
import { measureAssessment } from './bench/measureAssessment';
import { visitTab, type TabVisit } from './bench/visitTab';

const INSTRUMENTS = 10_000;
const LATENCY_MS = 100;
/** Measured runs after one warm-up; `BENCH_RUNS` overrides. */
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? '3') || 3);
/** The host page the tab is framed in: Dutch, personal tab. */
const HOST_QUERY = 'tab=personal&locale=nl-NL';
const SEARCH_WARM_UP = 'beleid';
const SEARCH_WORDS = ['datalek', 'phishing', 'crisisteam'];
/** The words are typed this many times over: 8 x 25 keystrokes = 200 samples, so the median means something (issue 17). */
const SEARCH_ROUNDS = 8;

const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
const TAB_DIR = join(RESULTS_DIR, 'tab');
const BASELINE_DIR = join(RESULTS_DIR, 'baseline');
const RESULTS_FILE = join(REPO_ROOT, 'bench', 'results.json');

const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
/** The first two non-empty lines of an error (a build error's first line only says how many there were). */
const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, 2)
    .join(' ')
    .slice(0, 300) || 'unknown error';

async function attempt<T>(what: string, work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error: unknown) {
    say(`${what} failed: ${reasonOf(error)}`);
    return { ok: false, reason: `${what} failed: ${reasonOf(error)}` };
  }
}

interface TabMeasurements {
  readonly assessment: BenchMeasurements['assessment'];
  readonly visits: Outcome<readonly VisitData[]>;
  readonly search: BenchMeasurements['search'];
  readonly domRows: BenchMeasurements['domRows'];
}

/** One warm-up visit, then `RUNS` measured ones; the last stays open for scrolling and search. */
async function measureTab(emulator: BenchEmulator): Promise<TabMeasurements> {
  let last: TabVisit | undefined;
  try {
    const visits = await attempt('opening the library', async () => {
      say('warm-up visit');
      await (await visitTab(emulator, HOST_QUERY)).close();
      const measured: VisitData[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        await last?.close();
        say(`visit ${run}/${RUNS}: cold start, then warm start`);
        last = await visitTab(emulator, HOST_QUERY);
        measured.push(last);
      }
      return measured;
    });
    const open = last;
    if (open === undefined) {
      const reason = visits.ok ? 'no visit' : visits.reason;
      return { visits, search: { ok: false, reason }, domRows: { ok: false, reason }, assessment: { ok: false, reason } };
    }
    say('scrolling the list to the end');
    const domRows = await attempt('scrolling the list', () => measureDomRows(open.tab));
    say('typing into the search box');
    const searched = await attempt('searching', () => measureSearch(open.tab, SEARCH_WARM_UP, Array.from({ length: SEARCH_ROUNDS }, () => SEARCH_WORDS).flat()));
    const search: BenchMeasurements['search'] = !searched.ok
      ? searched
      : searched.value.measured
        ? { ok: true, value: searched.value }
        : { ok: false, reason: searched.value.reason };
    say('opening a self-assessment and computing team results');
    const assessment = await attempt('measuring the self-assessment', () => measureAssessment(emulator, RUNS));
    return { visits, search, domRows, assessment };
  } finally {
    await last?.close();
  }
}

function chunkTable(title: string, chunks: readonly ChunkSize[]): string {
  const rows = distinctChunks(chunks).map((chunk) => `| ${chunk.path} | ${toKilobytes(chunk.rawBytes)} | ${toKilobytes(chunk.gzipBytes)} |`);
  return [`${title}`, '', '| chunk | raw KB | gzip KB |', '| --- | --- | --- |', ...rows].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  mkdirSync(RESULTS_DIR, { recursive: true });
  say('building the tab (vite build)');
  const tabBuilt = await attempt('building the tab', () => buildTab(TAB_DIR));
  say('building the baseline page');
  const baselineBuilt = await attempt('building the baseline page', () => buildBaseline(BASELINE_DIR));

  let tab: TabMeasurements;
  let instruments = INSTRUMENTS;
  if (tabBuilt.ok) {
    say(`starting the emulator with ${INSTRUMENTS} instruments and ${LATENCY_MS} ms latency`);
    const emulator = await attempt('starting the emulator', () => startBenchEmulator({ tabDir: TAB_DIR, instruments: INSTRUMENTS, latencyMs: LATENCY_MS }));
    if (emulator.ok) {
      instruments = emulator.value.instruments;
      try {
        tab = await measureTab(emulator.value);
      } finally {
        await emulator.value.close();
      }
    } else {
      tab = { visits: emulator, search: emulator, domRows: emulator, assessment: emulator };
    }
  } else {
    tab = { visits: tabBuilt, search: tabBuilt, domRows: tabBuilt, assessment: tabBuilt };
  }

  say('measuring the baseline page');
  const baseline: Outcome<BaselineMeasurement> = baselineBuilt.ok ? await attempt('measuring the baseline page', () => measureBaseline(BASELINE_DIR, RUNS)) : baselineBuilt;

  const figures = collectFigures({ instruments, ...tab, baseline });
  const tabChunks = tab.visits.ok ? distinctChunks(tab.visits.value[0]?.initialChunks ?? []) : [];
  const baselineChunks = baseline.ok ? distinctChunks(baseline.value.chunks) : [];
  const browserVersion = await chromium
    .launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox'] })
    .then(async (browser) => {
      const version = browser.version();
      await browser.close();
      return version;
    })
    .catch(() => 'unknown');
  const results = {
    generatedAt: new Date().toISOString(),
    command: 'npm run bench',
    environment: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, chromium: browserVersion },
    settings: { instruments, graphLatencyMs: LATENCY_MS, runs: RUNS, warmUpRuns: 1, hostPage: `/host?${HOST_QUERY}`, searchWords: SEARCH_WORDS, searchRounds: SEARCH_ROUNDS },
    figures,
    chunks: { tab: tabChunks, baseline: baselineChunks },
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);

  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(formatResultsTable(figures));
  console.log('');
  console.log(chunkTable('Initial JS of the library view, per chunk:', tabChunks));
  console.log('');
  console.log(chunkTable('Baseline page, per chunk:', baselineChunks));
  console.log('');
  console.log(`${instruments.toLocaleString('en-US')} instruments, ${LATENCY_MS} ms Graph latency, median of ${RUNS} runs after a warm-up, ${cpus().length} CPUs, chromium ${browserVersion}, ${seconds} s. Written to bench/results.json.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
