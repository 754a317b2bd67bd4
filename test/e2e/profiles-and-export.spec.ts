import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createKeytarVault } from '../../electron/vault/keytar-vault';
import { testHandlerDeps } from '../fixtures/handler-deps';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { labBridge } from './lab-bridge';
import { fillWizard } from './wizard-driver';

/** Every file the settings service wrote, as one string, to search for secrets. */
async function settingsText(dir: string): Promise<string> {
  const files = await readdir(dir);
  const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8').catch(() => '')));
  return texts.join('\n');
}

test.describe('saved settings, keychain and exports', () => {
  test('remember: after a successful test the password goes to the real keychain and nowhere else', async ({ page, openApp }) => {
    // The real Secret Service is required; a missing one must fail loudly, never pass by skipping.
    if (process.env.MSA_KEYRING_SESSION !== '1') throw new Error('run through `npm test` or `node scripts/with-keyring.mjs npx playwright test`');
    const env = await labBridge('healthy');
    const vault = createKeytarVault({ service: 'Mail Setup Assistant E2E' });
    const deps = testHandlerDeps({ vault });
    try {
      const bridge = await openApp({ ...deps, ...env.options });
      // The lab accepts only its own password; it is the canary searched for everywhere below.
      const secret = env.lab.credentials.password;
      await fillWizard(page, { address: env.lab.credentials.user, port: env.lab.port, password: secret });
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('checkbox', { name: /Remember my password/ }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sending works' })).toBeVisible({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByTestId('remember-outcome')).toHaveText('The password is saved in this computer’s password store.');

      const stored = await vault.get(env.lab.credentials.user);
      expect(stored).toEqual({ ok: true, value: secret });
      expect(await settingsText(deps.dir)).not.toContain(secret);
      expect(await page.content()).not.toContain(secret);
      expect(JSON.stringify(bridge.events)).not.toContain(secret);

      await page.getByRole('button', { name: 'See saved settings' }).click();
      await expect(page.getByText(/password remembered/)).toBeVisible();
      await saveScreenshot(page, 'profiles-light');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('button', { name: 'Delete' }).click();
      await expect(page.getByText(/Nothing saved yet/)).toBeVisible();
      expect(await vault.has(env.lab.credentials.user)).toEqual({ ok: true, value: false });
    } finally {
      await vault.delete(env.lab.credentials.user);
      await env.close();
    }
  });

  test('keychain unavailable: settings are saved, the password is not, and the person is told why', async ({ page, openApp }) => {
    const env = await labBridge('healthy');
    // The native module failing to load is the boundary here; everything above it is real.
    const vault = createKeytarVault({ load: () => Promise.reject(new Error("Cannot find module 'keytar'")) });
    try {
      await openApp({ ...testHandlerDeps({ vault }), ...env.options });
      await fillWizard(page, { address: env.lab.credentials.user, port: env.lab.port, password: env.lab.credentials.password });
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sending works' })).toBeVisible({ timeout: 15_000 });
      await page.getByRole('checkbox', { name: /Remember my password/ }).check();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByTestId('remember-outcome')).toContainText('your password was not remembered');
      await saveScreenshot(page, 'keychain-unavailable-result');
      await page.getByRole('button', { name: 'See saved settings' }).click();
      await expect(page.getByTestId('keychain-unavailable')).toBeVisible();
      await saveScreenshot(page, 'keychain-unavailable-profiles');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await env.close();
    }
  });

  test('export after a successful test: the Thunderbird file for IT, the PDF sheet and the redacted report are written', async ({ page, openApp, browser }) => {
    const env = await labBridge('healthy');
    // Chromium prints the sheet, as Electron's printToPDF does in the app.
    const printPdf = async (html: string) => {
      const printer = await browser.newPage();
      try {
        await printer.setContent(html);
        return await printer.pdf({ format: 'A4', printBackground: true });
      } finally {
        await printer.close();
      }
    };
    const deps = testHandlerDeps({ printPdf });
    try {
      await openApp({ ...deps, ...env.options });
      await fillWizard(page, { address: env.lab.credentials.user, port: env.lab.port, password: env.lab.credentials.password });
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sending works' })).toBeVisible({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Next: export the settings' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Set up your mail app' })).toBeFocused();
      await expect(page.getByTestId('account-summary')).toContainText(env.lab.credentials.user);
      await saveScreenshot(page, 'export-light');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Thunderbird', exact: true }).click();
      const forIt = page.getByTestId('for-it');
      for (const id of ['file-autoconfig', 'file-report']) {
        await forIt.getByTestId(id).getByRole('button', { name: 'Save…' }).click();
        await expect(forIt.getByTestId(id).getByRole('status')).toContainText('Saved:');
      }
      await page.getByRole('button', { name: 'A printer, scanner or app that sends mail' }).click();
      await page.getByTestId('file-sheet-pdf').getByRole('button', { name: 'Save…' }).click();
      await expect(page.getByTestId('file-sheet-pdf').getByRole('status')).toContainText('Saved:');
      await saveScreenshot(page, 'export-after-test-light');
      expect(await axeViolations(page)).toEqual([]);

      const [xmlPath, reportPath, pdfPath] = deps.saved;
      expect(await readFile(xmlPath!, 'utf8')).toContain('<hostname>smtp.office365.com</hostname>');
      expect((await readFile(pdfPath!)).subarray(0, 5).toString()).toBe('%PDF-');
      const report = await readFile(reportPath!, 'utf8');
      expect(report).toContain('smtp.office365.com');
      expect(report).not.toContain(env.lab.credentials.password);
    } finally {
      await env.close();
    }
  });

  test('offline: the banner shows and the paste-an-error screen still explains', async ({ page, openApp, context }) => {
    await openApp();
    await context.setOffline(true);
    await expect(page.getByText(/You are offline/)).toBeVisible();
    await page.getByRole('button', { name: 'Check an error message', exact: true }).click();
    await page.getByRole('textbox', { name: 'Error message' }).fill('504 5.7.4 Unrecognized authentication type');
    await page.getByRole('button', { name: 'Explain it' }).click();
    await expect(page.locator('[data-finding="auth.mechanism-unsupported"]')).toBeVisible();
    await saveScreenshot(page, 'paste-offline-light');
    expect(await axeViolations(page)).toEqual([]);
    await context.setOffline(false);
  });
});
