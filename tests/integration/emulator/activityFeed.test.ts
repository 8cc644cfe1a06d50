/**
 * Teams activity feed notifications through the emulator's Graph (issue 16, item 6):
 * `POST /users/{id | upn}/teamwork/sendActivityNotification` as "userTeamwork:
 * sendActivityNotification" documents it, and `GET /emulator/activities` showing what
 * each user was told.
 */
import { PRIVACY, STAFF, startEmulatorUnderTest, type EmulatorUnderTest } from './emulatorTestHarness';

let emu: EmulatorUnderTest;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
});
afterAll(async () => {
  await emu.stop();
});

const send = (recipient: string, body: unknown, token: string) => emu.graph('POST', `/users/${encodeURIComponent(recipient)}/teamwork/sendActivityNotification`, { token, body });

const notification = (overrides: Record<string, unknown> = {}) => ({
  topic: { source: 'text', value: 'Slagboom parkeerterrein defect', webUrl: 'https://teams.microsoft.com/l/entity/app-id/incidents?context=%7B%7D' },
  activityType: 'systemDefault',
  previewText: { content: 'Je hebt een verbeteractie gekregen' },
  templateParameters: [{ name: 'systemDefaultText', value: 'Priya Bakker gaf je een actie' }],
  ...overrides,
});

async function activitiesOf(user: string): Promise<Array<Record<string, unknown>>> {
  const answer = await emu.control('GET', `/activities?user=${encodeURIComponent(user)}`);
  return answer.body['value'] as Array<Record<string, unknown>>;
}

describe('sendActivityNotification', () => {
  it('delivers to the recipient named by user principal name (204) and records who sent what', async () => {
    const token = await emu.token(PRIVACY, { scopes: 'TeamsActivity.Send' });
    const answer = await send(STAFF, notification(), token);
    expect(answer.status).toBe(204);
    const received = await activitiesOf(STAFF);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ activityType: 'systemDefault', previewText: 'Je hebt een verbeteractie gekregen', recipient: { userPrincipalName: STAFF }, sender: { userPrincipalName: PRIVACY } });
    expect(await activitiesOf(PRIVACY)).toEqual([]);
  });

  it('refuses a token without TeamsActivity.Send (403), and sends nothing', async () => {
    const token = await emu.token(PRIVACY, { scopes: 'User.Read' });
    const answer = await send(STAFF, notification({ previewText: { content: 'zonder toestemming' } }), token);
    expect(answer.status).toBe(403);
    expect((await activitiesOf(STAFF)).map((activity) => activity['previewText'])).not.toContain('zonder toestemming');
  });

  it('refuses an activity type the manifest does not declare, a text topic without a deep link, and an unknown user', async () => {
    const token = await emu.token(PRIVACY, { scopes: 'TeamsActivity.Send' });
    expect((await send(STAFF, notification({ activityType: 'nietGedeclareerd' }), token)).status).toBe(400);
    expect((await send(STAFF, notification({ topic: { source: 'text', value: 'Zonder link' } }), token)).status).toBe(400);
    expect((await send('niemand@contoso.example', notification(), token)).status).toBe(404);
  });

  it('keeps only the first 150 characters of the preview, as Teams shows them', async () => {
    const token = await emu.token(PRIVACY, { scopes: 'TeamsActivity.Send' });
    expect((await send(STAFF, notification({ previewText: { content: 'x'.repeat(400) } }), token)).status).toBe(204);
    const last = (await activitiesOf(STAFF)).at(-1);
    expect(String(last?.['previewText'])).toHaveLength(150);
  });

  it('takes the actionAssigned type the app manifest declares, with its template parameter, and refuses it without', async () => {
    const token = await emu.token(PRIVACY, { scopes: 'TeamsActivity.Send' });
    const assigned = { activityType: 'actionAssigned', templateParameters: [{ name: 'actionTitle', value: 'Slagboom laten repareren' }] };
    expect((await send(STAFF, notification(assigned), token)).status).toBe(204);
    expect((await activitiesOf(STAFF)).at(-1)).toMatchObject({ activityType: 'actionAssigned', templateParameters: { actionTitle: 'Slagboom laten repareren' }, reason: 'Priya Bakker assigned you an improvement action: Slagboom laten repareren' });
    expect((await send(STAFF, notification({ ...assigned, templateParameters: [] }), token)).status).toBe(400);
  });

  it('replaces an earlier notification with the same chain id instead of adding one', async () => {
    const token = await emu.token(PRIVACY, { scopes: 'TeamsActivity.Send' });
    const before = (await activitiesOf(STAFF)).length;
    expect((await send(STAFF, notification({ chainId: 4242, previewText: { content: 'eerste keer' } }), token)).status).toBe(204);
    expect((await send(STAFF, notification({ chainId: 4242, previewText: { content: 'tweede keer' } }), token)).status).toBe(204);
    const after = await activitiesOf(STAFF);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ chainId: 4242, previewText: 'tweede keer' });
  });

  it('accepts a notification to the sender themselves but shows it nowhere: a user cannot notify themselves', async () => {
    const token = await emu.token(PRIVACY, { scopes: 'TeamsActivity.Send' });
    expect((await send(PRIVACY, notification({ previewText: { content: 'aan mezelf' } }), token)).status).toBe(204);
    expect(await activitiesOf(PRIVACY)).toEqual([]);
  });
});
