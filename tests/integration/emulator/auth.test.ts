import { COORDINATOR, PRIVACY, READER, SITE_PATH, STAFF, startEmulatorUnderTest } from './emulatorTestHarness';
import type { EmulatorUnderTest } from './emulatorTestHarness';

let emu: EmulatorUnderTest;

beforeAll(async () => {
  emu = await startEmulatorUnderTest();
});
afterAll(async () => {
  await emu.stop();
});

const lessonFields = (submissionId: string) => ({
  SubmissionId: submissionId,
  Title: 'Les over toegangspassen',
  Theme: 'fysieke-veiligheid',
  RedactedText: 'Verloren passen direct blokkeren.',
  Tlp: 'GREEN',
});

describe('consent, as Entra ID keeps it', () => {
  afterEach(async () => {
    await emu.control('POST', '/reset');
  });

  it('refuses a token for a scope nobody consented to with AADSTS65001, and issues it once an admin grants it', async () => {
    // Only what the library needs is consented for the organisation.
    expect((await emu.control('POST', '/consent', { organisation: ['Sites.Selected', 'User.Read'] })).status).toBe(200);
    const library = await emu.control('GET', `/token?user=${encodeURIComponent(STAFF)}&scopes=${encodeURIComponent('Sites.Selected User.Read')}`);
    expect(library.status).toBe(200);
    expect(library.body['scope']).toBe('Sites.Selected User.Read');

    const refused = await emu.control('GET', `/token?user=${encodeURIComponent(STAFF)}&scopes=${encodeURIComponent('Files.ReadWrite.AppFolder')}`);
    expect(refused.status).toBe(400);
    // Entra ID's token endpoint shape: a string error, suberror and the AADSTS code.
    expect(refused.body).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required', error_codes: [65001] });
    expect(String(refused.body['error_description'])).toMatch(/^AADSTS65001: The user or administrator has not consented to use the application/);

    // A user's own consent covers that user only.
    expect((await emu.control('POST', '/consent/grant', { user: STAFF, scopes: ['Files.ReadWrite.AppFolder'] })).status).toBe(200);
    expect((await emu.control('GET', `/token?user=${encodeURIComponent(STAFF)}&scopes=Files.ReadWrite.AppFolder`)).status).toBe(200);
    expect((await emu.control('GET', `/token?user=${encodeURIComponent(READER)}&scopes=Files.ReadWrite.AppFolder`)).status).toBe(400);
    // Admin consent covers everyone.
    await emu.control('POST', '/consent/grant', { scopes: ['Files.ReadWrite.AppFolder'] });
    expect((await emu.control('GET', `/token?user=${encodeURIComponent(READER)}&scopes=Files.ReadWrite.AppFolder`)).status).toBe(200);
  });

  it('gives a token without named scopes only the consented ones, and a reset restores config/emulator.json', async () => {
    await emu.control('POST', '/consent', { organisation: ['Sites.ReadWrite.All'] });
    expect((await emu.control('GET', `/token?user=${encodeURIComponent(COORDINATOR)}`)).body['scope']).toBe('Sites.ReadWrite.All');
    expect((await emu.control('POST', '/consent', { organisation: 'all' })).status).toBe(400);
    await emu.control('POST', '/reset');
    expect((await emu.control('GET', '/consent')).body['organisation']).toEqual(expect.arrayContaining(['Sites.Selected', 'Files.ReadWrite.AppFolder', 'ChannelMessage.Send']));
  });
});

describe('dev tokens', () => {
  it('issues a bearer token with the default scopes and lifetime', async () => {
    const response = await fetch(`${emu.emulator.url}/emulator/token?user=${encodeURIComponent(COORDINATOR)}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number; scope: string };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(3600);
    expect(body.access_token.split('.')).toHaveLength(3);
    expect(body.scope.split(' ')).toEqual(['Sites.ReadWrite.All', 'ChannelMessage.Send', 'User.ReadBasic.All', 'Files.ReadWrite.AppFolder']);
  });

  it('answers 404 JSON for an unknown user and 400 for a missing one or a bad lifetime', async () => {
    const unknown = await emu.control('GET', '/token?user=nobody%40contoso.example');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.code).toBe('userNotFound');
    expect((await emu.control('GET', '/token')).status).toBe(400);
    expect((await emu.control('GET', `/token?user=${COORDINATOR}&expiresIn=soon`)).status).toBe(400);
  });
});

describe('auth: 401 without a valid token', () => {
  const expect401 = async (headers: Record<string, string>) => {
    const response = await fetch(`${emu.emulator.url}/graph/v1.0${SITE_PATH}`, { headers });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
  };

  it('refuses a request without a bearer token', async () => {
    await expect401({});
    await expect401({ authorization: 'Basic dXNlcjpwYXNz' });
  });

  it('refuses a malformed token and one with a forged signature', async () => {
    await expect401({ authorization: 'Bearer not-a-token' });
    const token = await emu.token(READER);
    const [header, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, upn: COORDINATOR })).toString('base64url');
    await expect401({ authorization: `Bearer ${header ?? ''}.${forged}.${token.split('.')[2] ?? ''}` });
  });

  it('refuses an expired token', async () => {
    const token = await emu.token(COORDINATOR, { expiresIn: 0 });
    await expect401({ authorization: `Bearer ${token}` });
  });

  it('accepts a valid token', async () => {
    const token = await emu.token(COORDINATOR);
    const response = await fetch(`${emu.emulator.url}/graph/v1.0${SITE_PATH}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
  });
});

describe('auth: 403 for a missing permission or scope', () => {
  it('lets a visitor read Instruments and Lessons but write neither, and not read Actions', async () => {
    const site = await emu.siteId();
    expect((await emu.graph('GET', `/sites/${site}/lists/Instruments/items?$top=1`, { user: READER })).status).toBe(200);
    const write = await emu.graph('POST', `/sites/${site}/lists/Lessons/items`, { user: READER, body: { fields: lessonFields('auth-reader-1') } });
    expect(write.status).toBe(403);
    expect(write.body.error?.code).toBe('accessDenied');
    expect((await emu.graph('GET', `/sites/${site}/lists/Actions/items`, { user: READER })).status).toBe(403);
  });

  it('follows the site groups of config/emulator.json: the case team sees every case, a staff member none of the demo cases', async () => {
    const site = await emu.siteId();
    const privacyWrite = await emu.graph('POST', `/sites/${site}/lists/Lessons/items`, { user: PRIVACY, body: { fields: lessonFields('auth-privacy-1') } });
    expect(privacyWrite.status).toBe(201);
    const all = await emu.graph('GET', `/sites/${site}/lists/IncidentCases/items`, { user: PRIVACY });
    expect(all.status).toBe(200);
    expect((all.body['value'] as unknown[]).length).toBeGreaterThan(0);
    const own = await emu.graph('GET', `/sites/${site}/lists/IncidentCases/items`, { user: STAFF });
    expect(own.status).toBe(200);
    expect(own.body['value']).toEqual([]);
  });

  it('refuses SharePoint calls with a token that carries no Sites scope', async () => {
    const token = await emu.token(COORDINATOR, { scopes: 'User.ReadBasic.All' });
    const answer = await emu.graph('GET', SITE_PATH, { token });
    expect(answer.status).toBe(403);
    expect(answer.body.error?.code).toBe('Forbidden');
    const readOnly = await emu.token(COORDINATOR, { scopes: 'Sites.Read.All' });
    const site = await emu.siteId();
    expect((await emu.graph('GET', `/sites/${site}/lists/Instruments/items?$top=1`, { token: readOnly })).status).toBe(200);
    const write = await emu.graph('POST', `/sites/${site}/lists/Lessons/items`, { token: readOnly, body: { fields: lessonFields('auth-scope-1') } });
    expect(write.status).toBe(403);
  });
});

describe('people lookup: /me and /users', () => {
  it('answers /me for the token user', async () => {
    const me = await emu.graph('GET', '/me', { user: PRIVACY });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ userPrincipalName: PRIVACY, displayName: 'Priya Bakker', mail: PRIVACY });
  });

  it('finds users by startswith on displayName, by id and by userPrincipalName', async () => {
    const found = await emu.graph('GET', `/users?$filter=${encodeURIComponent("startswith(displayName,'an')")}`);
    expect(found.status).toBe(200);
    expect(found.body.value?.map((user) => user.userPrincipalName)).toEqual([COORDINATOR]);
    const byUpn = await emu.graph('GET', `/users/${encodeURIComponent(STAFF)}`);
    expect(byUpn.body.displayName).toBe('Sam Visser');
    const byId = await emu.graph('GET', `/users/${String(byUpn.body.id)}?$select=id,displayName`);
    expect(byId.body).toEqual({ id: byUpn.body.id, displayName: 'Sam Visser' });
  });

  it('answers 404 for an unknown user and 400 for an unsupported filter', async () => {
    expect((await emu.graph('GET', '/users/nobody@contoso.example')).status).toBe(404);
    const unsupported = await emu.graph('GET', `/users?$filter=${encodeURIComponent("displayName eq 'x'")}`);
    expect(unsupported.status).toBe(400);
    expect(unsupported.body.error?.code).toEqual(expect.any(String));
  });
});
