/**
 * Small windows and keyboard (issue 14, item 4) in Chromium through the bridge to the real
 * handlers and the Office 365 lab: the whole Microsoft 365 journey by keyboard only, address
 * first (the settings step, passed over going forward, is reached with Back from sign-in, as
 * test/e2e/wizard-driver.ts does), in the smallest window (720×560) and at 200% zoom of it
 * (360×280 CSS pixels), light and dark.
 * On every step: the action bar's buttons are in the window without scrolling (720×560),
 * axe is clean, nothing scrolls sideways, every button's focus ring is measured at ≥ 3:1,
 * and the names screen readers hear are the labels only. After each action focus lands on
 * what it brought up. Screenshots: artifacts/e2e/small-window-*.png (the window as seen).
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ARTIFACTS, axeViolations, expect, test } from './fixtures';
import { actionBarBoxes, failingRings, focusNotObscured, measureFocusRings } from './focus-checks';
import { person, SMALL, ZOOM_200, type Person } from './journey-driver';
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
  { label: '720x560', ...SMALL, sticky: true },
  { label: 'zoom200', ...ZOOM_200, sticky: false },
];

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const M365_TITLE = 'Microsoft 365 work or school account';

/**
 * Address first, by keyboard: the kind is proposed from the domain; "Choose another kind of
 * account" brings up the kinds with focus on the chosen one, and the person keeps Microsoft 365.
 */
async function addressStep(page: Page, p: Person, address: string, domainSays: string | null): Promise<void> {
  await expect(heading(page, 'What is your email address?')).toBeVisible();
  const field = page.getByLabel('Email address', { exact: true });
  await expect(field).toBeFocused();
  await p.type(field, address);
  const m365 = page.getByRole('radio', { name: M365_TITLE, exact: true });
  if (domainSays !== null) {
    await expect(page.getByTestId('domain-check')).toContainText(domainSays);
    await expect(page.getByTestId('account-kind-name')).toHaveText(M365_TITLE);
    await p.press(page.getByRole('button', { name: 'Choose another kind of account', exact: true }));
    // The pressed button goes away with the proposal: focus is on the kind already chosen, not the page body.
    await expect(m365).toBeFocused();
    await expect(m365).toBeChecked();
  }
  // The radio's name is its title; the hint is its description.
  await expect(m365).toHaveAccessibleName(M365_TITLE);
  await expect(m365).toHaveAccessibleDescription('Your organisation’s email, for example you@yourcompany.com.');
  if (!(await m365.isChecked())) await p.choose(m365);
}

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
        const p = person(page, 'keyboard', `small-window-${tag}`, { checkpoints: false });

        // 1. Address: the kind of account proposed from the domain, and the kinds to choose from.
        await addressStep(page, p, env.lab.credentials.user, 'uses Microsoft 365');
        await checkStep(page, win, `1-address-${tag}`);
        await p.press(page.getByRole('button', { name: 'Continue' }));

        // Microsoft 365 fixes every setting: the settings step is passed over going forward.
        await expect(heading(page, 'How do you sign in?')).toBeFocused();
        await pressButton(page, page.getByRole('button', { name: 'Back' }));

        // 2. Settings (Back from sign-in): recommended until the person changes a value, then their value explained.
        await expect(heading(page, 'Recommended settings')).toBeFocused();
        await expect(page.getByText('These are filled in for you.', { exact: false })).toBeVisible();
        await p.press(page.getByRole('button', { name: 'Change these settings' }));
        await p.reach(page.getByLabel('Port', { exact: true }));
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(String(env.lab.port));
        await expect(heading(page, 'Your settings')).toBeVisible();
        await expect(page.getByText(/filled in for you/)).toHaveCount(0);
        await expect(page.getByTestId('settings-port')).toContainText('Changed by you. Recommended: 587.');
        await expect(page.getByTestId('settings-port')).toContainText(`Port ${env.lab.port} is not a usual port for sending mail.`);
        await checkStep(page, win, `2-settings-${tag}`);
        await p.press(page.getByRole('button', { name: 'Continue' }));

        // 3. Sign-in: short names, hints as descriptions.
        await expect(heading(page, 'How do you sign in?')).toBeFocused();
        const password = page.getByRole('radio', { name: 'With my password', exact: true });
        const microsoft = page.getByRole('radio', { name: 'Sign in with Microsoft', exact: true });
        await expect(password).toHaveAccessibleDescription(/The password you use for this email account\./);
        await expect(microsoft).toHaveAccessibleName('Sign in with Microsoft');
        // A radio group is one Tab stop (the chosen radio); arrows move the choice.
        await p.choose(password, microsoft);
        await expect(password).toBeFocused();
        await p.type(page.getByLabel('Password', { exact: true }), env.lab.credentials.password);
        await expect(page.getByRole('checkbox', { name: 'Remember my password in this computer’s keychain', exact: true })).toHaveAccessibleDescription(/Saved only after a successful test/);
        await checkStep(page, win, `3-signin-${tag}`);
        await p.press(page.getByRole('button', { name: 'Continue' }));

        // 4. Test: the plan is folded until it runs.
        await expect(heading(page, 'Test the settings')).toBeFocused();
        await expect(page.getByTestId('stages-not-run')).toContainText(/What the test checks \(\d+\)/);
        await expect(page.getByTestId('stage-connect')).toBeHidden();
        await checkStep(page, win, `4-test-${tag}`);
        await p.press(page.getByRole('button', { name: 'Start the test' }));

        // 5. Result: focus on its heading, not the page body.
        await expect(heading(page, 'Sending works')).toBeFocused({ timeout: 15_000 });
        await checkStep(page, win, `5-result-${tag}`);

        // Save: focus on the saved notice.
        await p.press(page.getByRole('button', { name: 'Save', exact: true }));
        await expect(page.getByTestId('saved-notice')).toBeFocused();
        await expect(page.getByTestId('saved-notice')).toContainText('Saved as');
        expect(await focusNotObscured(page)).toBe(true);
        await windowShot(page, `5-result-saved-${tag}`);

        // 6. Export: the plan's heading after choosing the app, each save's result after saving.
        await p.press(page.getByRole('button', { name: 'Next: export the settings' }));
        await expect(heading(page, 'Set up your mail app')).toBeFocused();
        await p.press(page.getByRole('button', { name: 'Mail on iPhone or iPad', exact: true }));
        await expect(page.getByRole('heading', { level: 2, name: 'What works in Mail on iPhone or iPad' })).toBeFocused();
        for (const file of ['file-mobileconfig-ios', 'file-report']) {
          const card = page.getByTestId(file);
          await p.press(card.getByRole('button', { name: 'Save…' }));
          await expect(card.getByTestId('save-result')).toBeFocused();
          await expect(card.getByRole('status')).toContainText('Saved:');
          expect(await focusNotObscured(page), `${file}: focused result hidden behind the bar`).toBe(true);
        }
        await checkStep(page, win, `6-export-${tag}`);
      } finally {
        await env.close();
      }
    });
  }
}

test('720×560: tabbing through a long step never leaves focus behind the sticky action bar', async ({ page, openApp }) => {
  const env = await labBridge('healthy');
  try {
    await page.setViewportSize(SMALL);
    await openApp(env.options);
    const p = person(page, 'keyboard', 'small-window-settings', { checkpoints: false });
    await addressStep(page, p, env.lab.credentials.user, 'uses Microsoft 365');
    await page.keyboard.press('Enter');
    await expect(heading(page, 'How do you sign in?')).toBeFocused();
    // The settings step, as the journey reaches it: Back from sign-in.
    await page.keyboard.press('Escape');
    await expect(heading(page, 'Recommended settings')).toBeFocused();
    await p.press(page.getByRole('button', { name: 'Change these settings' }));
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
  await page.setViewportSize(SMALL);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toContainText('“Set up a mail app” works from your address alone');
  const p = person(page, 'keyboard', 'small-window-offline', { checkpoints: false });
  // Offline nothing checks the domain: the person chooses the kind of account.
  await addressStep(page, p, 'sam@contoso.example', null);
  await p.press(page.getByRole('button', { name: 'Continue' }));
  await expect(heading(page, 'How do you sign in?')).toBeFocused();
  await p.choose(page.getByRole('radio', { name: 'With my password', exact: true }), page.getByRole('radio', { name: 'Sign in with Microsoft', exact: true }));
  await p.type(page.getByLabel('Password', { exact: true }), 'not-sent-anywhere');
  await p.press(page.getByRole('button', { name: 'Continue' }));

  await expect(heading(page, 'You are offline')).toBeFocused();
  await windowShot(page, 'offline-test-step');
  expect(await axeViolations(page)).toEqual([]);
  await p.press(page.getByRole('main').getByRole('button', { name: 'Set up a mail app' }));
  await expect(heading(page, 'Set up your mail app')).toBeFocused();
  await expect(page.getByTestId('account-summary')).toContainText('sam@contoso.example');
  await p.press(page.getByRole('button', { name: 'Mail on iPhone or iPad', exact: true }));
  const card = page.getByTestId('file-mobileconfig-ios');
  await p.press(card.getByRole('button', { name: 'Save…' }));
  await expect(card.getByTestId('save-result')).toBeFocused();
  await expect(card.getByRole('status')).toContainText('Saved:');
  expect(bridge.events).toEqual([]);
  await windowShot(page, 'offline-export-saved');
  expect(await axeViolations(page)).toEqual([]);
});
