import { API_METHODS, EVENT_METHODS } from '../../shared/contract';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';

test.describe('app shell', () => {
  test('loads, round-trips app:info through the real registry, and has no axe violations', async ({ page, openApp }) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await openApp({ appVersion: '7.7.7', isOnline: () => true });

    await expect(page.getByRole('heading', { level: 1, name: /get your email sending/i })).toBeVisible();
    await expect(page.getByTestId('app-info')).toHaveText(/Version 7\.7\.7 · Connected to a network/);

    // The page's API is the contract's and nothing more.
    const methods = await page.evaluate(() => Object.keys(window.mailSetup ?? {}).sort());
    expect(methods).toEqual([...Object.keys(API_METHODS), ...Object.keys(EVENT_METHODS)].sort());
    // Bad input comes back as data from the real validation.
    const refused = await page.evaluate(() => window.mailSetup!.cancelProbe({ runId: 'nope' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'runId' } });

    await saveScreenshot(page, 'app-shell-light');
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('follows the operating system’s dark mode and stays accessible', async ({ page, openApp }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 24, 28)');
    await saveScreenshot(page, 'app-shell-dark');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the CSP blocks inline scripts', async ({ page, openApp }) => {
    await openApp();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.appendChild(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});
