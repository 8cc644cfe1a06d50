/**
 * User flows run through the tab while the emulator injects faults, shared by the short
 * fault tests in `npm test` and the long form in `npm run test:soak`. Each flow submits
 * through the UI, waits until SharePoint has everything, and counts what arrived: every
 * item must be stored exactly once (by SubmissionId and by what the user typed).
 */
import type { Page } from 'playwright-core';
import { graphAs, itemsPath } from './emulatorGraph';
import type { HostedTab } from './hostedTab';

/** The issue's fault mix: 30% 429/503 with Retry-After hidden (as cross-origin Graph hides it), 5% drops, 200 ms latency. */
export const FAULT_MIX = { throttleRate: 0.3, throttleStatuses: [429, 503], exposeRetryAfter: false, dropRate: 0.05, latencyMs: 200 } as const;

/** What the emulator injected since the last POST or DELETE of /emulator/faults. */
export interface InjectedFaults {
  readonly decided: number;
  readonly throttled: number;
  readonly dropped: number;
}

/** What a flow submitted and what SharePoint ended up holding. */
export interface FlowOutcome extends InjectedFaults {
  readonly submitted: number;
  readonly stored: number;
  /** Items stored more than once (same SubmissionId or same typed title). */
  readonly duplicates: number;
  /** What the user submitted and SharePoint does not have. */
  readonly lost: number;
}

export async function setFaults(emulatorUrl: string, settings: Record<string, unknown> | undefined): Promise<void> {
  await fetch(`${emulatorUrl}/emulator/faults`, {
    method: settings === undefined ? 'DELETE' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(settings === undefined ? {} : { body: JSON.stringify(settings) }),
  });
}

export async function injectedFaults(emulatorUrl: string): Promise<InjectedFaults> {
  const body = (await (await fetch(`${emulatorUrl}/emulator/faults`)).json()) as { injected: InjectedFaults };
  return body.injected;
}

export async function expireTokens(emulatorUrl: string): Promise<void> {
  await fetch(`${emulatorUrl}/emulator/tokens/expire`, { method: 'POST' });
}

export async function countItems(emulatorUrl: string, list: string): Promise<number> {
  const response = await fetch(`${emulatorUrl}/emulator/lists/${list}/count`);
  return ((await response.json()) as { count: number }).count;
}

/** Waits until the list holds `expected` items (or the deadline passes: the caller's assertion then says how many). */
export async function waitForItemCount(emulatorUrl: string, list: string, expected: number, timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let current = await countItems(emulatorUrl, list);
  while (current < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    current = await countItems(emulatorUrl, list);
  }
  // A moment longer: a duplicate would arrive after the expected count was reached.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return countItems(emulatorUrl, list);
}

/** Items of `list` whose `column` starts with `prefix`, with how they came out: submitted vs stored. */
async function tally(emulatorUrl: string, list: string, column: string, prefix: string, submitted: readonly string[], faults: InjectedFaults): Promise<FlowOutcome> {
  const graph = await graphAs(emulatorUrl, 'coordinator@contoso.example');
  const items = (await graph('GET', `${itemsPath(list)}?expand=fields&$top=5000`)) as { value: Array<{ fields: Record<string, unknown> }> };
  const ours = items.value.filter((item) => String(item.fields[column]).startsWith(prefix));
  const values = ours.map((item) => String(item.fields[column]));
  const submissionIds = new Set(ours.map((item) => String(item.fields['SubmissionId'])));
  return {
    ...faults,
    submitted: submitted.length,
    stored: ours.length,
    duplicates: ours.length - Math.min(new Set(values).size, submissionIds.size),
    lost: submitted.filter((value) => !values.includes(value)).length,
  };
}

/** Waits until the tab's outbox has nothing left to send. */
export async function waitForIdleOutbox(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.frameLocator('#tab-frame').locator('[data-testid="outbox-status"][data-state="idle"]').first().waitFor({ timeout: timeoutMs });
}

/** Self-assessment answers are queued shortly after the last change (a debounce); then the outbox must empty. */
export async function waitForAnswersSent(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.waitForTimeout(1_200);
  await waitForIdleOutbox(page, timeoutMs);
}

/** Options of {@link reportIncidentsUnderFaults}. */
export interface ReportFlowOptions {
  readonly count: number;
  /** Reports (by index) made with the browser offline; it comes back online after each. */
  readonly offlineAt?: readonly number[];
  /** Reports (by index) before which every sign-in token expires. */
  readonly expireTokensAt?: readonly number[];
  readonly prefix: string;
  readonly seed: number;
}

/** Quick near-miss reports through the Report form, one after the other, under the fault mix. */
export async function reportIncidentsUnderFaults(hosted: HostedTab, options: ReportFlowOptions): Promise<FlowOutcome> {
  const url = hosted.emulator.url;
  const before = await countItems(url, 'IncidentCases');
  const { page, tab, errors } = await hosted.openHost('tab=personal&locale=nl-NL&subPageId=incidents');
  await tab.getByRole('heading', { level: 1, name: 'Leren van incidenten' }).waitFor();
  await setFaults(url, { ...FAULT_MIX, seed: options.seed });
  const titles = Array.from({ length: options.count }, (_, index) => `${options.prefix} ${index}`);
  for (const [index, title] of titles.entries()) {
    const offline = options.offlineAt?.includes(index) ?? false;
    if (options.expireTokensAt?.includes(index) === true) await expireTokens(url);
    if (offline) await page.context().setOffline(true);
    await tab.getByRole('textbox', { name: 'Titel' }).fill(title);
    await tab.getByRole('textbox', { name: 'Wat er gebeurde' }).fill(`Melding ${index} onder storingen.`);
    await tab.getByRole('button', { name: 'Melding versturen' }).click();
    await tab.getByRole('textbox', { name: 'Titel' }).and(tab.locator('[value=""]')).waitFor();
    if (offline) {
      await tab.locator('[data-testid="outbox-status"][data-state="offline"]').first().waitFor();
      await page.context().setOffline(false);
    }
  }
  await waitForItemCount(url, 'IncidentCases', before + titles.length);
  const faults = await injectedFaults(url);
  await setFaults(url, undefined);
  await waitForIdleOutbox(page);
  const outcome = await tally(url, 'IncidentCases', 'Title', options.prefix, titles, faults);
  expect(errors.filter((error) => !/Failed to load resource: .*(401|429|503)|net::ERR_/.test(error))).toEqual([]);
  await page.close();
  return outcome;
}

/** Options of {@link deriveLessonsUnderFaults}. */
export interface LessonFlowOptions {
  readonly count: number;
  /** Lessons (by index) whose form is open when every sign-in token expires. */
  readonly expireTokensAt?: readonly number[];
  readonly prefix: string;
  readonly seed: number;
}

/**
 * Derives one lesson from each of `count` fresh cases under the fault mix. Each case is
 * opened by its deep link in the same page, so lessons still queued in the outbox when
 * the page navigates away must be sent by the next page, once.
 */
export async function deriveLessonsUnderFaults(hosted: HostedTab, options: LessonFlowOptions): Promise<FlowOutcome> {
  const url = hosted.emulator.url;
  const graph = await graphAs(url, 'coordinator@contoso.example');
  const cases = Array.from({ length: options.count }, (_, index) => ({ id: `${options.prefix.toLowerCase().replace(/\W+/g, '-')}-case-${index}`, title: `${options.prefix} ${index}` }));
  for (const { id, title } of cases) {
    await graph('POST', itemsPath('IncidentCases'), {
      fields: { Title: title, SubmissionId: id, Kind: 'nearMiss', Theme: 'cybersecurity', WhatHappened: 'Een back-up bleek onvolledig.', LessonsText: 'Test het terugzetten van back-ups elk kwartaal.', CaseStatus: 'open', PersonalDataInvolved: false },
    });
  }
  const before = await countItems(url, 'Lessons');
  const opened = await hosted.openHost('tab=personal&locale=nl-NL&subPageId=incidents');
  const { page, tab, errors } = opened;
  await setFaults(url, { ...FAULT_MIX, seed: options.seed });
  for (const [index, { id, title }] of cases.entries()) {
    await page.goto(`${url}/host?tab=personal&locale=nl-NL&subPageId=${encodeURIComponent(`incident:${id}`)}`);
    await tab.getByRole('heading', { level: 2, name: title }).waitFor({ timeout: 60_000 });
    await tab.getByText(/^Gecontroleerd op .*: niets gevonden\./).waitFor();
    await tab.getByRole('radio', { name: /TLP:GREEN/ }).check();
    if (options.expireTokensAt?.includes(index) === true) await expireTokens(url);
    await tab.getByRole('button', { name: 'Les opslaan' }).click();
    await tab.getByText('De les is opgeslagen.').waitFor();
  }
  await waitForItemCount(url, 'Lessons', before + cases.length);
  const faults = await injectedFaults(url);
  await setFaults(url, undefined);
  await waitForIdleOutbox(page);
  const outcome = await tally(url, 'Lessons', 'Title', options.prefix, cases.map(({ title }) => title), faults);
  expect(errors.filter((error) => !/Failed to load resource: .*(401|429|503)|net::ERR_/.test(error))).toEqual([]);
  await page.close();
  return outcome;
}

/** One line for the log and the README: the figures of a flow. */
export function describeOutcome(what: string, outcome: FlowOutcome): string {
  return `${what}: ${outcome.decided} requests, ${outcome.throttled} throttled, ${outcome.dropped} dropped; ${outcome.submitted} submitted, ${outcome.stored} stored, ${outcome.lost} lost, ${outcome.duplicates} duplicates`;
}

/** Options of {@link answerTeamAssessmentUnderFaults}. */
export interface AssessmentFlowOptions {
  readonly title: string;
  readonly assessors: readonly string[];
  /** Reload the page of the second assessor halfway (the local draft must carry the answers). */
  readonly reloadHalfway?: boolean;
  readonly expireTokensHalfway?: boolean;
  readonly seed: number;
}

/** The level an assessor gives a question: different per assessor and question, inside a 1-5 scale. */
function levelFor(assessorIndex: number, questionIndex: number): number {
  return ((questionIndex + assessorIndex * 2) % 5) + 1;
}

/** Answers every question of every theme; returns the level given per question id. */
async function answerEveryQuestion(page: Page, assessorIndex: number, onHalfway: () => Promise<void>): Promise<Record<string, number>> {
  const tab = page.frameLocator('#tab-frame');
  const themes = tab.getByRole('navigation', { name: 'Thema\'s' }).getByRole('button');
  const themeCount = await themes.count();
  const given: Record<string, number> = {};
  let answered = 0;
  for (let theme = 0; theme < themeCount; theme += 1) {
    if (theme === Math.floor(themeCount / 2)) await onHalfway();
    await tab.getByRole('navigation', { name: 'Thema\'s' }).getByRole('button').nth(theme).click();
    const questions = tab.locator('fieldset[data-question]');
    await questions.first().waitFor();
    const ids = await questions.evaluateAll((fieldsets) => fieldsets.map((fieldset) => fieldset.getAttribute('data-question') ?? ''));
    for (const id of ids) {
      const level = levelFor(assessorIndex, answered);
      await tab.locator(`fieldset[data-question="${id}"]`).getByRole('radio').nth(level - 1).check();
      given[id] = level;
      answered += 1;
    }
  }
  return given;
}

/**
 * A team assessment in the channel tab answered in full by each assessor in turn under the
 * fault mix; then AssessmentResponses must hold one item per assessor with every answer.
 */
export async function answerTeamAssessmentUnderFaults(hosted: HostedTab, options: AssessmentFlowOptions): Promise<FlowOutcome & { readonly answers: number }> {
  // Here `submitted` and `stored` count responses (one per assessor); `lost` counts answers.
  const url = hosted.emulator.url;
  const given: Array<Record<string, number>> = [];
  await setFaults(url, { ...FAULT_MIX, seed: options.seed });
  for (const [assessorIndex, upn] of options.assessors.entries()) {
    const { page, tab, errors } = await hosted.openHost(`tab=channel&locale=nl-NL&user=${encodeURIComponent(upn)}&subPageId=assessments`);
    await tab.getByRole('heading', { level: 1, name: 'Zelfevaluatie' }).waitFor({ timeout: 60_000 });
    if (assessorIndex === 0) {
      await tab.getByRole('textbox', { name: 'Naam (optioneel)' }).fill(options.title);
      await tab.getByRole('button', { name: 'Starten' }).click();
    } else {
      await tab.getByRole('button', { name: options.title }).click({ timeout: 60_000 });
    }
    await tab.getByRole('heading', { level: 2, name: options.title }).waitFor({ timeout: 60_000 });
    given[assessorIndex] = await answerEveryQuestion(page, assessorIndex, async () => {
      if (options.expireTokensHalfway === true) await expireTokens(url);
      if (options.reloadHalfway === true && assessorIndex === 1) {
        // Answers given a moment ago may still be in the debounce or the outbox: the draft carries them.
        await page.reload();
        await tab.getByRole('button', { name: options.title }).click({ timeout: 60_000 });
        await tab.getByRole('heading', { level: 2, name: options.title }).waitFor({ timeout: 60_000 });
      }
    });
    await waitForAnswersSent(page);
    // Faulted requests are logged by the browser; so is the 403 of an assessor who may not read Lessons (the screen says so).
    expect(errors.filter((error) => !/Failed to load resource: .*(401|429|503)|net::ERR_|status of 403 .*\/lists\/Lessons\//.test(error))).toEqual([]);
    await page.close();
  }
  const faults = await injectedFaults(url);
  await setFaults(url, undefined);

  const graph = await graphAs(url, 'coordinator@contoso.example');
  const fieldsOf = async (list: string) => ((await graph('GET', `${itemsPath(list)}?expand=fields&$top=5000`)) as { value: Array<{ fields: Record<string, unknown> }> }).value.map((item) => item.fields);
  const assessmentId = (await fieldsOf('Assessments')).find((fields) => fields['Title'] === options.title)?.['SubmissionId'];
  const ours = (await fieldsOf('AssessmentResponses')).filter((fields) => fields['AssessmentId'] === assessmentId);
  const byAssessor = options.assessors.map((upn) => ours.filter((fields) => fields['AssessorUpn'] === upn));
  // Answers that did not arrive with the level given, over all assessors.
  const lostAnswers = byAssessor.map((responses, assessorIndex) => {
    const json = responses[0]?.['AnswersJson'];
    const stored = JSON.parse(typeof json === 'string' ? json : '{}') as Record<string, { kind: string; level?: number } | undefined>;
    return Object.entries(given[assessorIndex] ?? {}).filter(([id, level]) => stored[id]?.kind !== 'level' || stored[id]?.level !== level).length;
  });
  return {
    ...faults,
    submitted: options.assessors.length,
    stored: ours.length,
    duplicates: ours.length - byAssessor.filter((responses) => responses.length > 0).length,
    lost: lostAnswers.reduce((sum, lost) => sum + lost, 0),
    answers: Object.keys(given[0] ?? {}).length,
  };
}
