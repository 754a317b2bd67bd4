/**
 * The other states of "Sign in with Microsoft" in Chromium through the bridge: an account
 * that is not the address typed (named before the test, "Use a different account" signs it
 * out), a copy without an app registration (plain words and the page for IT), Cancel while
 * the browser waits (the loopback port is freed), and a code to type on another device.
 * Screenshots light and dark, axe clean.
 */
import { connect } from 'node:net';
import type { Page } from '@playwright/test';
import { enterDeviceCode, signInOnPage } from '../lab/oidc/person';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { LAB_DOMAIN, labBridge } from './lab-bridge';
import { oauthBridge } from './oauth-bridge';
import { toSignInStep } from './wizard-driver';

const M365 = { kind: /Microsoft 365 work or school/, domainSays: 'uses Microsoft 365', server: 'smtp.office365.com' };

function portRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`signed in as another account than the address typed: said before the test, and "Use a different account" signs it out (${scheme})`, async ({ page, openApp, browser }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const lab = await oauthBridge(browser);
    const bob = lab.oidc.users[1]!;
    try {
      await openApp(lab.options);
      await toSignInStep(page, { ...M365, address: `shared@${LAB_DOMAIN}`, port: lab.smtpPort });
      await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
      const browserPage = await lab.person.nextPage();
      await signInOnPage(browserPage, bob);
      await expect(page.getByTestId('account-mismatch')).toContainText(`You are signed in as ${bob.username}, but the address to test is shared@${LAB_DOMAIN}.`);
      await saveScreenshot(page, `oauth-4-signin-mismatch-${scheme}`);
      expect(await axeViolations(page)).toEqual([]);
      // Continue still works (a shared mailbox may be right); the test step says it again.
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByTestId('test-account-mismatch')).toBeVisible();
      await page.getByRole('button', { name: 'Back' }).click();

      expect((await lab.keychainEntries()).length).toBeGreaterThan(1);
      await page.getByRole('button', { name: 'Use a different account' }).click();
      await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeFocused();
      await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
      expect(await lab.keychainEntries()).toEqual([]);
    } finally {
      await lab.close();
    }
  });

  test(`not set up in this copy: plain words, other ways to test, and the page for IT (${scheme})`, async ({ page, openApp }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const env = await labBridge('healthy');
    try {
      // The default handler dependencies: a copy built without a client id and no org defaults.
      await openApp(env.options);
      await toSignInStep(page, { kind: /Outlook\.com or Hotmail/, address: 'sam.lab@outlook.com', port: env.lab.port, server: 'smtp-mail.outlook.com' });
      await expect(page.getByRole('heading', { name: 'Microsoft sign-in is not set up in this copy' })).toBeVisible();
      await expect(page.getByText(/Until then, you can test without signing in/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
      await saveScreenshot(page, `oauth-4-signin-not-configured-${scheme}`);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'What your IT team needs to do' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Microsoft sign-in for IT' })).toBeFocused();
      await expect(page.getByText(/no app registration \(client id\) is set up in this copy/)).toBeVisible();
      await expect(page.getByText(/SMTP\.Send from "Office 365 Exchange Online"/)).toBeVisible();
      await saveScreenshot(page, `oauth-help-for-it-${scheme}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('heading', { level: 1, name: 'How do you sign in?' })).toBeFocused();

      // Testing without signing in still works, and is never headed "Sending works".
      await page.getByRole('radio', { name: /Test without signing in/ }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'The server is reachable and secure — your account was not checked' })).toBeVisible({ timeout: 15_000 });
      await expect(page.getByTestId('verdict-summary').locator('[data-item="sign-in"]')).toContainText('Not checked');
      await saveScreenshot(page, `oauth-6-result-not-checked-${scheme}`);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await env.close();
    }
  });
}

test('Cancel while the browser waits: back to ready, with the focus on the button, and the loopback port is free', async ({ page, openApp, browser }) => {
  const lab = await oauthBridge(browser);
  try {
    const bridge = await openApp(lab.options);
    await toSignInStep(page, { ...M365, address: lab.oidc.users[0]!.username, port: lab.smtpPort });
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await lab.person.nextPage(); // the person walks away from the sign-in page
    const port = Number(new URL(new URL(lab.person.opened[0]!).searchParams.get('redirect_uri')!).port);
    expect(await portRefused(port)).toBe(false);
    await page.keyboard.press('Enter'); // the focus is on Cancel
    await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeFocused();
    await expect(page.getByTestId('sign-in-announcement')).toHaveText('Sign-in was stopped before it finished. Nothing was changed.');
    await expect.poll(() => portRefused(port)).toBe(true);
    expect(bridge.signInEvents.map((e) => e.type)).toEqual(['waiting']);
  } finally {
    await lab.close();
  }
});

test('with a code: the page to open and the code, typed on another device, then signed in', async ({ page, openApp, browser }) => {
  const lab = await oauthBridge(browser);
  const alice = lab.oidc.users[0]!;
  try {
    await openApp(lab.options);
    await toSignInStep(page, { ...M365, address: alice.username, port: lab.smtpPort });
    await page.getByRole('button', { name: 'Sign in with a code instead' }).click();
    await expect(page.getByTestId('device-code-view')).toBeFocused();
    const code = (await page.getByTestId('device-code').textContent({ timeout: 10_000 }))!.trim();
    const url = (await page.getByTestId('device-code-url').textContent())!.trim();
    expect(url).toBe(`${lab.oidc.issuer}/device`);
    await expect(page.getByTestId('sign-in-announcement')).toHaveText(`To sign in, open ${url} and enter the code ${code}`);
    await saveScreenshot(page, 'oauth-4-signin-device-code-light');
    expect(await axeViolations(page)).toEqual([]);
    const other = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
    await enterDeviceCode(other, url, code, alice);
    await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in with Microsoft as ${alice.username}.`, { timeout: 15_000 });
    await other.context().close();
  } finally {
    await lab.close();
  }
});

/** At 200% zoom the smallest window (720×560) leaves 360×280 CSS pixels: nothing may stick out sideways. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > limit + 1).map((e) => `${e.tagName.toLowerCase()} → ${Math.round(e.getBoundingClientRect().right)}px`);
  });
  expect(wide, where).toEqual([]);
}

test('at 200% zoom of the smallest window the sign-in panel and the code reflow without sideways scrolling', async ({ page, openApp, browser }) => {
  await page.setViewportSize({ width: 360, height: 280 });
  const lab = await oauthBridge(browser);
  try {
    await openApp(lab.options);
    await toSignInStep(page, { ...M365, address: lab.oidc.users[0]!.username, port: lab.smtpPort });
    await expectNoSidewaysScroll(page, 'ready');
    await page.getByRole('button', { name: 'Sign in with a code instead' }).click();
    await expect(page.getByTestId('device-code')).toBeVisible({ timeout: 10_000 });
    await expectNoSidewaysScroll(page, 'device code');
    await saveScreenshot(page, 'oauth-4-signin-device-code-zoom200');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeFocused();
  } finally {
    await lab.close();
  }
});

test('at 200% zoom of the smallest window "not set up" and the page for IT reflow without sideways scrolling', async ({ page, openApp }) => {
  await page.setViewportSize({ width: 360, height: 280 });
  const env = await labBridge('healthy');
  try {
    await openApp(env.options);
    await toSignInStep(page, { ...M365, address: `sam@${LAB_DOMAIN}`, port: env.lab.port });
    await expectNoSidewaysScroll(page, 'not set up');
    await page.getByRole('button', { name: 'What your IT team needs to do' }).click();
    await expectNoSidewaysScroll(page, 'page for IT');
  } finally {
    await env.close();
  }
});
