/**
 * The wizard's Microsoft 365 and Outlook.com journeys with "Sign in with Microsoft", in
 * Chromium through the bridge to the real handlers: the person signs in on the lab
 * provider's own pages in a second browser context (the "system browser"), the test signs
 * in with XOAUTH2 at a mail server that checks the token against the provider's JWKS, the
 * settings are saved and tested again silently. Canary: none of the provider's tokens nor
 * the authorization code appears in the page, its reachable state, anything the bridge
 * carried, the settings file or the exported report.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { signInOnPage } from '../lab/oidc/person';
import { canaryHits, pageStrings } from './canary';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { LAB_DOMAIN } from './lab-bridge';
import { oauthBridge } from './oauth-bridge';
import { toSignInStep } from './wizard-driver';

/** Tab (keyboard only) until `name`'s button has the focus, then press Enter. */
async function pressWithKeyboard(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  for (let i = 0; i < 12 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
}

const JOURNEYS = [
  { name: 'microsoft365', kind: /Microsoft 365 work or school/, server: 'smtp.office365.com', user: 0, domainSays: 'uses Microsoft 365', methods: ['oauth2', 'password', 'none'] },
  { name: 'outlook-com', kind: /Outlook\.com or Hotmail/, server: 'smtp-mail.outlook.com', user: 2, domainSays: undefined, methods: ['oauth2', 'none'] },
] as const;

for (const journey of JOURNEYS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${journey.name}: sign in with Microsoft, send a test message with XOAUTH2, save, test again silently; no token anywhere (${scheme})`, async ({ page, openApp, browser }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const lab = await oauthBridge(browser);
      const person = lab.oidc.users[journey.user]!;
      try {
        const bridge = await openApp(lab.options);
        const check = async (step: string) => {
          await saveScreenshot(page, `oauth-${journey.name}-${step}-${scheme}`);
          expect(await axeViolations(page), step).toEqual([]);
        };
        await toSignInStep(page, { kind: journey.kind, address: person.username, port: lab.smtpPort, domainSays: journey.domainSays, server: journey.server });

        // The first choice, already chosen; for Outlook.com the only way to sign in.
        expect(await page.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value))).toEqual(journey.methods);
        await expect(page.getByRole('radio', { name: /Sign in with Microsoft/ })).toBeChecked();
        await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
        await check('4-signin-ready');

        await pressWithKeyboard(page, 'Sign in with Microsoft');
        await expect(page.getByTestId('sign-in-waiting')).toContainText('Waiting for you to sign in in your browser…');
        await expect(page.getByTestId('sign-in-announcement')).toHaveText('Waiting for you to sign in in your browser…');
        await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
        await check('4-signin-waiting');

        // The person, in their browser: Microsoft's (the lab's) sign-in and consent pages.
        const browserPage = await lab.person.nextPage();
        expect(new URL(lab.person.opened[0]!).searchParams.get('login_hint')).toBe(person.username);
        await signInOnPage(browserPage, person);
        await expect(browserPage).toHaveTitle('You are signed in');

        await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in with Microsoft as ${person.username}.`);
        await expect(page.getByTestId('signed-in-as')).toBeFocused();
        await expect(page.getByTestId('account-mismatch')).toHaveCount(0);
        await check('4-signin-signed-in');
        await page.getByRole('button', { name: 'Continue' }).click();

        await expect(page.getByRole('heading', { level: 1, name: 'Test the settings' })).toBeFocused();
        await page.getByRole('checkbox', { name: /Also send a test message/ }).check();
        await page.getByRole('button', { name: 'Start the test' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Sending works' })).toBeVisible({ timeout: 15_000 });
        await expect(page.getByTestId('verdict-summary')).toHaveAttribute('data-tone', 'success');
        await expect(page.getByTestId('verdict-summary')).toContainText(`signed in as ${person.username}`);
        await check('6-result');
        const done = bridge.events.find((e) => e.type === 'done');
        if (done?.type !== 'done') throw new Error('no result');
        expect(done.result.request.auth).toEqual({ method: 'oauth2', user: person.username });
        expect(done.result.transcript.map((l) => l.text).join('\n')).toMatch(/AUTH XOAUTH2[\s\S]*235 2\.7\.0 Authentication successful/);
        expect(lab.received()).toBe(1);

        // Saved: the profile remembers who, the keychain keeps the sign-in.
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await expect(page.getByTestId('sign-in-remembered')).toHaveText('Your sign-in is kept in this computer’s keychain, so testing again needs no new sign-in.');
        expect((await lab.keychainEntries()).length).toBeGreaterThan(1);

        // The report for IT, from this run.
        await page.getByRole('button', { name: 'Next: export the settings' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Set up your mail app' })).toBeFocused();
        await page.getByRole('button', { name: 'Thunderbird', exact: true }).click();
        const report = page.getByTestId('for-it').getByTestId('file-report');
        await report.getByRole('button', { name: 'Save…' }).click();
        await expect(report.getByRole('status')).toContainText('Saved:');
        const reportText = await readFile(lab.deps.saved.at(-1)!, 'utf8');
        expect(reportText).toContain(journey.server);

        // "Test again" on the saved profile is silent: no browser, no token request.
        const tokenRequests = lab.oidc.tokenRequests.length;
        await page.getByRole('button', { name: 'Saved settings' }).click();
        await expect(page.getByTestId('profile-card')).toContainText(`Signed in with Microsoft as ${person.username}`);
        await page.getByTestId('profile-card').getByRole('button', { name: 'Test again' }).click();
        await expect(page.getByTestId('profile-card').getByRole('status')).toHaveText('Everything worked.', { timeout: 15_000 });
        expect(lab.person.opened).toHaveLength(1);
        expect(lab.oidc.tokenRequests.length).toBe(tokenRequests);

        const secrets = lab.secrets();
        expect(secrets.length).toBeGreaterThanOrEqual(4); // access, refresh and ID token, and the code
        expect(lab.person.codes).toHaveLength(1);
        const hits = canaryHits(
          { page: await pageStrings(page), bridge: bridge.carried.join('\n'), settings: await lab.settingsText(), report: reportText },
          secrets,
        );
        expect(hits).toEqual([]);
      } finally {
        await lab.close();
      }
    });
  }
}

test('the canary can see: a token put into the page state is found', async ({ page, openApp, browser }) => {
  const lab = await oauthBridge(browser);
  try {
    await openApp(lab.options);
    const planted = `eyJ${'x'.repeat(40)}.${LAB_DOMAIN}.canary`;
    await page.evaluate((token) => Object.assign(window, { __planted: { deep: [{ token }] } }), planted);
    expect(canaryHits({ page: await pageStrings(page) }, [planted])).toEqual([`page: ${planted.slice(0, 8)}…`]);
  } finally {
    await lab.close();
  }
});
