/**
 * How Exchange Online judges an XOAUTH2 bearer token, against the lab provider's published
 * JWKS (fetched over https like a real resource server): RS256 signature, issuer, audience
 * https://outlook.office.com, not expired, `scp` containing SMTP.Send, and `user=` equal to
 * the token's `upn` (reference: Microsoft's "Authenticate an IMAP, POP or SMTP connection
 * using OAuth", and thunderbird/thunderbird-android#8024 for the user= rule).
 */
import { request } from 'node:https';
import { createRemoteJWKSet, customFetch, jwtVerify, type FetchImplementation } from 'jose';

export type TokenVerdict = { ok: true; upn: string } | { ok: false; reason: 'bad-token' | 'wrong-audience' | 'missing-scope' | 'wrong-user' | 'expired' };

export interface TokenVerifierOptions {
  issuer: string;
  jwksUrl: string;
  caPem: string;
  audience: string;
}

export function createTokenVerifier(options: TokenVerifierOptions): { verify(user: string, token: string): Promise<TokenVerdict> } {
  const fetchWithLabCa: FetchImplementation = (url, init) =>
    new Promise((resolve, reject) => {
      const req = request(url, { method: init.method, headers: Object.fromEntries(init.headers.entries()), ca: options.caPem, agent: false, signal: init.signal }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 500 })));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), { [customFetch]: fetchWithLabCa });

  return {
    async verify(user, token) {
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, jwks, { issuer: options.issuer, algorithms: ['RS256'] }));
      } catch (error) {
        return { ok: false, reason: (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'expired' : 'bad-token' };
      }
      const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      if (!audiences.includes(options.audience)) return { ok: false, reason: 'wrong-audience' };
      const scopes = String(payload.scp ?? '').split(' ');
      if (!scopes.includes('SMTP.Send')) return { ok: false, reason: 'missing-scope' };
      const upn = String(payload.upn ?? '');
      if (upn.toLowerCase() !== user.toLowerCase()) return { ok: false, reason: 'wrong-user' };
      return { ok: true, upn };
    },
  };
}
