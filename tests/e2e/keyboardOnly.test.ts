/**
 * The main flows of the end-to-end tests done with the keyboard alone (issue 9, item 4):
 * Tab and Shift+Tab to move, arrow keys inside tab lists and radio groups, Space and
 * Enter to act. No clicks and no filling by locator: a control the keyboard cannot reach
 * fails the test. The library's keyboard run is in library.test.ts.
 */
import type { Page } from 'playwright-core';
import { graphAs, itemsPath } from './support/emulatorGraph';
import { countItems, waitForAnswersSent, waitForItemCount } from './support/faultFlows';
import { seriousAxeViolations, startHostedTab, tabFrame, type HostedTab } from './support/hostedTab';
import { isFocused, tabTo } from './support/keyboard';

jest.setTimeout(120_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
}, 120_000);

afterAll(async () => {
  await hosted?.close();
});

/** Opens the host and puts the keyboard focus at the start of the tab's document. */
async function openWithKeyboard(query: string): Promise<{ page: Page; errors: string[] }> {
  const { page, tab, errors } = await hosted.openHost(`locale=nl-NL&${query}`);
  await tab.getByRole('heading', { level: 1 }).first().waitFor();
  await (await tabFrame(page)).locator('body').focus();
  return { page, errors };
}

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, page.frameLocator('#tab-frame').getByRole('textbox', { name: label, exact: true }));
  await page.keyboard.type(text);
}

describe('keyboard only', () => {
  it('reports a near miss', async () => {
    const before = await countItems(hosted.emulator.url, 'IncidentCases');
    const { page, errors } = await openWithKeyboard('tab=personal&subPageId=incidents');
    const tab = page.frameLocator('#tab-frame');
    await typeInto(page, 'Titel', 'Toetsenbordmelding: nooduitgang geblokkeerd');
    await typeInto(page, 'Wat er gebeurde', 'Dozen voor de nooduitgang van de kantine.');
    await tabTo(page, tab.getByRole('button', { name: 'Melding versturen' }));
    await page.keyboard.press('Enter');
    await tab.getByText(/Je melding is op dit apparaat opgeslagen/).waitFor();
    expect(await waitForItemCount(hosted.emulator.url, 'IncidentCases', before + 1)).toBe(before + 1);
    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    const stored = (await graph('GET', `${itemsPath('IncidentCases')}?expand=fields&$top=5000`)) as { value: Array<{ fields: Record<string, unknown> }> };
    expect(stored.value.filter((item) => item.fields['Title'] === 'Toetsenbordmelding: nooduitgang geblokkeerd')).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes from the library to the self-assessment, starts one and answers a question with the arrow keys', async () => {
    const { page, errors } = await openWithKeyboard('tab=personal');
    const tab = page.frameLocator('#tab-frame');
    // The section tabs: arrow keys move between them, Enter opens one.
    await tabTo(page, tab.getByRole('tab', { name: 'Instrumenten' }));
    await page.keyboard.press('ArrowRight');
    expect(await isFocused(tab.getByRole('tab', { name: 'Zelfevaluatie' }))).toBe(true);
    await page.keyboard.press('Enter');
    await tab.getByRole('heading', { level: 1, name: 'Zelfevaluatie' }).waitFor();
    await typeInto(page, 'Naam (optioneel)', 'Toetsenbordscan');
    await tabTo(page, tab.getByRole('button', { name: 'Starten' }));
    await page.keyboard.press('Enter');
    await tab.getByRole('heading', { level: 2, name: 'Toetsenbordscan' }).waitFor();
    // Into the first question's levels: Tab lands on the first level, the arrow key moves to and picks the second.
    const levels = tab.locator('fieldset[data-question]').first().getByRole('radio');
    const questionId = await tab.locator('fieldset[data-question]').first().getAttribute('data-question');
    await tabTo(page, levels.first());
    await page.keyboard.press('ArrowDown');
    expect(await levels.nth(1).isChecked()).toBe(true);
    await waitForAnswersSent(page);
    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    const assessments = (await graph('GET', `${itemsPath('Assessments')}?expand=fields&$top=5000`)) as { value: Array<{ fields: Record<string, unknown> }> };
    const assessmentId = assessments.value.find((item) => item.fields['Title'] === 'Toetsenbordscan')?.fields['SubmissionId'];
    const responses = (await graph('GET', `${itemsPath('AssessmentResponses')}?expand=fields&$top=5000`)) as { value: Array<{ fields: Record<string, unknown> }> };
    const mine = responses.value.filter((item) => item.fields['AssessmentId'] === assessmentId);
    expect(mine).toHaveLength(1);
    const answers = JSON.parse(String(mine[0]?.fields['AnswersJson'])) as Record<string, { level?: number }>;
    expect(answers[questionId ?? '']?.level).toBe(2);
    // The results tab, also by keyboard.
    await tabTo(page, tab.getByRole('tab', { name: 'Invullen' }), { backwards: true });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await tab.getByTestId('radar-chart').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('derives a lesson: removes the personal data, links a question, picks the label and saves', async () => {
    const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
    await graph('POST', itemsPath('IncidentCases'), {
      fields: {
        Title: 'Toetsenbordcasus',
        SubmissionId: 'keyboard-case',
        Kind: 'incident',
        Theme: 'privacy',
        WhatHappened: 'Een lijst met namen lag bij de printer.',
        LessonsText: 'Haal prints direct op; vragen aan p.devries@contoso.example.',
        CaseStatus: 'open',
        PersonalDataInvolved: false,
      },
    });
    const before = await countItems(hosted.emulator.url, 'Lessons');
    const { page, errors } = await openWithKeyboard(`tab=personal&subPageId=${encodeURIComponent('incident:keyboard-case')}`);
    const tab = page.frameLocator('#tab-frame');
    await tab.getByRole('heading', { level: 2, name: 'Toetsenbordcasus' }).waitFor();
    await tabTo(page, tab.getByRole('button', { name: 'Verwijder p.devries@contoso.example' }));
    await page.keyboard.press('Enter');
    await tab.getByText(/^Gecontroleerd op .*: niets gevonden\./).waitFor();
    await tabTo(page, tab.getByTestId('lesson-question-links').getByRole('checkbox').first());
    await page.keyboard.press('Space');
    await tabTo(page, tab.getByRole('radio', { name: /^TLP:CLEAR/ }));
    await page.keyboard.press('ArrowDown');
    expect(await tab.getByRole('radio', { name: /^TLP:GREEN/ }).isChecked()).toBe(true);
    await tabTo(page, tab.getByRole('button', { name: 'Les opslaan' }));
    await page.keyboard.press('Enter');
    await tab.getByText('De les is opgeslagen.').waitFor();
    expect(await waitForItemCount(hosted.emulator.url, 'Lessons', before + 1)).toBe(before + 1);
    const lessons = (await graph('GET', `${itemsPath('Lessons')}?expand=fields&$filter=fields/CaseId eq 'keyboard-case'`)) as { value: Array<{ fields: Record<string, unknown> }> };
    expect(lessons.value.map((item) => [item.fields['Tlp'], item.fields['MaturityQuestionIds']])).toEqual([['GREEN', expect.stringMatching(/^privacy\./)]]);
    expect(String(lessons.value[0]?.fields['RedactedText'])).not.toContain('p.devries@contoso.example');
    expect(errors).toEqual([]);
    await page.close();
  });
});
