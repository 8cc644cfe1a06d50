/**
 * Channel tabs in every kind of channel (issue 23, items 4 and 8): a private channel and a
 * peer institution's shared channel (another tenant owns the team) give no team.groupId,
 * so Graph calls use the owner team's group id; what may be posted follows the channel
 * (TLP: AMBER may reach a peer institution, AMBER+STRICT may not); a moderated channel
 * refuses a member who is no moderator, with the cause explained; an archived team offers
 * no posting at all.
 */
import { graphAs, itemsPath } from './support/emulatorGraph';
import { eventually } from './support/eventually';
import { countItems, waitForItemCount } from './support/faultFlows';
import { seriousAxeViolations, startHostedTab, type HostedTab, type OpenedHost } from './support/hostedTab';

jest.setTimeout(120_000);

let hosted: HostedTab;

beforeAll(async () => {
  hosted = await startHostedTab();
});

afterAll(async () => {
  await hosted?.close();
});

interface PostedMessage {
  readonly channelIdentity: { readonly teamId: string; readonly channelId: string };
  readonly attachments: Array<{ readonly content: string }>;
}

async function messages(): Promise<PostedMessage[]> {
  return ((await (await fetch(`${hosted.emulator.url}/emulator/messages`)).json()) as { value: PostedMessage[] }).value;
}

async function emulatorConfig(): Promise<{ team: { id: string; channels: Array<{ id: string; membershipType: string; moderated?: boolean }> }; externalTeams: Array<{ id: string; channels: Array<{ id: string }> }> }> {
  return (await (await fetch(`${hosted.emulator.url}/emulator/config`)).json()) as Awaited<ReturnType<typeof emulatorConfig>>;
}

async function postAnInstrument(query: string): Promise<OpenedHost> {
  const opened = await hosted.openHost(query);
  await opened.tab.getByRole('searchbox', { name: 'Search instruments' }).fill('datalek');
  const first = opened.tab.getByRole('list', { name: 'Published instruments' }).getByRole('link').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await opened.tab.getByRole('heading', { level: 2, name: title }).waitFor();
  return opened;
}

async function createCase(submissionId: string, title: string): Promise<void> {
  const graph = await graphAs(hosted.emulator.url, 'coordinator@contoso.example');
  await graph('POST', itemsPath('IncidentCases'), {
    fields: { Title: title, SubmissionId: submissionId, Kind: 'nearMiss', Theme: 'fysieke-veiligheid', WhatHappened: 'Een nooduitgang was geblokkeerd.', LessonsText: 'Houd nooduitgangen vrij.', CaseStatus: 'open', PersonalDataInvolved: false },
  });
}

describe('channel tabs in private, shared, moderated and archived channels', () => {
  it('posts from a private channel to that channel, addressing Graph with the owner team’s group id', async () => {
    const config = await emulatorConfig();
    const privateChannel = config.team.channels.find((channel) => channel.membershipType === 'private');
    const before = (await messages()).length;
    const { page, tab, errors } = await postAnInstrument('tab=channel&channel=private&locale=en-US');
    await tab.getByRole('button', { name: 'Post to this channel' }).click();
    await tab.getByText('Posted in the channel.').waitFor();
    const posted = (await eventually(messages, (list) => list.length > before)).at(-1);
    expect(posted?.channelIdentity).toEqual({ teamId: config.team.id, channelId: privateChannel?.id });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in a peer institution’s shared channel: an AMBER lesson may be posted (to the owner team), an AMBER+STRICT one may not', async () => {
    const config = await emulatorConfig();
    const peer = config.externalTeams[0];
    await createCase('e2e-shared-amber', 'Nooduitgang geblokkeerd (AMBER)');
    await createCase('e2e-shared-strict', 'Nooduitgang geblokkeerd (STRICT)');

    const restrictedBefore = await countItems(hosted.emulator.url, 'RestrictedLessons');
    const lessonsBefore = await countItems(hosted.emulator.url, 'Lessons');
    const strict = await hosted.openHost('tab=channel&channel=shared&locale=en-US&subPageId=incident%3Ae2e-shared-strict');
    await strict.tab.getByRole('radio', { name: /TLP:AMBER\+STRICT/ }).check();
    await strict.tab.getByRole('button', { name: 'Save lesson' }).click();
    await strict.tab.getByText('The lesson is saved.').waitFor();
    // An AMBER+STRICT lesson never sits in the list every staff member reads: it goes to the case team's list.
    expect(await waitForItemCount(hosted.emulator.url, 'RestrictedLessons', restrictedBefore + 1)).toBe(restrictedBefore + 1);
    expect(await countItems(hosted.emulator.url, 'Lessons')).toBe(lessonsBefore);
    expect(await strict.tab.getByRole('button', { name: 'Share in this channel' }).count()).toBe(0);
    await strict.tab.getByText(/TLP:AMBER\+STRICT/).last().waitFor();
    await strict.page.close();

    const before = (await messages()).length;
    const amber = await hosted.openHost('tab=channel&channel=shared&locale=en-US&subPageId=incident%3Ae2e-shared-amber');
    await amber.tab.getByRole('radio', { name: /^TLP:AMBER\b(?!\+)/ }).check();
    await amber.tab.getByRole('button', { name: 'Save lesson' }).click();
    await amber.tab.getByText('The lesson is saved.').waitFor();
    await amber.tab.getByRole('button', { name: 'Share in this channel' }).click();
    await amber.tab.getByText('Shared in the channel.').waitFor();
    const posted = (await eventually(messages, (list) => list.length > before)).at(-1);
    expect(posted?.channelIdentity).toEqual({ teamId: peer?.id, channelId: peer?.channels[0]?.id });
    expect(posted?.attachments[0]?.content).toContain('TLP:AMBER');
    expect(await seriousAxeViolations(amber.page)).toEqual([]);
    expect(amber.errors).toEqual([]);
    await amber.page.close();
  });

  it('in a moderated channel refuses a member who is no moderator, saying why, and lets the team owner post', async () => {
    const before = (await messages()).length;
    const member = await postAnInstrument('tab=channel&channel=moderated&locale=en-US&user=staff%40contoso.example');
    await member.tab.getByRole('button', { name: 'Post to this channel' }).click();
    await member.tab.getByText(/Teams refused the post\. The channel may be moderated/).waitFor();
    expect(await member.tab.getByTestId('consent-notice-channelPost').count()).toBe(0);
    await member.page.close();
    expect((await messages()).length).toBe(before);

    const owner = await postAnInstrument('tab=channel&channel=moderated&locale=en-US&user=coordinator%40contoso.example');
    await owner.tab.getByRole('button', { name: 'Post to this channel' }).click();
    await owner.tab.getByText('Posted in the channel.').waitFor();
    await owner.page.close();
  });

  it('offers no posting in an archived team', async () => {
    await fetch(`${hosted.emulator.url}/emulator/teams/archive`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ archived: true }) });
    try {
      const { page, tab } = await postAnInstrument('tab=channel&locale=en-US');
      await tab.getByRole('button', { name: 'Copy link' }).waitFor();
      expect(await tab.getByRole('button', { name: 'Post to this channel' }).count()).toBe(0);
      await page.close();
    } finally {
      await fetch(`${hosted.emulator.url}/emulator/teams/archive`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ archived: false }) });
    }
  });
});
