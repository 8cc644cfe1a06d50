import type { Frame, Page } from 'playwright-core';
import { summariseResponses } from '../../src/features/self-assessment/model/summariseResponses';
import { loadDefaultMaturityModel } from '../../src/features/self-assessment/model/loadDefaultMaturityModel';
import { computeGaps } from '../../src/features/self-assessment/model/computeGaps';
import { scoreAssessment } from '../../src/features/self-assessment/model/scoreAssessment';
import type { AssessmentAnswers } from '../../src/lists/assessmentAnswer';
import { toAssessmentFields } from '../../src/lists/assessmentMapping';
import { toAssessmentResponseFields } from '../../src/lists/assessmentResponseMapping';
import { launchBrowser } from '../../tests/e2e/support/launchBrowser';
import type { BenchEmulator } from './benchEmulator';

/** Timings of the self-assessment figures. */
export interface AssessmentMeasurement {
  /** Per run: navigation start of the tab -> the first question of the assessment on screen. */
  readonly openMs: readonly number[];
  /** Per run: consensus spread + scores + gaps for 50 assessors, in Node (the same code the tab runs). */
  readonly resultsMs: readonly number[];
  readonly questions: number;
}

const ASSESSORS = 50;
const SITE = '/sites/contoso.sharepoint.com:/sites/ivho:/lists';

function answersFor(seed: number, questionIds: readonly string[]): AssessmentAnswers {
  return Object.fromEntries(questionIds.map((id, index) => [id, { kind: 'level' as const, level: 1 + ((seed * 7 + index * 3) % 5) }]));
}

async function graphPost(emulator: BenchEmulator, token: string, path: string, fields: unknown): Promise<void> {
  const response = await fetch(`${emulator.url}/graph/v1.0${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ fields }) });
  if (!response.ok) throw new Error(`seeding ${path}: ${response.status} ${await response.text()}`);
}

/** Seeds a personal assessment of the coordinator with every question answered. */
async function seedAssessment(emulator: BenchEmulator): Promise<string> {
  const model = loadDefaultMaturityModel();
  const tokenResponse = await fetch(`${emulator.url}/emulator/token?user=coordinator%40contoso.example`);
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const submissionId = 'bench-assessment';
  const answers = answersFor(1, model.questions.map((question) => question.id));
  await graphPost(emulator, token, `${SITE}/Assessments/items`, toAssessmentFields({ submissionId, title: 'Bench', modelId: model.id, modelVersion: model.version, scope: 'personal', coordinatorUpn: 'coordinator@contoso.example', status: 'open', targets: {}, consensus: answers }));
  await graphPost(
    emulator,
    token,
    `${SITE}/AssessmentResponses/items`,
    toAssessmentResponseFields({ submissionId: `${submissionId}:coordinator@contoso.example`, title: 'bench', assessmentId: submissionId, assessorUpn: 'coordinator@contoso.example', status: 'inProgress', answers, updatedOn: new Date().toISOString() }),
  );
  return submissionId;
}

async function tabFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#tab-frame')).contentFrame();
  if (frame === null) throw new Error('the tab frame has no document');
  return frame;
}

/** Opening: a deep link straight to the assessment, timed to its first question in the tab frame's clock. */
async function timeOpen(emulator: BenchEmulator, assessmentId: string): Promise<number> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${emulator.url}/host?tab=personal&locale=nl-NL&subPageId=${encodeURIComponent(`assessment:${assessmentId}`)}`);
    const frame = await tabFrame(page);
    await frame.waitForSelector('fieldset[data-question]', { timeout: 60_000 });
    return await frame.evaluate(() => performance.now());
  } finally {
    await browser.close();
  }
}

function timeResults(): number {
  const model = loadDefaultMaturityModel();
  const ids = model.questions.map((question) => question.id);
  const responses = Array.from({ length: ASSESSORS }, (_, assessor) => ({ assessorUpn: `assessor${assessor}@contoso.example`, answers: answersFor(assessor, ids) }));
  const started = performance.now();
  const spreads = summariseResponses(model, responses);
  const consensus: AssessmentAnswers = Object.fromEntries(spreads.flatMap((spread) => (spread.suggested === null ? [] : [[spread.questionId, { kind: 'level' as const, level: spread.suggested }]])));
  const scores = scoreAssessment(model, consensus);
  computeGaps(model, scores, Object.fromEntries(model.themes.map((theme) => [theme.id, 4])));
  return performance.now() - started;
}

/** One warm-up, then `runs` measured runs of both figures. */
export async function measureAssessment(emulator: BenchEmulator, runs: number): Promise<AssessmentMeasurement> {
  const assessmentId = await seedAssessment(emulator);
  await timeOpen(emulator, assessmentId);
  timeResults();
  const openMs: number[] = [];
  const resultsMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    openMs.push(await timeOpen(emulator, assessmentId));
    resultsMs.push(timeResults());
  }
  return { openMs, resultsMs, questions: loadDefaultMaturityModel().questions.length };
}
