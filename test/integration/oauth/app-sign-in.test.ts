/**
 * Microsoft sign-in through the app's IPC, end to end against real parts: the real registry
 * and handlers, the lab OpenID provider with Chromium as the person's browser, the real
 * Secret Service for the token cache, and the Microsoft-like mail server judging XOAUTH2
 * tokens against the provider's JWKS. The page names an account; it never holds a token.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createKeytarVault } from '../../../electron/vault/keytar-vault';
import type { SignInAttempt } from '../../../shared/sign-in-ipc';
import { leakForms } from '../../fixtures/lab-oauth';
import { startLab, type Lab } from '../../lab';
import { startOidcLab, type OidcLab } from '../../lab/oidc/provider';
import { LAB_HOST } from '../probe/lab-probe';
import { requireKeyringSession, testServiceName } from '../vault/keyring-session';
import { labApp, type LabApp } from './app-wiring';
import { launchChromium, person } from './oauth-fixtures';

requireKeyringSession();

let oidc: OidcLab;
let browser: Browser;
let smtp: Lab;
const services: string[] = [];

beforeAll(async () => {
  [oidc, browser] = await Promise.all([startOidcLab(), launchChromium()]);
});
afterEach(async () => {
  oidc.refuse(null);
  oidc.setAccessTokenTtl(3600);
  await smtp?.close();
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

const alice = () => oidc.users[0]!;
const settingsText = (dir: string) => readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');

/** No issued token (access, refresh, ID), in any form, in anything the page saw, the settings or the logs. */
function expectNoTokenIn(app: LabApp, extra = '') {
  const everything = [...app.carried, settingsText(app.dir), app.logs.join('\n'), smtp.log.join('\n'), extra].join('\n');
  expect(oidc.issuedTokens.length).toBeGreaterThan(0);
  for (const token of oidc.issuedTokens) for (const form of leakForms(token)) expect(everything).not.toContain(form);
}

async function signIn(app: LabApp, presetId = 'microsoft365'): Promise<Extract<SignInAttempt, { status: 'signed-in' }>> {
  const answer = await app.invoke('oauth:sign-in', { signInId: randomUUID(), presetId, flow: 'browser', loginHint: alice().username });
  if (!answer.ok || answer.value.status !== 'signed-in') throw new Error(`sign-in failed: ${JSON.stringify(answer)}`);
  return answer.value;
}

async function testWith(app: LabApp, account: string, address = alice().username) {
  const runId = randomUUID();
  const started = await app.invoke('probe:start', { host: LAB_HOST, port: smtp.port, security: 'starttls', presetId: 'microsoft365', auth: { method: 'oauth2', account, address }, runId });
  expect(started).toEqual({ ok: true, value: { runId } });
  return { runId, result: await app.done(runId) };
}

describe('Sign in with Microsoft through the app', () => {
  it('signs in in the browser, then a test signs in with XOAUTH2 as that account and gets 235; no token reaches the page', async () => {
    const { vault } = keychain();
    smtp = await startLab('healthy', { verifyXoauth2: oidc.verifyXoauth2 });
    const who = person(browser, alice());
    const app = labApp({ oidc, smtp, vault, openBrowser: who.openBrowser });

    expect(await app.invoke('oauth:status', { presetId: 'microsoft365' })).toEqual({ ok: true, value: { configured: true, accounts: [], keychain: { remembering: true, problem: null } } });
    const signedIn = await signIn(app);
    await who.done();
    expect(signedIn).toEqual({
      status: 'signed-in',
      flow: 'browser',
      account: { key: `lab-alice.${oidc.tenantId}`, username: alice().username, displayName: 'Alice Lab', tenantId: oidc.tenantId },
      keychain: { remembering: true, problem: null },
    });
    expect(app.signInEvents).toEqual([{ signInId: expect.any(String), type: 'waiting', flow: 'browser' }]);
    expect(await app.invoke('oauth:status', {})).toMatchObject({ ok: true, value: { configured: true, accounts: [signedIn.account] } });

    const { result } = await testWith(app, signedIn.account.key);
    expect(result.verdict).toBe('pass');
    expect(result.request.auth).toEqual({ method: 'oauth2', user: alice().username });
    const transcript = result.transcript.map((l) => `${l.marker} ${l.text}`).join('\n');
    expect(transcript).toMatch(/AUTH XOAUTH2/);
    expect(transcript).toMatch(/235 2\.7\.0 Authentication successful/);
    expect(smtp.log.some((line) => line.startsWith('=== XOAUTH2 token refused'))).toBe(false);
    expectNoTokenIn(app, JSON.stringify(result));
  });

  it('a saved profile remembers the account, and after a restart over the same keychain its retest is silent', async () => {
    const { service, vault } = keychain();
    smtp = await startLab('healthy', { verifyXoauth2: oidc.verifyXoauth2 });
    const who = person(browser, alice());
    const first = labApp({ oidc, smtp, vault, openBrowser: who.openBrowser });
    const { account } = await signIn(first);
    await who.done();
    const { runId } = await testWith(first, account.key);
    const profile = { name: 'Work', preset: 'microsoft365', address: alice().username, host: LAB_HOST, port: smtp.port, security: 'starttls', authMethod: 'oauth2', oauthAccount: { key: account.key, username: account.username } };
    const saved = await first.invoke('profiles:save', { profile, rememberFromRunId: runId });
    expect(saved).toMatchObject({ ok: true, value: { remembered: 'saved', profile: { oauthAccount: { key: account.key, username: account.username }, lastTest: { verdict: 'pass' } } } });
    if (!saved.ok) return;

    // "Restart": new handlers, a new sign-in service and vault over the same keychain and settings file.
    const noBrowser = async () => {
      throw new Error('a retest must not open the browser');
    };
    const before = oidc.tokenRequests.length;
    const restarted = labApp({ oidc, smtp, vault: createKeytarVault({ service }), openBrowser: noBrowser, dir: first.dir });
    expect(await restarted.invoke('profiles:list')).toMatchObject({ ok: true, value: [{ id: saved.value.profile.id, oauthAccount: { key: account.key } }] });
    const retest = await restarted.invoke('profiles:retest', { id: saved.value.profile.id, runId: randomUUID() });
    if (!retest.ok) throw new Error(retest.error.message);
    const result = await restarted.done(retest.value.runId);
    expect(result.verdict).toBe('pass');
    expect(result.request.auth.user).toBe(alice().username);
    expect(oidc.tokenRequests.length).toBe(before); // from the keychain cache, no token request at all
    expectNoTokenIn(restarted, settingsText(first.dir));
  });

  it('a revoked sign-in ends the test as "sign in again" (a failed sign-in stage, not a crash), with the finding', async () => {
    oidc.setAccessTokenTtl(120); // under MSAL's renewal window: the test must refresh, and the refresh is refused
    const { vault } = keychain();
    smtp = await startLab('healthy', { verifyXoauth2: oidc.verifyXoauth2 });
    const who = person(browser, alice());
    const app = labApp({ oidc, smtp, vault, openBrowser: who.openBrowser });
    const { account } = await signIn(app);
    await who.done();
    expect(oidc.revokeAll()).toBeGreaterThan(0);

    const { runId, result } = await testWith(app, account.key);
    expect(result).toMatchObject({
      runId,
      verdict: 'fail',
      request: { host: LAB_HOST, auth: { method: 'oauth2', user: alice().username } },
      stages: [{ id: 'auth', status: 'fail', detail: { code: 'auth.sign-in-failed', params: { failure: 'sign-in-again' } }, findings: ['auth.oauth-sign-in-again'] }],
      findings: ['auth.oauth-sign-in-again'],
    });
    // It streamed like any run (the page's reducer needs no new case) and nothing reached the mail server.
    expect(app.probeEvents.filter((e) => e.runId === runId).map((e) => e.type)).toEqual(['stage-end', 'done']);
    expect(smtp.log.filter((l) => l.startsWith('C: EHLO'))).toEqual([]);
    // The report can still be made from it.
    const report = await app.invoke('export:save-file', { target: 'report', runId });
    expect(report).toMatchObject({ ok: true });
    expectNoTokenIn(app);
  });

  it('a token the mail server refuses (535 5.7.3 after XOAUTH2) is "token rejected", never "wrong password"', async () => {
    const { vault } = keychain();
    // Exchange refuses a valid token for a mailbox with SMTP AUTH off the same way: 535 5.7.3.
    smtp = await startLab('healthy', { verifyXoauth2: async () => ({ ok: false, reason: 'smtp-auth-off-for-mailbox' }) });
    const who = person(browser, alice());
    const app = labApp({ oidc, smtp, vault, openBrowser: who.openBrowser });
    const { account } = await signIn(app);
    await who.done();
    const { result } = await testWith(app, account.key);
    expect(result.verdict).toBe('fail');
    expect(result.findings[0]).toBe('auth.oauth-token-rejected');
    expect(result.findings).not.toContain('auth.bad-credentials');
    expect(result.transcript.map((l) => l.text).join('\n')).toMatch(/535 5\.7\.3/);
    expectNoTokenIn(app);
  });

  it('the page can never hand a token in: probe:start refuses one by name, and an unknown account cannot sign in', async () => {
    smtp = await startLab('healthy', { verifyXoauth2: oidc.verifyXoauth2 });
    const app = labApp({ oidc, smtp, vault: null, openBrowser: async () => {} });
    const base = { host: LAB_HOST, port: smtp.port, security: 'starttls', runId: randomUUID() };
    const withToken = await app.invoke('probe:start', { ...base, auth: { method: 'oauth2', account: 'x.y', address: alice().username, accessToken: smtp.credentials.accessToken } });
    expect(withToken).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'auth.accessToken', message: expect.stringMatching(/never sends a token/) } });
    const engineForm = await app.invoke('probe:start', { ...base, auth: { method: 'oauth2', user: alice().username, accessToken: smtp.credentials.accessToken } });
    expect(engineForm).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await testWith(app, 'nobody.tenant');
    expect(unknown.result.findings).toEqual(['auth.oauth-sign-in-again']);
    expect(smtp.log.filter((l) => l.startsWith('C: EHLO'))).toEqual([]);
  });
});
