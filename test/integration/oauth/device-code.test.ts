/**
 * Sign-in with a code (the fallback): the test plays the person, who opens the verification
 * page in Chromium, types the code and signs in, while MSAL polls at the server's interval.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { DeviceCodeInfo } from '../../../electron/oauth/device-code-sign-in';
import { startOidcLab, type OidcLab } from '../../lab/oidc/provider';
import { labService, launchChromium, personContext, signInOnPage } from './oauth-fixtures';

let oidc: OidcLab;
let browser: Browser;

beforeAll(async () => {
  [oidc, browser] = await Promise.all([startOidcLab(), launchChromium()]);
});
afterEach(() => {
  oidc.refuse(null);
  oidc.setDeviceCodeInterval(1);
});
afterAll(async () => {
  await browser?.close();
  await oidc?.close();
});

/** The person at another device: opens the page, enters the code, signs in. */
async function enterCode(info: DeviceCodeInfo): Promise<void> {
  const page = await (await personContext(browser)).newPage();
  await page.goto(info.verificationUri);
  await page.locator('input[name="user_code"]').fill(info.userCode);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await signInOnPage(page, oidc.users[0]!);
  await page.getByText('You are signed in').waitFor();
}

describe('sign-in with a device code', () => {
  it('shows the address and the code, polls at the server interval and signs in', async () => {
    const codes: DeviceCodeInfo[] = [];
    let person: Promise<void> = Promise.resolve();
    const service = labService(oidc, null, async () => {
      throw new Error('device code never opens a browser here');
    });
    const before = oidc.tokenRequests.length;
    const started = performance.now();
    const signedIn = await service.signIn({
      authority: oidc.authority,
      flow: 'device-code',
      onDeviceCode: (info) => {
        codes.push(info);
        person = enterCode(info);
      },
    });
    await person;
    expect(signedIn).toMatchObject({ ok: true, value: { flow: 'device-code', account: { username: oidc.users[0]!.username } } });
    expect(codes).toHaveLength(1);
    expect(codes[0]).toMatchObject({ verificationUri: `${oidc.issuer}/device`, intervalS: 1 });
    expect(codes[0]!.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(codes[0]!.message).toContain(codes[0]!.userCode);
    // Polled at about the interval: one poll per second while the person signed in, not hundreds.
    const polls = oidc.tokenRequests.slice(before).filter((r) => r.grantType === 'device_code').length;
    const seconds = (performance.now() - started) / 1000;
    expect(polls).toBeGreaterThanOrEqual(1);
    expect(polls).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    const token = await service.accessToken({ authority: oidc.authority, account: oidc.users[0]!.username });
    expect(token.ok).toBe(true);
    if (token.ok) expect(await oidc.verifyXoauth2(oidc.users[0]!.username, token.value.accessToken)).toMatchObject({ ok: true });
  });

  it('says sign-in codes are blocked when a policy refuses the device code flow (AADSTS53003)', async () => {
    oidc.refuse('device-code-blocked');
    const service = labService(oidc, null, async () => {});
    const signedIn = await service.signIn({ authority: oidc.authority, flow: 'device-code', onDeviceCode: () => {} });
    expect(signedIn).toMatchObject({ ok: false, error: { code: 'device-code-blocked', aadsts: 53003 } });
    if (!signedIn.ok) expect(signedIn.error.message).toMatch(/Conditional Access/);
  });

  it('Cancel stops the polling at once', async () => {
    oidc.setDeviceCodeInterval(5); // Entra's interval: cancel must not wait for the next poll
    const service = labService(oidc, null, async () => {});
    let shown = false;
    const pending = service.signIn({ authority: oidc.authority, flow: 'device-code', onDeviceCode: () => (shown = true) });
    await expect.poll(() => shown).toBe(true);
    const started = performance.now();
    service.cancel();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
