import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a dev token says: who, which scopes, until when (seconds since the epoch). */
export interface DevTokenClaims {
  readonly upn: string;
  readonly oid: string;
  readonly scopes: readonly string[];
  /** The resource the token is for: Graph, or a SharePoint host (`https://contoso.sharepoint.com`). */
  readonly aud: string;
  readonly iat: number;
  readonly exp: number;
  /** Tokens of an older generation count as expired (see {@link DevTokenIssuer.expireAll}). */
  readonly gen: number;
}

/** Why a token was refused; becomes the message of the 401. */
export type DevTokenRejection = 'malformed' | 'badSignature' | 'expired';

/** Graph's resource, the audience of a token whose scopes name no resource ("Scopes and permissions in the Microsoft identity platform"). */
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

export type DevTokenCheck = { readonly ok: true; readonly claims: DevTokenClaims } | { readonly ok: false; readonly reason: DevTokenRejection };

/** Issues and checks the emulator's bearer tokens. */
export interface DevTokenIssuer {
  issue(subject: { readonly userPrincipalName: string; readonly id: string }, scopes: readonly string[], expiresInSeconds: number, audience?: string): string;
  verify(token: string): DevTokenCheck;
  /**
   * Makes every token issued so far expire now, as if their lifetime had run out: tests
   * use it for "the sign-in expired while the user was typing".
   */
  expireAll(): void;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/**
 * HS256 JWTs signed with the emulator's secret. JWT-shaped so the tab (or a developer in
 * jwt.ms) can read the claims like a real Entra token; `scp` is space-separated as Entra does.
 */
export function createDevTokenIssuer(secret: Buffer, now: () => number = Date.now, tenantId?: string): DevTokenIssuer {
  const sign = (input: string): Buffer => createHmac('sha256', secret).update(input).digest();
  let generation = 0;

  return {
    issue(subject, scopes, expiresInSeconds, audience = GRAPH_AUDIENCE) {
      const iat = Math.floor(now() / 1000);
      const payload = base64url(
        JSON.stringify({ aud: audience, ...(tenantId === undefined ? {} : { tid: tenantId }), upn: subject.userPrincipalName, oid: subject.id, scp: scopes.join(' '), iat, exp: iat + expiresInSeconds, gen: generation }),
      );
      const signingInput = `${HEADER}.${payload}`;
      return `${signingInput}.${sign(signingInput).toString('base64url')}`;
    },

    verify(token) {
      const parts = token.split('.');
      if (parts.length !== 3) return { ok: false, reason: 'malformed' };
      const [header, payload, signature] = parts as [string, string, string];
      const expected = sign(`${header}.${payload}`);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'badSignature' };
      const claims = parseClaims(payload);
      if (claims === undefined) return { ok: false, reason: 'malformed' };
      if (claims.exp * 1000 <= now() || claims.gen < generation) return { ok: false, reason: 'expired' };
      return { ok: true, claims };
    },

    expireAll() {
      generation += 1;
    },
  };
}

function parseClaims(payload: string): DevTokenClaims | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const { aud, upn, oid, scp, iat, exp, gen } = record;
  if (typeof aud !== 'string' || typeof upn !== 'string' || typeof oid !== 'string' || typeof scp !== 'string') return undefined;
  if (typeof iat !== 'number' || typeof exp !== 'number') return undefined;
  return { aud, upn, oid, scopes: scp.split(' ').filter((scope) => scope !== ''), iat, exp, gen: typeof gen === 'number' ? gen : 0 };
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
