/**
 * Small windows and keyboard (issue 14, item 4) in Chromium through the bridge to the real
 * handlers and the Office 365 lab: the whole Microsoft 365 journey by keyboard only, in the
 * smallest window (720×560) and at 200% zoom of it (360×280 CSS pixels), light and dark.
 * On every step: the action bar's buttons are in the window without scrolling (720×560),
 * axe is clean, nothing scrolls sideways, every button's focus ring is measured at ≥ 3:1,
 * and the names screen readers hear are the labels only. After each action focus lands on
 * what it brought up. Screenshots: artifacts/e2e/small-window-*.png (the window as seen).
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ARTIFACTS, axeViolations, expect, test } from './fixtures';
import { actionBarBoxes, failingRings, focusNotObscured, measureFocusRings } from './focus-checks';
import { emulateOsOffline, noSidewaysScroll, pressButton, tabTo } from './keyboard';
import { labBridge } from './lab-bridge';

interface Window {
  label: string;
  width: number;
  height: number;
  /** Tall enough for the bar to stick (see renderer/app/ActionBar.module.css). */
  sticky: boolean;
}

const WINDOWS: Window[] = [
  { label: '720x560', width: 720, height: 560, sticky: true },
  { label: 'zoom200', width: 360, height: 280, sticky: false },
];

async function windowShot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  // The window as the person sees it, not the full page: what is above the fold is the point.
  await page.screenshot({ path: `${ARTIFACTS}/small-window-${name}.png` });
}

/** Everything a step must pass, at the step's own scroll position. */
async function checkStep(page: Page, win: Window, name: string): Promise<void> {
  if (win.sticky) {
    const boxes = await actionBarBoxes(page);
    expect(boxes.length, `${name}: action bar buttons`).toBeGreaterThan(0);
    expect(boxes.filter((b) => !b.inView), `${name}: action bar buttons outside the ${win.label} window`).toEqual([]);
  } else {
    // Short window: the bar is in the flow; its main button is reachable by keyboard and then in view.
    const last = page.getByTestId('action-bar').getByRole('button').last();
    await tabTo(page, last);
    await expect(last).toBeInViewport();
  }
  await windowShot(page, name);
  expect(await axeViolations(page), `${name}: axe`).toEqual([]);
  expect(await noSidewaysScroll(page), `${name}: sideways scroll`).toBe(true);
  const rings = await measureFocusRings(page);
  expect(rings.notVisible, `${name}: buttons without a keyboard focus ring`).toEqual([]);
  expect(rings.measured.length).toBeGreaterThan(0);
  expect(failingRings(rings.measured), `${name}: focus rings under 3:1`).toEqual([]);
  // Back to the top of the step, as it opened (the ring check focused every button).
  await page.evaluate(() => window.scrollTo(0, 0));
}

for (const win of WINDOWS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${win.label} ${scheme}: every step by keyboard, the next button in view, focus after each action, rings ≥ 3:1, axe clean`, async ({ page, openApp }) => {
      test.setTimeout(120_000);
      const env = await labBridge('healthy');
      try {
        await page.setViewportSize({ width: win.width, height: win.height });
        await page.emulateMedia({ colorScheme: scheme });
        await openApp(env.options);
        const tag = `${win.label}-${scheme}`;

        // 1. Kind of account: the radio's name is its title; the hint is its description.
        await expect(page.getByRole('heading', { level: 1, name: 'Let’s get your email sending' })).toBeVisible();
        const m365 = page.getByRole('radio', { name: 'Microsoft 365 work or school account', exact: true });
        await expect(m365).toHaveAccessibleName('Microsoft 365 work or school account');
        await expect(m365).toHaveAccessibleDescription('Your organisation’s email, for example you@yourcompany.com.');
        await tabTo(page, m365);
        await page.keyboard.press('Space');
        await expect(m365).toBeChecked();
        await checkStep(page, win, `1-account-${tag}`);
        await pressButton(page, page.getByRole('button', { name: 'Continue' }));

        // 2. Address.
        await expect(page.getByRole('heading', { level: 1, name: 'What is your email address?' })).toBeFocused();
        await tabTo(page, page.getByLabel('Email address', { exact: true }));
        await page.keyboard.type(env.lab.credentials.user);
        await expect(page.getByTestId('domain-check')).toContainText('uses Microsoft 365');
        await checkStep(page, win, `2-address-${tag}`);
        await pressButton(page, page.getByRole('button', { name: 'Continue' }));

        // 3. Settings: recommended until the person changes a value, then their value explained.
        await expect(page.getByRole('heading', { level: 1, name: 'Recommended settings' })).toBeFocused();
        await expect(page.getByText('These are filled in for you.', { exact: false })).toBeVisible();
        await pressButton(page, page.getByRole('button', { name: 'Change these settings' }));
        await tabTo(page, page.getByLabel('Port', { exact: true }));
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(String(env.lab.port));
        await expect(page.getByRole('heading', { level: 1, name: 'Your settings' })).toBeVisible();
        await expect(page.getByText(/filled in for you/)).toHaveCount(0);
        await expect(page.getByTestId('settings-port')).toContainText('Changed by you. Recommended: 587.');
        await expect(page.getByTestId('settings-port')).toContainText(`Port ${env.lab.port} is not a usual port for sending mail.`);
        await checkStep(page, win, `3-settings-${tag}`);
        await pressButton(page, page.getByRole('button', { name: 'Continue' }));

        // 4. Sign-in: short names, hints as descriptions.
        await expect(page.getByRole('heading', { level: 1, name: 'How do you sign in?' })).toBeFocused();
        const password = page.getByRole('radio', { name: 'With my password', exact: true });
        await expect(password).toHaveAccessibleDescription(/The password you use for this email account\./);
        await expect(page.getByRole('radio', { name: 'Sign in with Microsoft', exact: true })).toHaveAccessibleName('Sign in with Microsoft');
        // A radio group is one Tab stop (the chosen radio); arrows move the choice.
        await tabTo(page, page.getByRole('radio', { name: 'Sign in with Microsoft', exact: true }));
        await page.keyboard.press('ArrowDown');
        await expect(password).toBeChecked();
        await expect(password).toBeFocused();
        await tabTo(page, page.getByLabel('Password', { exact: true }));
        await page.keyboard.type(env.lab.credentials.password);
        await expect(page.getByRole('checkbox', { name: 'Remember my password in this computer’s keychain', exact: true })).toHaveAccessibleDescription(/Saved only after a successful test/);
        await checkStep(page, win, `4-signin-${tag}`);
        await pressButton(page, page.getByRole('button', { name: 'Continue' }));

        // 5. Test: the plan is folded until it runs.
        await expect(page.getByRole('heading', { level: 1, name: 'Test the settings' })).toBeFocused();
        await expect(page.getByTestId('stages-not-run')).toContainText(/What the test checks \(\d+\)/);
        await expect(page.getByTestId('stage-connect')).toBeHidden();
        await checkStep(page, win, `5-test-${tag}`);
        await pressButton(page, page.getByRole('button', { name: 'Start the test' }));

        // 6. Result: focus on its heading, not the page body.
        await expect(page.getByRole('heading', { level: 1, name: 'Sending works' })).toBeFocused({ timeout: 15_000 });
        await checkStep(page, win, `6-result-${tag}`);

        // Save: focus on the saved notice.
        await pressButton(page, page.getByRole('button', { name: 'Save', exact: true }));
        await expect(page.getByTestId('saved-notice')).toBeFocused();
        await expect(page.getByTestId('saved-notice')).toContainText('Saved as');
        expect(await focusNotObscured(page)).toBe(true);
        await windowShot(page, `6-result-saved-${tag}`);

        // Export: the plan's heading after choosing the app, each save's result after saving.
        await pressButton(page, page.getByRole('button', { name: 'Next: export the settings' }));
        await expect(page.getByRole('heading', { level: 1, name: 'Set up your mail app' })).toBeFocused();
        await pressButton(page, page.getByRole('button', { name: 'Mail on iPhone or iPad', exact: true }));
        await expect(page.getByRole('heading', { level: 2, name: 'What works in Mail on iPhone or iPad' })).toBeFocused();
        for (const file of ['file-mobileconfig-ios', 'file-report']) {
          const card = page.getByTestId(file);
          await pressButton(page, card.getByRole('button', { name: 'Save…' }));
          await expect(card.getByTestId('save-result')).toBeFocused();
          await expect(card.getByRole('status')).toContainText('Saved:');
          expect(await focusNotObscured(page), `${file}: focused result hidden behind the bar`).toBe(true);
        }
        await checkStep(page, win, `7-export-${tag}`);
      } finally {
        await env.close();
      }
    });
  }
}

test('720×560: tabbing through a long step never leaves focus behind the sticky action bar', async ({ page, openApp }) => {
  const env = await labBridge('healthy');
  try {
    await page.setViewportSize({ width: 720, height: 560 });
    await openApp(env.options);
    await tabTo(page, page.getByRole('radio', { name: 'Microsoft 365 work or school account', exact: true }));
    await page.keyboard.press('Space');
    await pressButton(page, page.getByRole('button', { name: 'Continue' }));
    await tabTo(page, page.getByLabel('Email address', { exact: true }));
    await page.keyboard.type(env.lab.credentials.user);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Recommended settings' })).toBeFocused();
    await pressButton(page, page.getByRole('button', { name: 'Change these settings' }));
    // Every Tab stop on the settings step (advanced open: the longest) is visible when focused.
    const hidden: string[] = [];
    const stops: string[] = [];
    const continueButton = page.getByRole('button', { name: 'Continue' });
    for (let i = 0; i < 20 && !(await continueButton.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? '');
      stops.push(stop);
      if (!(await focusNotObscured(page))) hidden.push(stop);
    }
    await expect(continueButton).toBeFocused();
    expect(stops.length).toBeGreaterThan(4);
    expect(hidden).toEqual([]);
  } finally {
    await env.close();
  }
});

test('offline on a first start: the banner and the test step lead to "Set up a mail app", which exports from the form without a test', async ({ page, openApp }) => {
  await emulateOsOffline(page);
  const bridge = await openApp({ isOnline: () => false });
  await page.setViewportSize({ width: 720, height: 560 });
  await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toContainText('“Set up a mail app” works from your address alone');
  await tabTo(page, page.getByRole('radio', { name: 'Microsoft 365 work or school account', exact: true }));
  await page.keyboard.press('Space');
  await pressButton(page, page.getByRole('button', { name: 'Continue' }));
  await tabTo(page, page.getByLabel('Email address', { exact: true }));
  await page.keyboard.type('sam@contoso.example');
  await page.keyboard.press('Enter');
  await pressButton(page, page.getByRole('button', { name: 'Continue' }));
  await tabTo(page, page.getByRole('radio', { name: 'Sign in with Microsoft', exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'With my password', exact: true })).toBeChecked();
  await tabTo(page, page.getByLabel('Password', { exact: true }));
  await page.keyboard.type('not-sent-anywhere');
  await pressButton(page, page.getByRole('button', { name: 'Continue' }));

  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeFocused();
  await windowShot(page, 'offline-test-step');
  expect(await axeViolations(page)).toEqual([]);
  await pressButton(page, page.getByRole('main').getByRole('button', { name: 'Set up a mail app' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your mail app' })).toBeFocused();
  await expect(page.getByTestId('account-summary')).toContainText('sam@contoso.example');
  await pressButton(page, page.getByRole('button', { name: 'Mail on iPhone or iPad', exact: true }));
  const card = page.getByTestId('file-mobileconfig-ios');
  await pressButton(page, card.getByRole('button', { name: 'Save…' }));
  await expect(card.getByTestId('save-result')).toBeFocused();
  await expect(card.getByRole('status')).toContainText('Saved:');
  expect(bridge.events).toEqual([]);
  await windowShot(page, 'offline-export-saved');
  expect(await axeViolations(page)).toEqual([]);
});
