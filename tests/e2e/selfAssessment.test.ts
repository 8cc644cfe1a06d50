/**
 * Self-assessment in the emulator host (issue 5): two users answer the same team
 * assessment in a channel tab; the coordinator resolves a disagreement, meets a 412 from
 * a concurrent save, and finalises; the results show the radar, gaps and recommended
 * instruments, and the CSV carries the screen's numbers. Under 30% throttling every
 * answer arrives exactly once.
 */
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { graphAs, itemsPath } from './support/emulatorGraph';
import { setFaults as setEmulatorFaults, waitForAnswersSent } from './support/faultFlows';
import { seriousAxeViolations, startHostedTab, type HostedTab } from './support/hostedTab';

jest.setTimeout(180_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

const Q1 = 'cybersecurity.risicomanagement.1';
const Q2 = 'cybersecurity.beleid.1';

async function openAssessments(user: string): Promise<{ page: Page; tab: FrameLocator; errors: string[] }> {
  const opened = await hosted.openHost(`tab=channel&locale=nl-NL&user=${encodeURIComponent(user)}&subPageId=assessments`);
  try {
    await opened.tab.getByRole('heading', { level: 1, name: 'Zelfevaluatie' }).waitFor({ timeout: 60_000 });
  } catch (error: unknown) {
    // Say what the tab showed instead, and what the browser logged.
    const frame = opened.page.frames()[1];
    console.log(`tab for ${user}:`, await frame?.evaluate(() => document.body.innerText.slice(0, 800)), opened.errors);
    throw error;
  }
  return opened;
}

/** Picks level `level` (1..5) of a question: the radios are in scale order. */
async function answer(tab: FrameLocator, questionId: string, level: number): Promise<void> {
  await tab.locator(`fieldset[data-question="${questionId}"]`).getByRole('radio').nth(level - 1).check();
}

const setFaults = (settings: Record<string, unknown> | undefined): Promise<void> => setEmulatorFaults(hosted.emulator.url, settings);

describe('team self-assessment in a channel tab', () => {
  it('two users answer, the coordinator resolves a disagreement, survives a 412 and finalises; results and CSV agree', async () => {
    // 1. The coordinator starts the channel's team assessment and answers under 30% throttling.
    const coordinator = await openAssessments('coordinator@contoso.example');
    await coordinator.tab.getByRole('textbox', { name: 'Naam (optioneel)' }).fill('Teamscan e2e');
    await coordinator.tab.getByRole('button', { name: 'Starten' }).click();
    await coordinator.tab.getByRole('heading', { level: 2, name: 'Teamscan e2e' }).waitFor();
    await setFaults({ throttleRate: 0.3, throttleStatuses: [429, 503], exposeRetryAfter: false, dropRate: 0.05, seed: 5 });
    await answer(coordinator.tab, Q1, 1);
    await answer(coordinator.tab, Q2, 2);
    await waitForAnswersSent(coordinator.page, 60_000);
    await setFaults(undefined);
    // The lessons from incidents behind the theme (the demo lesson is linked to a cybersecurity question).
    await coordinator.tab.getByRole('button', { name: /^Lessen uit incidenten over Cybersecurity en informatiebeveiliging \(\d+\)$/ }).click();
    await coordinator.tab.getByRole('list', { name: 'Lessen uit incidenten over Cybersecurity en informatiebeveiliging' }).getByText('Schermvergrendeling voorkomt meer dan je denkt').waitFor();
    expect(await seriousAxeViolations(coordinator.page)).toEqual([]);

    // 2. A team member answers the same questions (throttled again); a reload mid-answer loses nothing.
    const member = await openAssessments('staff@contoso.example');
    await member.tab.getByRole('button', { name: 'Teamscan e2e' }).click();
    await member.tab.locator(`fieldset[data-question="${Q1}"]`).waitFor();
    await setFaults({ throttleRate: 0.3, throttleStatuses: [429, 503], exposeRetryAfter: false, dropRate: 0.05, seed: 9 });
    await answer(member.tab, Q1, 4);
    await member.page.waitForTimeout(200);
    await setFaults(undefined);
    await member.page.reload();
    await member.tab.getByRole('heading', { level: 1, name: 'Zelfevaluatie' }).waitFor();
    await member.tab.getByRole('button', { name: 'Teamscan e2e' }).click();
    expect(await member.tab.locator(`fieldset[data-question="${Q1}"]`).getByRole('radio').nth(3).isChecked()).toBe(true);
    await setFaults({ throttleRate: 0.3, throttleStatuses: [429, 503], exposeRetryAfter: false, dropRate: 0.05, seed: 13 });
    await answer(member.tab, Q2, 2);
    await waitForAnswersSent(member.page, 60_000);
    await setFaults(undefined);

    // Every assessor's answers arrived exactly once.
    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    const responses = (await graph('GET', `${itemsPath('AssessmentResponses')}?expand=fields&$top=5000`)) as { value: Array<{ fields: Record<string, unknown> }> };
    const assessment = ((await graph('GET', `${itemsPath('Assessments')}?expand=fields&$top=5000`)) as { value: Array<{ id: string; fields: Record<string, unknown> }> }).value.find(
      (item) => item.fields['Title'] === 'Teamscan e2e',
    );
    const ofThis = responses.value.filter((item) => item.fields['AssessmentId'] === assessment?.fields['SubmissionId']);
    expect(ofThis.map((item) => item.fields['AssessorUpn']).sort()).toEqual(['coordinator@contoso.example', 'staff@contoso.example']);
    const memberAnswers = JSON.parse(String(ofThis.find((item) => item.fields['AssessorUpn'] === 'staff@contoso.example')?.fields['AnswersJson'])) as Record<string, { level: number }>;
    expect(memberAnswers[Q1]?.level).toBe(4);
    await member.page.close();

    // 3. The coordinator sees the disagreement and sets the consensus and a target.
    await coordinator.page.reload();
    await coordinator.tab.getByRole('button', { name: 'Teamscan e2e' }).click();
    await coordinator.tab.getByRole('tab', { name: 'Teamconsensus' }).click();
    const disputed = coordinator.tab.locator(`li[data-question="${Q1}"]`);
    expect(await disputed.getAttribute('data-disagreement')).toBe('true');
    await disputed.getByText('Verschil van inzicht (spreiding 3)').waitFor();
    await disputed.getByRole('combobox', { name: 'Consensus' }).selectOption('2');
    await coordinator.tab.locator(`li[data-question="${Q2}"]`).getByRole('combobox', { name: 'Consensus' }).selectOption('2');
    await coordinator.tab.getByRole('tab', { name: 'Invullen' }).click();
    await coordinator.tab.getByRole('combobox', { name: /Doelniveau voor Cybersecurity/ }).selectOption('4');

    // 4. Someone else saves first: Graph answers 412 and the coordinator chooses.
    await graph('PATCH', `${itemsPath('Assessments')}/${assessment?.id ?? ''}/fields`, { TargetsJson: '{"privacy":3}' });
    await coordinator.tab.getByRole('button', { name: 'Consensus en doelen opslaan' }).click();
    await coordinator.tab.getByText('Iemand anders heeft deze zelfevaluatie intussen opgeslagen').waitFor();
    await coordinator.tab.getByRole('button', { name: 'Mijn versie eroverheen opslaan' }).click();
    await coordinator.tab.getByText('Opgeslagen in SharePoint.').waitFor();
    await coordinator.tab.getByRole('button', { name: 'Afronden' }).click();
    await coordinator.tab.getByText('Opgeslagen in SharePoint.').waitFor();

    // 5. Results: radar, the gap, instruments that help; the CSV has the screen's numbers.
    await coordinator.tab.getByRole('tab', { name: 'Resultaten' }).click();
    await coordinator.tab.getByTestId('radar-chart').waitFor();
    const overall = (await coordinator.tab.getByTestId('overall-score').textContent()) ?? '';
    expect(overall).toBe('Totaalscore: 2,0');
    const gap = coordinator.tab.getByTestId('gaps').getByRole('listitem').first();
    await expect(gap.textContent()).resolves.toContain('Cybersecurity en informatiebeveiliging: 2,0 tegenover doel 4 (verschil 2,0)');
    await coordinator.tab.getByRole('list', { name: /Instrumenten voor Cybersecurity/ }).getByRole('listitem').first().waitFor();
    await coordinator.tab.getByRole('list', { name: 'Lessen uit incidenten over Privacy en persoonsgegevens' }).getByText('Schermvergrendeling voorkomt meer dan je denkt').waitFor();
    const download = coordinator.page.waitForEvent('download');
    await coordinator.tab.getByRole('button', { name: 'Exporteren naar CSV' }).click();
    const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
    expect(csv).toContain('Totaal;;;;;2,0;;;');
    expect(csv).toContain('Thema;Cybersecurity en informatiebeveiliging;;;;2,0;4;2,0;');
    const stored = ((await graph('GET', `${itemsPath('Assessments')}/${assessment?.id ?? ''}?expand=fields`)) as { fields: Record<string, unknown> }).fields;
    expect(stored['AssessmentStatus']).toBe('finalised');
    expect(JSON.parse(String(stored['TargetsJson']))).toEqual({ cybersecurity: 4 });
    expect(await seriousAxeViolations(coordinator.page)).toEqual([]);
    // The browser logs every faulted request (429/503 injected, the 412 provoked); anything else is a defect.
    expect(coordinator.errors.filter((error) => !/Failed to load resource: .*(429|503|412)|net::ERR_/.test(error))).toEqual([]);
    await coordinator.page.close();
  });
});
