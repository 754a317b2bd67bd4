/**
 * Sign in with Microsoft in the person's browser, end to end against real parts: the lab
 * OpenID provider, system Chromium as the browser, MSAL's loopback server, the real Secret
 * Service for the token cache, and the Microsoft-like SMTP lab judging XOAUTH2 tokens
 * against the provider's JWKS.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createKeytarVault } from '../../../electron/vault/keytar-vault';
import { tokenCacheEntryPrefix, CHUNK_CHARS } from '../../../electron/vault/token-cache-store';
import { startLab, type Lab } from '../../lab';
import { startOidcLab, type OidcLab } from '../../lab/oidc/provider';
import { labDeps, labRequest, leakForms, probeLab, stageOf } from '../probe/lab-probe';
import { requireKeyringSession, testServiceName } from '../vault/keyring-session';
import { labService, launchChromium, loopbackPort, person, portRefused } from './oauth-fixtures';

requireKeyringSession();

let oidc: OidcLab;
let browser: Browser;
let smtp: Lab | null = null;
const services: string[] = [];

beforeAll(async () => {
  [oidc, browser] = await Promise.all([startOidcLab(), launchChromium()]);
});
afterEach(async () => {
  oidc.refuse(null);
  oidc.setAccessTokenTtl(3600);
  await smtp?.close();
  smtp = null;
});
afterAll(async () => {
  const keytar = (await import('keytar')).default;
  for (const service of services) for (const { account } of await keytar.findCredentials(service)) await keytar.deletePassword(service, account);
  await browser?.close();
  await oidc?.close();
  expect(oidc.serverErrors).toEqual([]);
});

function keychain() {
  const service = testServiceName();
  services.push(service);
  return { service, vault: createKeytarVault({ service }) };
}

async function entries(service: string): Promise<Array<{ account: string; bytes: number }>> {
  const keytar = (await import('keytar')).default;
  const found = await keytar.findCredentials(service);
  return found.map((c) => ({ account: c.account, bytes: Buffer.byteLength(c.password, 'utf8') })).sort((a, b) => a.account.localeCompare(b.account));
}

const alice = () => oidc.users[0]!;

describe('Microsoft sign-in in the browser', () => {
  it('signs in, sends XOAUTH2 with the signed-in account, gets 235, and keeps the sign-in in the keychain split over entries', async () => {
    const { service: keychainService, vault } = keychain();
    const who = person(browser, alice());
    const service = labService(oidc, vault, who.openBrowser);
    const signedIn = await service.signIn({ authority: oidc.authority, flow: 'browser', loginHint: alice().username });
    await who.done();
    expect(signedIn).toMatchObject({ ok: true, value: { flow: 'browser', account: { username: alice().username, displayName: 'Alice Lab', tenantId: oidc.tenantId }, keychain: { remembering: true } } });
    if (!signedIn.ok) return;
    expect(signedIn.value.account.key).toBe(`lab-alice.${oidc.tenantId}`);
    // The person's browser showed the app's own page, in plain words.
    expect(await who.lastPage()!.title()).toBe('You are signed in');
    expect(who.opened[0]).toMatch(/code_challenge_method=S256/);

    const token = await service.accessToken({ authority: oidc.authority, account: signedIn.value.account.key });
    expect(token).toMatchObject({ ok: true, value: { fromCache: true } });
    if (!token.ok) return;

    smtp = await startLab('healthy', { verifyXoauth2: oidc.verifyXoauth2 });
    const request = labRequest(smtp, { auth: { method: 'oauth2', user: token.value.account.username, accessToken: token.value.accessToken } });
    const { result } = await probeLab(smtp, request, labDeps(smtp));
    expect(stageOf(result, 'auth')).toMatchObject({ status: 'pass' });
    expect(result.transcript.map((l) => `${l.marker} ${l.text}`).join('\n')).toMatch(/235 2\.7\.0 Authentication successful/);
    const everything = JSON.stringify(result) + smtp.log.join('\n') + service.logs.join('\n');
    for (const form of leakForms(token.value.accessToken)) expect(everything).not.toContain(form);

    // The cache is chunked: every entry well under Windows' 2,560-byte limit, names without "@".
    const stored = await entries(keychainService);
    const prefix = tokenCacheEntryPrefix(oidc.clientId);
    expect(stored.length).toBeGreaterThanOrEqual(3); // meta + at least two chunks
    for (const entry of stored) {
      expect(entry.account.startsWith(prefix)).toBe(true);
      expect(entry.account).not.toContain('@');
      expect(entry.bytes).toBeLessThanOrEqual(CHUNK_CHARS);
    }
    expect(stored.filter((e) => e.account.endsWith('.meta'))).toHaveLength(1);
  });

  it('the mail server refuses, as Exchange Online does (535 5.7.3), a token for another user=, an ID token, or a forged signature', async () => {
    const who = person(browser, alice());
    const service = labService(oidc, null, who.openBrowser);
    expect((await service.signIn({ authority: oidc.authority, flow: 'browser' })).ok).toBe(true);
    await who.done();
    const token = await service.accessToken({ authority: oidc.authority, account: alice().username });
    if (!token.ok) throw new Error(token.error.message);
    const idToken = oidc.issuedTokens.find((t) => t.split('.').length === 3 && JSON.parse(Buffer.from(t.split('.')[1]!, 'base64url').toString()).aud === oidc.clientId)!;
    const [head, body] = token.value.accessToken.split('.');
    const forged = `${head}.${body}.${Buffer.from('not the provider signature').toString('base64url')}`;
    smtp = await startLab('healthy', { verifyXoauth2: oidc.verifyXoauth2 });
    for (const [user, bearer, reason] of [
      [oidc.users[1]!.username, token.value.accessToken, 'wrong-user'],
      [alice().username, idToken, 'wrong-audience'],
      [alice().username, forged, 'bad-token'],
    ] as const) {
      const { result } = await probeLab(smtp, labRequest(smtp, { auth: { method: 'oauth2', user, accessToken: bearer } }), labDeps(smtp));
      expect(stageOf(result, 'auth').status).toBe('fail');
      expect(result.transcript.map((l) => l.text).join('\n')).toMatch(/535 5\.7\.3 Authentication unsuccessful \[[^\]]+\]/);
      expect(smtp.log).toContain(`=== XOAUTH2 token refused: ${reason}`);
    }
  });

  it('a new service over the same keychain answers silently, without a browser or a token request', async () => {
    const { vault } = keychain();
    const first = person(browser, alice());
    const signedIn = await labService(oidc, vault, first.openBrowser).signIn({ authority: oidc.authority, flow: 'browser' });
    await first.done();
    expect(signedIn.ok).toBe(true);

    const before = oidc.tokenRequests.length;
    const noBrowser = async () => {
      throw new Error('the browser must not open for a silent sign-in');
    };
    const restarted = labService(oidc, createKeytarVault({ service: services.at(-1)! }), noBrowser);
    expect(await restarted.accounts()).toMatchObject({ ok: true, value: [{ username: alice().username }] });
    const token = await restarted.accessToken({ authority: oidc.authority, account: alice().username });
    expect(token).toMatchObject({ ok: true, value: { fromCache: true, account: { username: alice().username } } });
    expect(oidc.tokenRequests.length).toBe(before);
    if (token.ok) expect(await oidc.verifyXoauth2(alice().username, token.value.accessToken)).toEqual({ ok: true, upn: alice().username });
  });

  it('refreshes a token that is about to expire, silently', async () => {
    oidc.setAccessTokenTtl(120); // under MSAL's fixed 300 s renewal window
    const { vault } = keychain();
    const who = person(browser, alice());
    const service = labService(oidc, vault, who.openBrowser);
    expect((await service.signIn({ authority: oidc.authority, flow: 'browser' })).ok).toBe(true);
    await who.done();
    const before = oidc.tokenRequests.length;
    const token = await service.accessToken({ authority: oidc.authority, account: alice().username });
    expect(token).toMatchObject({ ok: true, value: { fromCache: false } });
    expect(oidc.tokenRequests.slice(before).map((r) => r.grantType)).toEqual(['refresh_token']);
  });

  it('says "sign in again" when the grant was revoked, and "MFA required" on a step-up challenge', async () => {
    oidc.setAccessTokenTtl(120);
    const { vault } = keychain();
    const who = person(browser, alice());
    const service = labService(oidc, vault, who.openBrowser);
    expect((await service.signIn({ authority: oidc.authority, flow: 'browser' })).ok).toBe(true);
    await who.done();

    oidc.refuse('mfa-required');
    expect(await service.accessToken({ authority: oidc.authority, account: alice().username })).toMatchObject({ ok: false, error: { code: 'mfa-required', aadsts: 50076 } });
    oidc.refuse(null);

    expect(oidc.revokeAll()).toBeGreaterThan(0);
    const again = await service.accessToken({ authority: oidc.authority, account: alice().username });
    expect(again).toMatchObject({ ok: false, error: { code: 'sign-in-again', msalCode: 'invalid_grant' } });
    expect(await service.accessToken({ authority: oidc.authority, account: 'nobody@contoso.example' })).toMatchObject({ ok: false, error: { code: 'sign-in-again' } });
  });

  it.each([
    ['consent-required', 'consent-required', 65001],
    ['conditional-access', 'conditional-access', 53003],
    ['admin-consent-required', 'admin-consent-required', 90094],
  ] as const)('answers %s from Entra as the failure %s (AADSTS%i)', async (refusal, code, aadsts) => {
    oidc.refuse(refusal);
    const who = person(browser, alice(), refusal === 'admin-consent-required' ? 'leave-open' : 'sign-in');
    const service = labService(oidc, null, who.openBrowser);
    const signedIn = await service.signIn({ authority: oidc.authority, flow: 'browser' });
    await who.done();
    expect(signedIn).toMatchObject({ ok: false, error: { code, aadsts } });
    if (!signedIn.ok) expect(signedIn.error.message).toMatch(new RegExp(`AADSTS${aadsts}`));
    expect(await portRefused(loopbackPort(who.opened[0]!))).toBe(true);
  });

  it('the person pressing Cancel on the sign-in page is "cancelled"', async () => {
    const who = person(browser, alice(), 'cancel-on-login');
    const signedIn = await labService(oidc, null, who.openBrowser).signIn({ authority: oidc.authority, flow: 'browser' });
    await who.done();
    expect(signedIn).toMatchObject({ ok: false, error: { code: 'cancelled', aadsts: 65004 } });
  });

  it('Cancel in the app stops a sign-in left open in the browser and frees the loopback port', async () => {
    const who = person(browser, alice(), 'leave-open');
    const service = labService(oidc, null, who.openBrowser);
    const pending = service.signIn({ authority: oidc.authority, flow: 'browser' });
    await expect.poll(() => who.opened.length).toBe(1);
    await who.done();
    const port = loopbackPort(who.opened[0]!);
    expect(await portRefused(port)).toBe(false);
    service.cancel();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled', msalCode: 'user_cancelled' } });
    expect(await portRefused(port)).toBe(true);
  });

  it('a closed tab ends with "timed-out" after the time limit, and an AbortSignal cancels', async () => {
    const closed = person(browser, alice(), 'close-tab');
    const timed = labService(oidc, null, closed.openBrowser, { interactiveTimeoutMs: 1500 });
    const started = performance.now();
    expect(await timed.signIn({ authority: oidc.authority, flow: 'browser' })).toMatchObject({ ok: false, error: { code: 'timed-out' } });
    expect(performance.now() - started).toBeLessThan(6000);
    expect(await portRefused(loopbackPort(closed.opened[0]!))).toBe(true);

    const open = person(browser, alice(), 'leave-open');
    const controller = new AbortController();
    const pending = labService(oidc, null, open.openBrowser).signIn({ authority: oidc.authority, flow: 'browser', signal: controller.signal });
    await expect.poll(() => open.opened.length).toBe(1);
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await portRefused(loopbackPort(open.opened[0]!))).toBe(true);
  });

  it.each([
    ['no keychain at all', null, 'no-secret-service'],
    ['a keychain module that cannot load', createKeytarVault({ service: 'unused', load: async () => ({}) }), 'no-native-module'],
  ] as const)('keeps the sign-in for this run only with %s, and says so', async (_name, vault, problem) => {
    const who = person(browser, alice());
    const service = labService(oidc, vault, who.openBrowser);
    const signedIn = await service.signIn({ authority: oidc.authority, flow: 'browser' });
    await who.done();
    expect(signedIn).toMatchObject({ ok: true, value: { keychain: { remembering: false, problem } } });
    expect(await service.accessToken({ authority: oidc.authority, account: alice().username })).toMatchObject({ ok: true, value: { fromCache: true } });
  });

  it('signing out removes every keychain entry', async () => {
    const { service: keychainService, vault } = keychain();
    const who = person(browser, alice());
    const service = labService(oidc, vault, who.openBrowser);
    expect((await service.signIn({ authority: oidc.authority, flow: 'browser' })).ok).toBe(true);
    await who.done();
    expect((await entries(keychainService)).length).toBeGreaterThan(1);
    expect(await service.signOut(alice().username)).toMatchObject({ ok: true, value: { removed: true } });
    expect(await entries(keychainService)).toEqual([]);
    expect(await service.accounts()).toEqual({ ok: true, value: [] });
    expect(await service.accessToken({ authority: oidc.authority, account: alice().username })).toMatchObject({ ok: false, error: { code: 'sign-in-again' } });
  });

  it('says the sign-in service cannot be reached when nothing answers', async () => {
    const service = labService(oidc, null, async () => {});
    const closedPort = await (async () => {
      const { createServer } = await import('node:net');
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      await new Promise<void>((resolve) => server.close(() => resolve()));
      return port;
    })();
    expect(await service.signIn({ authority: `https://127.0.0.1:${closedPort}/`, flow: 'browser' })).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });
});
