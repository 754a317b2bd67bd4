import type { Locator, Page } from '@playwright/test';

/**
 * Moves focus to `target` with Tab / Shift+Tab only, the way a keyboard user would, and
 * fails if it cannot get there (so an element that is not reachable by keyboard fails
 * the test rather than being clicked).
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    // Forward when the target comes later in the document than the focused element, else back.
    const forward = await target.evaluate((el) => {
      const active = document.activeElement;
      if (!active || active === document.body) return true;
      return Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    await page.keyboard.press(forward ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`could not reach ${target.toString()} with the keyboard in ${maxPresses} presses`);
}

/** Reaches a button by keyboard and presses Enter. */
export async function pressButton(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** True when nothing scrolls sideways (200% zoom, small windows). */
export async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
}

/** Makes the page believe the computer is offline (navigator.onLine false) while IPC still works, as in Electron. */
export async function emulateOsOffline(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
  });
}
