import { labBridge, LAB_DOMAIN } from './lab-bridge';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { fillWizard } from './wizard-driver';

test.describe('wizard journeys against the Office 365 lab', () => {
  test('healthy: the test passes, every stage is shown and the password never reaches the page state', async ({ page, openApp }) => {
    const env = await labBridge('healthy');
    try {
      const bridge = await openApp(env.options);
      await fillWizard(page, { address: env.lab.credentials.user, port: env.lab.port, password: env.lab.credentials.password });
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sending works' })).toBeVisible({ timeout: 15_000 });
      await expect(page.getByText(/signed in as alice@contoso\.example/)).toBeVisible();
      expect(bridge.events.filter((e) => e.type === 'stage-end').map((e) => (e.type === 'stage-end' ? `${e.stage.id}:${e.stage.status}` : ''))).toEqual(
        expect.arrayContaining(['connect:pass', 'starttls:pass', 'ehlo-tls:pass', 'auth:pass']),
      );
      // The page's state after the test holds no password (it went to main once).
      expect(await page.content()).not.toContain(env.lab.credentials.password);
      expect(JSON.stringify(bridge.events)).not.toContain(env.lab.credentials.password);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await env.close();
    }
  });

  test('tenant SMTP AUTH disabled: the finding and its message for IT are shown', async ({ page, openApp }) => {
    const env = await labBridge('tenant-auth-disabled');
    try {
      await openApp(env.options);
      await fillWizard(page, { address: env.lab.credentials.user, port: env.lab.port, password: env.lab.credentials.password });
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sending does not work yet' })).toBeVisible({ timeout: 15_000 });
      const card = page.locator('[data-finding="auth.smtp-auth-disabled-tenant"]');
      await expect(card).toBeVisible();
      await expect(card.getByTestId('admin-message')).toContainText('SmtpClientAuthenticationDisabled');
      await expect(card.getByTestId('admin-message')).toContainText(env.lab.credentials.user);
      await expect(card.getByRole('button', { name: 'Copy message for IT' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await env.close();
    }
  });

  test('silently blocked port: a verdict is shown in under 10 seconds', async ({ page, openApp }) => {
    const env = await labBridge('port-blocked');
    try {
      await openApp(env.options);
      await fillWizard(page, { address: env.lab.credentials.user, port: env.lab.port, password: env.lab.credentials.password });
      const started = Date.now();
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sending does not work yet' })).toBeVisible({ timeout: 10_000 });
      expect(Date.now() - started).toBeLessThan(10_000);
      await expect(page.locator('[data-finding="network.port-blocked"]')).toBeVisible();
    } finally {
      await env.close();
    }
  });

  test('wrong password: the person is asked again and the retry succeeds', async ({ page, openApp }) => {
    const env = await labBridge('healthy');
    try {
      await openApp(env.options);
      await fillWizard(page, { address: env.lab.credentials.user, port: env.lab.port, password: 'not-the-password' });
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sending does not work yet' })).toBeVisible({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Enter the password again' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'How do you sign in?' })).toBeVisible();
      // Straight to the field the result asked for.
      await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
      await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
      await page.getByLabel('Password', { exact: true }).fill(env.lab.credentials.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sending works' })).toBeVisible({ timeout: 15_000 });
    } finally {
      await env.close();
    }
  });

  test('cancel mid-test: the run stops and says so', async ({ page, openApp }) => {
    const env = await labBridge('slow-server', { delayMs: 1500 });
    try {
      await openApp(env.options);
      await fillWizard(page, { address: env.lab.credentials.user, port: env.lab.port, password: env.lab.credentials.password });
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByTestId('stage-connect')).toHaveAttribute('data-status', 'pass', { timeout: 10_000 });
      await page.getByRole('button', { name: 'Cancel the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'The test was cancelled' })).toBeVisible({ timeout: 10_000 });
    } finally {
      await env.close();
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`every step has no axe violations and a screenshot (${scheme})`, async ({ page, openApp }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const env = await labBridge('healthy');
      try {
        await openApp(env.options);
        const check = async (step: string) => {
          await saveScreenshot(page, `wizard-${step}-${scheme}`);
          expect(await axeViolations(page), step).toEqual([]);
        };
        await fillWizard(page, { address: `sam@${LAB_DOMAIN}`, port: env.lab.port, password: 'pw' }, check);
        await check('5-test');
        await page.getByRole('button', { name: 'Start the test' }).click();
        await expect(page.getByRole('heading', { level: 1, name: /Sending/ })).toBeVisible({ timeout: 15_000 });
        await check('6-result');
      } finally {
        await env.close();
      }
    });
  }
});

test.describe('zoom', () => {
  // The smallest window (720×560) at 200% zoom leaves 360×280 CSS pixels.
  test('every step reflows without sideways scrolling at 200% zoom of the smallest window', async ({ page, openApp }) => {
    await page.setViewportSize({ width: 360, height: 280 });
    const env = await labBridge('healthy');
    try {
      await openApp(env.options);
      const noSidewaysScroll = async (step: string) => {
        const wide = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          return [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > limit + 1)
            .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} → ${Math.round(e.getBoundingClientRect().right)}px`);
        });
        expect(wide, `elements wider than the window at step ${step}`).toEqual([]);
      };
      await fillWizard(page, { address: `sam@${LAB_DOMAIN}`, port: env.lab.port, password: 'pw' }, noSidewaysScroll);
      await noSidewaysScroll('5-test');
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Sending/ })).toBeVisible({ timeout: 15_000 });
      await noSidewaysScroll('6-result');
      await saveScreenshot(page, 'wizard-6-result-zoom200');
    } finally {
      await env.close();
    }
  });
});
