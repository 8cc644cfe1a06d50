import { createDevTokenIssuer } from './DevTokenIssuer';

const secret = Buffer.alloc(32, 7);
const user = { userPrincipalName: 'coordinator@contoso.example', id: 'a1b2c3d4-0001-4a00-8000-000000000001' };

describe('createDevTokenIssuer', () => {
  it('round-trips the user and scopes of a token it issued', () => {
    const issuer = createDevTokenIssuer(secret, () => 1_000_000);
    const check = issuer.verify(issuer.issue(user, ['Sites.ReadWrite.All', 'ChannelMessage.Send'], 60));
    expect(check).toEqual({
      ok: true,
      claims: { aud: 'https://graph.microsoft.com', upn: user.userPrincipalName, oid: user.id, scopes: ['Sites.ReadWrite.All', 'ChannelMessage.Send'], iat: 1000, exp: 1060, gen: 0 },
    });
  });

  it('names the resource a token is for: Graph unless another is asked for', () => {
    const issuer = createDevTokenIssuer(secret);
    const check = issuer.verify(issuer.issue(user, ['AllSites.FullControl'], 60, 'https://contoso.sharepoint.com'));
    expect(check.ok && check.claims.aud).toBe('https://contoso.sharepoint.com');
  });

  it('expires a token at its exp', () => {
    let now = 1_000_000;
    const issuer = createDevTokenIssuer(secret, () => now);
    const token = issuer.issue(user, [], 60);
    now += 59_999;
    expect(issuer.verify(token).ok).toBe(true);
    now += 1;
    expect(issuer.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('expires every token issued so far on expireAll, and accepts the ones issued after', () => {
    const issuer = createDevTokenIssuer(secret, () => 1_000_000);
    const before = issuer.issue(user, [], 3600);
    issuer.expireAll();
    expect(issuer.verify(before)).toEqual({ ok: false, reason: 'expired' });
    // Issued in the same second, after the expiry: valid.
    expect(issuer.verify(issuer.issue(user, [], 3600)).ok).toBe(true);
  });

  it('refuses tokens signed with another secret, tampered or malformed', () => {
    const issuer = createDevTokenIssuer(secret);
    const other = createDevTokenIssuer(Buffer.alloc(32, 8));
    expect(issuer.verify(other.issue(user, [], 60))).toEqual({ ok: false, reason: 'badSignature' });
    const [header, , signature] = issuer.issue(user, [], 60).split('.');
    const payload = Buffer.from(JSON.stringify({ upn: 'reader@contoso.example', oid: 'x', scp: '', iat: 0, exp: 9e12 })).toString('base64url');
    expect(issuer.verify(`${header ?? ''}.${payload}.${signature ?? ''}`)).toEqual({ ok: false, reason: 'badSignature' });
    expect(issuer.verify('a.b')).toEqual({ ok: false, reason: 'malformed' });
    expect(issuer.verify('')).toEqual({ ok: false, reason: 'malformed' });
  });
});
