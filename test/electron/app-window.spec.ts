/**
 * The built app in a real Electron window (`npm run test:electron`; the runtime path comes
 * from MSA_ELECTRON_BINARY, set by scripts/test-electron.mjs). What the E2E suite cannot
 * see because it serves the renderer in Chromium: the window's security settings as they
 * took effect, the CSP in Electron, the IPC sender guard against pages that are not the
 * app's own window, and the healthy journey through the real main process.
 */
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { API_METHODS } from '../../shared/contract';
import { labCaPath, startLab, type Lab } from '../lab';
import { removeTempDirs, tempDir } from '../fixtures/temp-dir';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist-electron', 'main.cjs');
const PRELOAD = join(ROOT, 'dist-electron', 'preload.cjs');

interface Launched {
  app: ElectronApplication;
  page: Page;
}

async function launch(env: Record<string, string> = {}): Promise<Launched> {
  const executablePath = process.env['MSA_ELECTRON_BINARY'];
  if (!executablePath) throw new Error('MSA_ELECTRON_BINARY is not set: run these specs with `npm run test:electron`');
  // A private settings folder per launch, so a developer's own profiles are never touched.
  const userData = tempDir('electron-user-data');
  const app = await electron.launch({
    executablePath,
    args: [MAIN, `--user-data-dir=${userData}`],
    env: { ...process.env, ...env } as Record<string, string>,
  });
  // Chromium's --user-data-dir sets Electron's userData too; if it ever did not, stop here
  // rather than run against a real settings folder.
  expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(userData);
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  return { app, page };
}

test.describe('the app window', () => {
  let launched: Launched | null = null;
  test.afterEach(async () => {
    await launched?.app.close();
    launched = null;
    removeTempDirs();
  });

  test('the page runs isolated and sandboxed: no Node, no webview, only the contract API', async () => {
    launched = await launch();
    const { app, page } = launched;
    const world = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
      buffer: typeof (globalThis as { Buffer?: unknown }).Buffer,
      // contextBridge refuses to run without contextIsolation, and hands over frozen objects.
      apiFrozen: Object.isFrozen(window.mailSetup),
      api: Object.keys(window.mailSetup ?? {}).sort(),
      // With webviewTag on, Electron registers the <webview> element.
      webview: customElements.get('webview') === undefined ? 'absent' : 'present',
    }));
    expect(world).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      buffer: 'undefined',
      apiFrozen: true,
      api: [...Object.keys(API_METHODS), 'onProbeEvent'].sort(),
      webview: 'absent',
    });

    const renderer = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const [main] = BrowserWindow.getAllWindows();
      const pid = main?.webContents.getOSProcessId();
      const metric = electronApp.getAppMetrics().find((m) => m.pid === pid);
      return { type: metric?.type, sandboxed: metric?.sandboxed ?? null };
    });
    expect(renderer.type).toBe('Tab');
    // Electron reports the OS sandbox of a process on Windows and macOS only.
    if (process.platform === 'win32' || process.platform === 'darwin') expect(renderer.sandboxed).toBe(true);
    else test.info().annotations.push({ type: 'not checked', description: `OS sandbox state is not reported on ${process.platform}` });
  });

  test('the CSP holds in Electron: no eval, no inline script, no network origin', async () => {
    launched = await launch();
    const { page } = launched;
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      let evalResult = 'ran';
      try {
        eval('1');
      } catch (error) {
        evalResult = (error as Error).name;
      }
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const fetched = await fetch('https://example.com/').then(
        () => 'fetched',
        () => 'refused',
      );
      await new Promise((r) => setTimeout(r, 100));
      return { evalResult, inlineRan: (window as { __inlineRan?: boolean }).__inlineRan === true, fetched, violations: [...new Set(violations)].sort() };
    });
    expect(result).toMatchObject({ evalResult: 'EvalError', inlineRan: false, fetched: 'refused' });
    expect(result.violations).toContain('connect-src');
    expect(result.violations.some((d) => d.startsWith('script-src'))).toBe(true);
  });

  test('the IPC guard answers only the app’s own window showing the app’s own page', async () => {
    launched = await launch();
    const { app, page } = launched;
    const appUrl = page.url();
    expect(await page.evaluate(() => window.mailSetup!.appInfo())).toMatchObject({ ok: true });

    // Another window with the same preload and the same page: not the main window.
    const otherPage = app.waitForEvent('window');
    await app.evaluate(
      ({ BrowserWindow }, { preload, url }) => {
        const other = new BrowserWindow({ show: false, webPreferences: { preload, contextIsolation: true, sandbox: true } });
        void other.loadURL(url);
      },
      { preload: PRELOAD, url: appUrl },
    );
    const other = await otherPage;
    await other.waitForFunction(() => window.mailSetup !== undefined);
    expect(await other.evaluate(() => window.mailSetup!.appInfo())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });

    // The main window showing a page that is not the app's.
    await app.evaluate(({ BrowserWindow }) => {
      const [main] = BrowserWindow.getAllWindows();
      return main?.loadURL('data:text/html,<title>foreign</title><p>foreign page</p>');
    });
    await page.waitForFunction(() => document.title === 'foreign' && window.mailSetup !== undefined);
    expect(await page.evaluate(() => window.mailSetup!.appInfo())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  test('healthy journey: a custom server in the lab, signed in, "Sending works"', async () => {
    let lab: Lab | null = null;
    try {
      lab = await startLab('healthy');
      // The probe reads NODE_EXTRA_CA_CERTS itself, so the lab's test root is trusted as IT's would be.
      launched = await launch({ NODE_EXTRA_CA_CERTS: await labCaPath() });
      const { page } = launched;
      await page.getByRole('radio', { name: /Another mail server/ }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'What is your email address?' })).toBeFocused();
      await page.getByLabel('Email address', { exact: true }).fill(lab.credentials.user);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Recommended settings' })).toBeFocused();
      await page.getByRole('button', { name: 'Change these settings' }).click();
      // The healthy leaf certificate names 127.0.0.1 as well as smtp.office365.com.
      await page.getByLabel('Server', { exact: true }).fill('127.0.0.1');
      await page.getByLabel('Port', { exact: true }).fill(String(lab.port));
      await page.getByLabel('Security', { exact: true }).selectOption({ label: 'STARTTLS' });
      await page.getByLabel('User name', { exact: true }).fill(lab.credentials.user);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'How do you sign in?' })).toBeFocused();
      await page.getByLabel('Password', { exact: true }).fill(lab.credentials.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Test the settings' })).toBeFocused();
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sending works' })).toBeVisible({ timeout: 20_000 });
      expect(await page.content()).not.toContain(lab.credentials.password);
    } finally {
      await lab?.close();
    }
  });
});
