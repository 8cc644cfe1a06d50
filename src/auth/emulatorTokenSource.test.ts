import { emulatorTokenSource } from './emulatorTokenSource';

function tokenResponse(token: string, expiresIn = 3600): Response {
  return new Response(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: expiresIn }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('emulatorTokenSource', () => {
  it('asks the emulator for a token of the user, resolving a relative token URL', async () => {
    const calls: string[] = [];
    const source = emulatorTokenSource({
      tokenUrl: '/emulator/token',
      user: 'reader@contoso.example',
      origin: 'http://127.0.0.1:4280',
      fetch: (input) => {
        calls.push(input);
        return Promise.resolve(tokenResponse('t-1'));
      },
    });
    await expect(source.getAccessToken()).resolves.toBe('t-1');
    expect(calls).toEqual(['http://127.0.0.1:4280/emulator/token?user=reader%40contoso.example']);
  });

  it('caches the token until shortly before it expires, and after invalidate() fetches anew', async () => {
    let clock = 0;
    let issued = 0;
    const source = emulatorTokenSource({
      tokenUrl: '/emulator/token',
      user: 'coordinator@contoso.example',
      origin: 'http://localhost',
      now: () => clock,
      fetch: () => Promise.resolve(tokenResponse(`t-${++issued}`, 600)),
    });
    const [first, concurrent] = await Promise.all([source.getAccessToken(), source.getAccessToken()]);
    expect([first, concurrent]).toEqual(['t-1', 't-1']);
    clock = 500_000;
    await expect(source.getAccessToken()).resolves.toBe('t-1');
    clock = 545_000; // within a minute of expiry
    await expect(source.getAccessToken()).resolves.toBe('t-2');
    source.invalidate?.();
    await expect(source.getAccessToken()).resolves.toBe('t-3');
  });

  it('fails with the emulator message for an unknown user', async () => {
    const source = emulatorTokenSource({
      tokenUrl: 'http://127.0.0.1:4280/emulator/token',
      user: 'nobody@contoso.example',
      origin: 'http://localhost',
      fetch: () =>
        Promise.resolve(new Response(JSON.stringify({ error: { code: 'userNotFound', message: 'No demo user' } }), { status: 404 })),
    });
    await expect(source.getAccessToken()).rejects.toThrow('The emulator refused a dev token for nobody@contoso.example (HTTP 404): No demo user');
  });
});

describe('emulatorTokenSource with scopes', () => {
  it('asks for the default scopes unless a feature names its own, one cached token per set', async () => {
    const calls: string[] = [];
    const source = emulatorTokenSource({
      tokenUrl: '/emulator/token',
      user: 'staff@contoso.example',
      origin: 'http://127.0.0.1:4280',
      defaultScopes: ['Sites.Selected', 'User.Read'],
      fetch: (input) => {
        calls.push(input);
        return Promise.resolve(new Response(JSON.stringify({ access_token: `t-${calls.length}`, expires_in: 3600 }), { status: 200 }));
      },
    });
    await expect(source.getAccessToken()).resolves.toBe('t-1');
    await expect(source.getAccessToken(['Files.ReadWrite.AppFolder'])).resolves.toBe('t-2');
    await expect(source.getAccessToken(['User.Read', 'Sites.Selected'])).resolves.toBe('t-1');
    source.invalidate?.(['Files.ReadWrite.AppFolder']);
    await expect(source.getAccessToken()).resolves.toBe('t-1');
    await expect(source.getAccessToken(['Files.ReadWrite.AppFolder'])).resolves.toBe('t-3');
    expect(calls.map((url) => new URL(url).searchParams.get('scopes'))).toEqual(['Sites.Selected User.Read', 'Files.ReadWrite.AppFolder', 'Files.ReadWrite.AppFolder']);
  });

  it('turns Entra ID’s AADSTS65001 answer into AuthError consentRequired, and tries again next time', async () => {
    let consented = false;
    const source = emulatorTokenSource({
      tokenUrl: '/emulator/token',
      user: 'staff@contoso.example',
      origin: 'http://127.0.0.1:4280',
      fetch: () =>
        Promise.resolve(
          consented
            ? new Response(JSON.stringify({ access_token: 'granted', expires_in: 3600 }), { status: 200 })
            : new Response(JSON.stringify({ error: 'invalid_grant', error_description: 'AADSTS65001: The user or administrator has not consented…', error_codes: [65001], suberror: 'consent_required' }), { status: 400 }),
        ),
    });
    await expect(source.getAccessToken(['ChannelMessage.Send'])).rejects.toMatchObject({ isAuthError: true, code: 'consentRequired' });
    consented = true;
    await expect(source.getAccessToken(['ChannelMessage.Send'])).resolves.toBe('granted');
  });
});
