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
