/**
 * Layout in other languages (issue 17) at the smallest window, 720×560: the pseudo-locale
 * en-XA (every word accented, ~40 % longer, in brackets) walks every wizard step (address,
 * the kinds of account, settings, sign-in, test), the result, the export screen and the
 * paste-an-error screen with its message for IT, and no text may be clipped or stick out of
 * the window; the same walk with `dir="rtl"` on <html>
 * is the right-to-left smoke check (no RTL locale ships yet). For every shipped locale
 * whose folder exists (shared/i18n/<locale>/), the walk runs in it and saves screenshots
 * to artifacts/e2e/i18n-<locale>-<step>.png. German first; the others follow as merged.
 *
 * The bridge runs the real main-process handlers in this test process, so the translator
 * here speaks the page's language: every locator below asks `say()` for the words, and
 * main's own texts (findings, reports) are in the same language as the page's.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { loadLocale, LOCALES, messages, setActiveLocale, t, type Locale, type MessageKey, type MessageParams } from '../../shared/i18n';
import { pseudoTable } from '../../shared/i18n/pseudo-locale';
import { setOverrideTable } from '../../shared/i18n/translate';
import { expect, saveScreenshot, test } from './fixtures';
import { labBridge } from './lab-bridge';

const say = (key: MessageKey, params?: MessageParams) => t(key, params);
const exact = (key: MessageKey) => ({ name: say(key), exact: true });

const TENANT_ERROR = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled';

interface Problem {
  what: string;
  element: string;
  text: string;
}

/**
 * Text that does not fit: an element with its own text whose content is wider than its box
 * (scrollWidth > clientWidth) while it does not scroll by design, or that reaches outside
 * the window sideways. Scroll regions (the port table, the transcript) may be wider inside.
 */
async function layoutProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element | null): boolean => {
      for (let node = el; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (['auto', 'scroll'].includes(style.overflowX)) return true;
      }
      return false;
    };
    const hidden = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)' || el.closest('details:not([open]) > :not(summary)') !== null;
    };
    const ownText = (el: Element) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}`;
    const found: { what: string; element: string; text: string }[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const text = ownText(el);
      if (!text || hidden(el) || el.closest('option, select, script, style')) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && !scrolls(el)) {
        found.push({ what: `clipped (${el.scrollWidth}px in ${el.clientWidth}px)`, element: describe(el), text: text.slice(0, 60) });
      }
      if ((rect.right > width + 1 || rect.left < -1) && !scrolls(el.parentElement)) {
        found.push({ what: `outside the window (${Math.round(rect.left)}–${Math.round(rect.right)}px of ${width}px)`, element: describe(el), text: text.slice(0, 60) });
      }
    }
    return found;
  });
}

type Check = (step: string) => Promise<void>;

/**
 * Every wizard step, the result, the export screen and the paste screen, calling `check` on
 * each. Address first: the kind proposed from the domain, then the kinds themselves ("Choose
 * another kind of account"). Microsoft 365 fixes every setting, so the settings step is passed
 * over going forward; Back from sign-in reaches it, as test/e2e/wizard-driver.ts does.
 */
async function walk(page: Page, lab: { port: number; credentials: { user: string; password: string } }, check: Check): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: say('wizard.address.title') })).toBeVisible();
  await page.getByLabel(say('wizard.address.label'), { exact: true }).fill(lab.credentials.user);
  await expect(page.getByTestId('domain-check')).not.toBeEmpty();
  await expect(page.getByTestId('account-kind-name')).toHaveText(say('preset.microsoft365.title'));
  await check('1-address');
  await page.getByRole('button', exact('wizard.address.kind.change')).click();
  const m365 = page.getByRole('radio', exact('preset.microsoft365.title'));
  await expect(m365).toBeChecked();
  await check('2-account-kind');
  await page.getByRole('button', exact('common.continue')).click();

  const signIn = page.getByRole('heading', { level: 1, name: say('wizard.signin.title') });
  await expect(signIn).toBeFocused();
  await page.getByRole('button', exact('common.back')).click();
  await expect(page.getByRole('heading', { level: 1, name: say('wizard.settings.title') })).toBeFocused();
  await check('3-settings');
  await page.getByRole('button', exact('wizard.settings.advanced.show')).click();
  await page.getByLabel(say('wizard.settings.port'), { exact: true }).fill(String(lab.port));
  await expect(page.getByRole('heading', { level: 1, name: say('wizard.settings.title.changed') })).toBeVisible();
  await check('3-settings-advanced');
  await page.getByRole('button', exact('common.continue')).click();

  await expect(signIn).toBeFocused();
  await page.getByRole('radio', { name: say('wizard.signin.method.password') }).check();
  await page.getByLabel(say('wizard.signin.password'), { exact: true }).fill(lab.credentials.password);
  await check('4-signin');
  await page.getByRole('button', exact('common.continue')).click();

  await expect(page.getByRole('heading', { level: 1, name: say('wizard.test.title') })).toBeFocused();
  await check('5-test');
  await page.getByRole('button', exact('wizard.test.start')).click();
  const toExport = page.getByRole('button', exact('wizard.result.export'));
  await expect(toExport).toBeVisible({ timeout: 15_000 });
  await check('6-result');

  await toExport.click();
  await expect(page.getByRole('heading', { level: 1, name: say('exportScreen.title') })).toBeVisible();
  await check('7-export');

  await page.getByRole('button', exact('nav.paste')).click();
  await page.getByRole('textbox', { name: say('paste.label') }).fill(TENANT_ERROR);
  await page.getByRole('button', exact('paste.explain')).click();
  await expect(page.getByTestId('admin-message').first()).toBeVisible();
  await check('8-paste-result');
}

/** Opens the app in `locale` (or the pseudo-locale) at the smallest window size. */
async function openIn(page: Page, url: string, locale: Locale | 'en-XA'): Promise<void> {
  await page.setViewportSize({ width: 720, height: 560 });
  if (locale === 'en-XA') {
    setOverrideTable(pseudoTable(messages.en));
    await page.goto(`${url}?locale=en-XA`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    return;
  }
  // As a person would: the picker's choice goes to main (saved), the page switches.
  await page.getByRole('combobox', { name: say('app.language.label') }).selectOption(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

test.describe('layout in other languages at 720×560', () => {
  test.afterEach(() => {
    setOverrideTable(null);
    setActiveLocale('en');
  });

  test('pseudo-locale: every step, the result and the export screen fit, nothing is clipped', async ({ page, openApp }) => {
    const env = await labBridge('healthy');
    try {
      const bridge = await openApp(env.options);
      await openIn(page, bridge.url, 'en-XA');
      // The page really shows the pseudo-locale: brackets and accents, not English.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[.*ẋ/);
      // The check itself sees clipped text and text outside the window.
      await page.evaluate(() => {
        const clipped = Object.assign(document.createElement('p'), { id: 'probe-clipped', textContent: 'far too long for fifty pixels' });
        clipped.style.cssText = 'width:50px;white-space:nowrap;overflow:hidden';
        const outside = Object.assign(document.createElement('p'), { id: 'probe-outside', textContent: 'beyond the edge' });
        outside.style.cssText = 'position:absolute;left:700px;white-space:nowrap';
        document.body.append(clipped, outside);
      });
      expect((await layoutProblems(page)).map((p) => p.element).sort()).toEqual(['p#probe-clipped', 'p#probe-outside']);
      await page.evaluate(() => document.querySelectorAll('#probe-clipped, #probe-outside').forEach((el) => el.remove()));
      const all: Record<string, Problem[]> = {};
      await walk(page, env.lab, async (step) => {
        all[step] = await layoutProblems(page);
        if (step === '6-result' || step === '7-export') await saveScreenshot(page, `i18n-en-XA-${step}`);
      });
      expect(Object.entries(all).filter(([, problems]) => problems.length > 0)).toEqual([]);
    } finally {
      await env.close();
    }
  });

  test('right to left (dir="rtl", pseudo-locale): the same steps fit, with a screenshot of each', async ({ page, openApp }) => {
    const env = await labBridge('healthy');
    try {
      const bridge = await openApp(env.options);
      await openIn(page, bridge.url, 'en-XA');
      await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      const all: Record<string, Problem[]> = {};
      await walk(page, env.lab, async (step) => {
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        all[step] = await layoutProblems(page);
        await saveScreenshot(page, `i18n-rtl-${step}`);
      });
      expect(Object.entries(all).filter(([, problems]) => problems.length > 0)).toEqual([]);
    } finally {
      await env.close();
    }
  });

  // One run per shipped locale whose folder is in this build (German first when present).
  const present = LOCALES.filter((locale) => locale !== 'en' && existsSync(path.join('shared/i18n', locale, 'index.ts')));
  for (const locale of present.sort((a, b) => (a === 'de' ? -1 : b === 'de' ? 1 : 0))) {
    test(`${locale}: every step in ${locale} fits, with a screenshot of each`, async ({ page, openApp }) => {
      const env = await labBridge('healthy');
      try {
        const bridge = await openApp(env.options);
        await page.setViewportSize({ width: 720, height: 560 });
        expect(await loadLocale(locale)).toBe(true);
        await openIn(page, bridge.url, locale);
        const all: Record<string, Problem[]> = {};
        await walk(page, env.lab, async (step) => {
          all[step] = await layoutProblems(page);
          await saveScreenshot(page, `i18n-${locale}-${step}`);
        });
        // The message for IT switches to English with one click, and back.
        const card = page.locator('[data-finding]').first();
        await card.getByTestId('admin-message-language').click();
        await expect(card.getByTestId('admin-message')).toHaveAttribute('lang', 'en');
        await saveScreenshot(page, `i18n-${locale}-8-paste-result-it-in-english`);
        await card.getByTestId('admin-message-language').click();
        await expect(card.getByTestId('admin-message')).not.toHaveAttribute('lang', 'en');
        expect(Object.entries(all).filter(([, problems]) => problems.length > 0)).toEqual([]);
      } finally {
        await env.close();
      }
    });
  }
});
