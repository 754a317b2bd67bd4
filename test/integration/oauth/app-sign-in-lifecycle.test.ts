/**
 * The sign-in's life through the app's IPC, against the lab provider, Chromium and the real
 * Secret Service: Cancel frees MSAL's loopback port, a code sign-in shows its code as an
 * event, and signing out, deleting the last profile of an account and "forget everything"
 * leave no keychain entry. A copy without an app registration says so on every channel.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createKeytarVault } from '../../../electron/vault/keytar-vault';
import { testHandlerDeps } from '../../fixtures/handler-deps';
import { createHandlers } from '../../../electron/handlers';
import { createIpcRegistry } from '../../../electron/ipc';
import { startOidcLab, type OidcLab } from '../../lab/oidc/provider';
import { LAB_HOST } from '../probe/lab-probe';
import { requireKeyringSession, testServiceName } from '../vault/keyring-session';
import { labApp, type LabApp } from './app-wiring';
import { enterDeviceCode } from '../../lab/oidc/person';
import { launchChromium, loopbackPort, person, personContext, portRefused, type Person } from './oauth-fixtures';

requireKeyringSession();

let oidc: OidcLab;
let browser: Browser;
const services: string[] = [];

beforeAll(async () => {
  [oidc, browser] = await Promise.all([startOidcLab(), launchChromium()]);
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

async function entries(service: string): Promise<string[]> {
  const keytar = (await import('keytar')).default;
  return (await keytar.findCredentials(service)).map((c) => c.account).sort();
}

const alice = () => oidc.users[0]!;

async function signedIn(app: LabApp, done: () => Promise<void>) {
  const answer = await app.invoke('oauth:sign-in', { signInId: randomUUID(), presetId: 'microsoft365', flow: 'browser' });
  await done();
  if (!answer.ok || answer.value.status !== 'signed-in') throw new Error(`sign-in failed: ${JSON.stringify(answer)}`);
  return answer.value.account;
}

const profile = (key: string, username: string, name: string) => ({
  name,
  preset: 'microsoft365',
  address: username,
  host: LAB_HOST,
  port: 587,
  security: 'starttls',
  authMethod: 'oauth2',
  oauthAccount: { key, username },
});

describe('the sign-in’s life through the app', () => {
  it('Cancel stops a sign-in left open in the browser: the answer says cancelled and the loopback port is free', async () => {
    const who = person(browser, alice(), 'leave-open');
    const app = labApp({ oidc, vault: null, openBrowser: who.openBrowser });
    const signInId = randomUUID();
    const pending = app.invoke('oauth:sign-in', { signInId, presetId: 'microsoft365', flow: 'browser' });
    await expect.poll(() => who.opened.length).toBe(1);
    await who.done();
    const port = loopbackPort(who.opened[0]!);
    expect(await portRefused(port)).toBe(false);
    expect(await app.invoke('oauth:cancel', { signInId })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await pending).toMatchObject({ ok: true, value: { status: 'failed', flow: 'browser', failure: { code: 'cancelled', findingId: 'auth.oauth-cancelled' } } });
    expect(await portRefused(port)).toBe(true);
    // Over now; an id never used is not found; a used id cannot start again.
    expect(await app.invoke('oauth:cancel', { signInId })).toEqual({ ok: true, value: { cancelled: false } });
    expect(await app.invoke('oauth:cancel', { signInId: randomUUID() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await app.invoke('oauth:sign-in', { signInId, flow: 'browser' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'signInId' } });
  });

  it('with a code: the page gets the address and the code as an event, the person enters it elsewhere, and it is signed in', async () => {
    const app = labApp({ oidc, vault: null, openBrowser: async () => Promise.reject(new Error('device code opens no browser')) });
    const signInId = randomUUID();
    const pending = app.invoke('oauth:sign-in', { signInId, presetId: 'outlook-com', flow: 'device-code' });
    await expect.poll(() => app.signInEvents.length, { timeout: 10_000 }).toBe(1);
    const [event] = app.signInEvents;
    expect(event).toEqual({ signInId, type: 'device-code', verificationUri: `${oidc.issuer}/device`, userCode: expect.stringMatching(/^[A-Z]{4}-[A-Z]{4}$/), expiresInS: expect.any(Number) });
    if (event?.type !== 'device-code') return;
    await enterDeviceCode(await (await personContext(browser)).newPage(), event.verificationUri, event.userCode, alice());
    expect(await pending).toMatchObject({ ok: true, value: { status: 'signed-in', flow: 'device-code', account: { username: alice().username }, keychain: { remembering: false, problem: 'no-secret-service' } } });
  });

  it('signing out removes the account, and with none left every keychain entry', async () => {
    const { service, vault } = keychain();
    const who = person(browser, alice());
    const app = labApp({ oidc, vault, openBrowser: who.openBrowser });
    const account = await signedIn(app, who.done);
    expect((await entries(service)).length).toBeGreaterThan(1);
    expect(await app.invoke('oauth:sign-out', { account: account.key })).toEqual({ ok: true, value: { removed: true, nothingLeft: true } });
    expect(await entries(service)).toEqual([]);
    expect(await app.invoke('oauth:status', {})).toMatchObject({ ok: true, value: { accounts: [] } });
    expect(await app.invoke('oauth:sign-out', { account: account.key })).toEqual({ ok: true, value: { removed: false, nothingLeft: true } });
  });

  it('deleting the last profile of an account signs it out; "forget everything" signs out every account', async () => {
    const { service, vault } = keychain();
    const first = person(browser, alice());
    const app = labApp({ oidc, vault, openBrowser: first.openBrowser });
    const account = await signedIn(app, first.done);
    const a = await app.invoke('profiles:save', { profile: profile(account.key, account.username, 'Work') });
    const b = await app.invoke('profiles:save', { profile: profile(account.key, account.username, 'Work, again') });
    if (!a.ok || !b.ok) throw new Error('save failed');
    expect(await app.invoke('profiles:delete', { id: a.value.profile.id })).toMatchObject({ ok: true, value: { signedOut: false } });
    expect(await app.invoke('oauth:status', {})).toMatchObject({ ok: true, value: { accounts: [{ key: account.key }] } });
    expect(await app.invoke('profiles:delete', { id: b.value.profile.id })).toMatchObject({ ok: true, value: { signedOut: true } });
    expect(await entries(service)).toEqual([]);

    // Two accounts, one of them in no profile: "everything" means both.
    const people = [person(browser, alice()), person(browser, oidc.users[1]!)];
    const [again, bob] = people as [Person, Person];
    const forget = labApp({ oidc, vault, openBrowser: (url) => people.shift()!.openBrowser(url) });
    const aliceAccount = await signedIn(forget, again.done);
    await signedIn(forget, bob.done);
    await forget.invoke('profiles:save', { profile: profile(aliceAccount.key, aliceAccount.username, 'Work') });
    expect(await forget.invoke('profiles:forget-all')).toMatchObject({ ok: true, value: { profilesRemoved: 1, signedOut: 2 } });
    expect(await entries(service)).toEqual([]);
  });

  it('a copy without an app registration says so on every sign-in channel', async () => {
    const handlers = createHandlers(testHandlerDeps());
    const registry = createIpcRegistry(handlers, { isTrustedSender: () => true, logger: { error: () => undefined } });
    const sender = { url: 'file:///app/index.html', fromMainWindow: true };
    const notSetUp = { code: 'not-configured', findingId: 'auth.oauth-not-configured', reason: 'no-client-id' };
    expect(await registry.invoke('oauth:status', { presetId: 'outlook-com' }, sender)).toMatchObject({ ok: true, value: { configured: false, failure: notSetUp } });
    expect(await registry.invoke('oauth:sign-in', { signInId: randomUUID(), flow: 'browser' }, sender)).toMatchObject({ ok: true, value: { status: 'failed', failure: notSetUp } });
    expect(await registry.invoke('oauth:sign-out', { account: 'a.b' }, sender)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
