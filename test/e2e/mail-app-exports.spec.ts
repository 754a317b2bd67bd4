/**
 * "Set up my mail app" for every app the person can name, through the bridge to the real
 * handlers: a Microsoft 365 account on a first start with the computer offline, and an
 * IMAP/password account; keyboard only, axe-checked, light and dark, 720×560 and 200%
 * zoom, a screenshot of each step. Files are read back with real parsers.
 */
import { readFile } from 'node:fs/promises';
import ini from 'ini';
import * as plist from 'plist';
import type { Browser, Page } from '@playwright/test';
import type { MailApp } from '../../shared/export/app-kinds';
import { testHandlerDeps } from '../fixtures/handler-deps';
import { startAutodiscoverServer, type AutodiscoverServer } from '../fixtures/export/autodiscover-server';
import { startLocalDns, type LocalDns } from '../lab/local-dns-server';
import { axeViolations, expect, saveScreenshot, test } from './fixtures';
import { emulateOsOffline, noSidewaysScroll, pressButton, tabTo } from './keyboard';
import { labBridge } from './lab-bridge';
import { fillWizard } from './wizard-driver';

const APP_LABEL: Record<MailApp, string> = {
  'outlook-classic': 'Classic Outlook for Windows',
  'outlook-new': 'New Outlook for Windows',
  'outlook-mac': 'Outlook for Mac',
  'apple-mail-mac': 'Apple Mail on a Mac',
  ios: 'Mail on iPhone or iPad',
  thunderbird: 'Thunderbird',
  device: 'A printer, scanner or app that sends mail',
};

// Each app's plan heading is its own message (the option label is not pasted into a sentence).
const PLAN_HEADING: Record<MailApp, string> = {
  'outlook-classic': 'What works in classic Outlook for Windows',
  'outlook-new': 'What works in new Outlook for Windows',
  'outlook-mac': 'What works in Outlook for Mac',
  'apple-mail-mac': 'What works in Apple Mail on a Mac',
  ios: 'What works in Mail on iPhone or iPad',
  thunderbird: 'What works in Thunderbird',
  device: 'What works for a printer, scanner or app',
};

function pdfPrinter(browser: Browser) {
  // Chromium prints the sheet, as Electron's printToPDF does in the app.
  return async (html: string) => {
    const printer = await browser.newPage();
    try {
      await printer.setContent(html);
      return await printer.pdf({ format: 'A4', printBackground: true });
    } finally {
      await printer.close();
    }
  };
}

let service: AutodiscoverServer;
let dns: LocalDns;
test.beforeAll(async () => {
  service = await startAutodiscoverServer(['sam@contoso.example', 'alice@contoso.example']);
  dns = await startLocalDns({ 'autodiscover.contoso.example': { CNAME: 'autodiscover.outlook.com' } });
});
test.afterAll(async () => {
  await service.close();
  await dns.close();
});

function deps(browser: Browser, online: boolean) {
  const shown: string[] = [];
  const opened: string[] = [];
  const base = testHandlerDeps({
    isOnline: () => online,
    printPdf: pdfPrinter(browser),
    showItemInFolder: (file) => void shown.push(file),
    openPath: async (file) => (opened.push(file), ''),
    outlookCheck: { dns: dns.resolver(), autodiscoverBase: service.base, ca: [service.caPem] },
  });
  return { deps: base, shown, opened };
}

async function chooseApp(page: Page, app: MailApp): Promise<void> {
  await pressButton(page, page.getByRole('button', { name: APP_LABEL[app], exact: true }));
  await expect(page.getByRole('heading', { level: 2, name: PLAN_HEADING[app] })).toBeFocused();
}

/** Saves the file card's file by keyboard; focus moves to the result, which names the path. */
async function saveFile(page: Page, testId: string, savedBefore: string[]): Promise<string[]> {
  const card = page.getByTestId(testId);
  const count = savedBefore.length;
  await pressButton(page, card.getByRole('button', { name: 'Save…' }));
  await expect(card.getByTestId('save-result')).toBeFocused();
  await expect(card.getByRole('status')).toContainText('Saved:');
  return savedBefore.slice(count);
}

async function check(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  expect(await axeViolations(page)).toEqual([]);
  expect(await noSidewaysScroll(page)).toBe(true);
}

test.describe('set up a mail app, for each app the person names', () => {
  test('Microsoft 365, first start, offline: every app from the form alone, keyboard only (light)', async ({ page, openApp, browser }) => {
    await emulateOsOffline(page);
    const env = deps(browser, false);
    await openApp(env.deps);
    await expect(page.getByText(/You are offline/).first()).toBeVisible();
    await pressButton(page, page.getByRole('button', { name: 'Set up a mail app' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Set up your mail app' })).toBeFocused();
    await tabTo(page, page.getByLabel('Email address', { exact: true }));
    await page.keyboard.type('sam@contoso.example');
    await expect(page.getByLabel('Kind of account')).toHaveValue('microsoft365');
    await check(page, 'mail-app-m365-0-account-light');

    for (const app of ['outlook-classic', 'outlook-new', 'outlook-mac'] as const) {
      await chooseApp(page, app);
      await expect(page.getByTestId('steps').getByRole('listitem')).toHaveCount(3);
      await expect(page.getByTestId('plan').getByRole('button', { name: 'Save…' })).toHaveCount(0);
      await expect(page.getByTestId('outlook-check')).toContainText('Not checked: this computer is offline.');
      await check(page, `mail-app-m365-${app}-light`);
    }

    // Print the steps: the print view shows only them (and the address they are for).
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Which app do you use?', { exact: true })).toBeHidden();
    await expect(page.getByTestId('steps').getByText('In Outlook, select Outlook › Settings › Accounts, then + › New Account.')).toBeVisible();
    await expect(page.getByTestId('steps').getByRole('button', { name: 'Print the steps' })).toBeHidden();
    await saveScreenshot(page, 'mail-app-m365-outlook-mac-print');
    await page.emulateMedia({ media: 'screen' });

    await chooseApp(page, 'apple-mail-mac');
    await expect(page.getByTestId('plan-notes')).toContainText('blocks EWS since 1 October 2026');
    await expect(page.getByTestId('plan').getByRole('button', { name: 'Save…' })).toHaveCount(0);
    await check(page, 'mail-app-m365-apple-mail-mac-light');

    await chooseApp(page, 'ios');
    const [profilePath] = await saveFile(page, 'file-mobileconfig-ios', env.deps.saved);
    const profile = plist.parse(await readFile(profilePath!, 'utf8')) as { PayloadContent: Record<string, unknown>[] };
    expect(profile.PayloadContent[0]).toMatchObject({ PayloadType: 'com.apple.eas.account', EmailAddress: 'sam@contoso.example', OAuth: true });
    await pressButton(page, page.getByTestId('file-mobileconfig-ios').getByRole('button', { name: 'Show in folder' }));
    // The IPC round trip is asynchronous: wait for main to have been asked.
    await expect.poll(() => env.shown).toEqual([profilePath]);
    await check(page, 'mail-app-m365-ios-saved-light');

    await chooseApp(page, 'thunderbird');
    await expect(page.getByTestId('for-it').getByTestId('file-autoconfig')).toBeVisible();
    await check(page, 'mail-app-m365-thunderbird-light');

    await chooseApp(page, 'device');
    const [pdfPath] = await saveFile(page, 'file-sheet-pdf', env.deps.saved);
    expect((await readFile(pdfPath!)).subarray(0, 5).toString()).toBe('%PDF-');
    await check(page, 'mail-app-m365-device-light');
  });

  test('IMAP with a password: each app gets its file or steps, keyboard only (dark, 720×560)', async ({ page, openApp, browser }) => {
    await page.setViewportSize({ width: 720, height: 560 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const env = deps(browser, true);
    await openApp(env.deps);
    await pressButton(page, page.getByRole('button', { name: 'Set up a mail app' }));
    await tabTo(page, page.getByLabel('Email address', { exact: true }));
    await page.keyboard.type('alice@example.com');
    await tabTo(page, page.getByLabel('Kind of account'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Kind of account')).toHaveValue('imap');
    await tabTo(page, page.getByLabel('Outgoing mail server (SMTP)'));
    await page.keyboard.type('smtp.example.com');
    await tabTo(page, page.getByLabel('Incoming mail server'));
    await page.keyboard.type('imap.example.com');
    await check(page, 'mail-app-imap-0-account-dark');

    await chooseApp(page, 'outlook-classic');
    const [prfPath] = await saveFile(page, 'file-prf', env.deps.saved);
    const cmdPath = prfPath!.replace(/\.prf$/, '.cmd');
    expect(ini.parse(await readFile(prfPath!, 'latin1')).Account1).toMatchObject({ IMAPServer: 'imap.example.com', SMTPServer: 'smtp.example.com' });
    expect(await readFile(cmdPath, 'latin1')).toContain('outlook.exe /importprf');
    await expect(page.getByTestId('file-prf').getByRole('button', { name: 'Open' })).toHaveCount(0);
    await check(page, 'mail-app-imap-outlook-classic-dark');

    for (const app of ['outlook-new', 'outlook-mac'] as const) {
      await chooseApp(page, app);
      await expect(page.getByTestId('plan').getByRole('button', { name: 'Save…' })).toHaveCount(0);
      await expect(page.getByTestId('steps')).toContainText('alice@example.com');
      await check(page, `mail-app-imap-${app}-dark`);
    }

    for (const [app, testId] of [['apple-mail-mac', 'file-mobileconfig-macos'], ['ios', 'file-mobileconfig-ios']] as const) {
      await chooseApp(page, app);
      await expect(page.getByTestId(testId)).toContainText('Not signed');
      const [path] = await saveFile(page, testId, env.deps.saved);
      const profile = plist.parse(await readFile(path!, 'utf8')) as { PayloadContent: Record<string, unknown>[] };
      expect(profile.PayloadContent[0]).toMatchObject({ PayloadType: 'com.apple.mail.managed', IncomingMailServerHostName: 'imap.example.com' });
      expect(JSON.stringify(profile)).not.toMatch(/Password"?:\s*"/);
      await pressButton(page, page.getByTestId(testId).getByRole('button', { name: 'Open' }));
      await expect.poll(() => env.opened.at(-1)).toBe(path);
      await check(page, `mail-app-imap-${app}-dark`);
    }

    await chooseApp(page, 'thunderbird');
    await expect(page.getByTestId('plan').getByRole('button', { name: 'Save…' })).toHaveCount(0);
    // Publishing Thunderbird's settings is for IT, apart from the person's own steps.
    const [xmlPath] = await saveFile(page, 'file-autoconfig', env.deps.saved);
    expect(await readFile(xmlPath!, 'utf8')).toContain('<hostname>imap.example.com</hostname>');
    await check(page, 'mail-app-imap-thunderbird-dark');

    await chooseApp(page, 'device');
    await expect(page.getByTestId('steps')).toContainText('server smtp.example.com, port 587');
    await expect(page.getByTestId('for-it').getByTestId('file-autoconfig')).toHaveCount(0);
    await check(page, 'mail-app-imap-device-dark');
  });

  test('from a saved profile: the diagnostic report goes along when it was tested in this session', async ({ page, openApp, browser }) => {
    const lab = await labBridge('healthy');
    const env = deps(browser, true);
    try {
      await openApp({ ...env.deps, ...lab.options });
      await fillWizard(page, { address: lab.lab.credentials.user, port: lab.lab.port, password: lab.lab.credentials.password });
      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sending works' })).toBeVisible({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('button', { name: 'See saved settings' }).click();
      await pressButton(page, page.getByRole('button', { name: 'Export', exact: true }));
      await expect(page.getByRole('heading', { level: 1, name: 'Set up your mail app' })).toBeFocused();
      await chooseApp(page, 'outlook-classic');
      const [reportPath] = await saveFile(page, 'file-report', env.deps.saved);
      const report = await readFile(reportPath!, 'utf8');
      expect(report).toContain('Mail connection test report');
      expect(report).not.toContain(lab.lab.credentials.password);
      await check(page, 'mail-app-profile-report-light');
    } finally {
      await lab.close();
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`200% zoom of 720×560 (${scheme}): the Outlook check finds the mailbox, nothing scrolls sideways`, async ({ page, openApp, browser }) => {
      // 200% zoom of the smallest window: half the CSS pixels at twice the density.
      await page.setViewportSize({ width: 360, height: 280 });
      await page.emulateMedia({ colorScheme: scheme });
      const env = deps(browser, true);
      await openApp(env.deps);
      await pressButton(page, page.getByRole('button', { name: 'Set up a mail app' }));
      await tabTo(page, page.getByLabel('Email address', { exact: true }));
      await page.keyboard.type('alice@contoso.example');
      await chooseApp(page, 'outlook-new');
      await expect(page.getByTestId('outlook-check')).toContainText('Outlook will find your mailbox: Microsoft’s set-up service knows alice@contoso.example.');
      await pressButton(page, page.getByRole('button', { name: 'Check again' }));
      await expect(page.getByTestId('outlook-check').getByRole('status')).toBeFocused();
      await check(page, `mail-app-zoom200-outlook-check-${scheme}`);
      await chooseApp(page, 'ios');
      await check(page, `mail-app-zoom200-ios-${scheme}`);
    });
  }
});
