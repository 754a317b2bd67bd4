/**
 * Plays a person through a journey, with a mouse (pointer) or the keyboard only, so the
 * journey counter (journey-metrics.ts) sees what they did; `fill()` is never used.
 * Checkpoints look at each step as it is, in light and dark (axe clean) and at 200% zoom of
 * the smallest window (no sideways scrolling), with screenshots; the time they take is not
 * the person's and is left out of the seconds.
 */
import type { Locator, Page } from '@playwright/test';
import type { LabUser } from '../lab/oidc/interactions';
import { axeViolations, expect, saveScreenshot } from './fixtures';
import { noSidewaysScroll, tabTo } from './keyboard';

export type Mode = 'pointer' | 'keyboard';
export const SMALL = { width: 720, height: 560 };
/** 200% zoom of the smallest window leaves this many CSS pixels. */
export const ZOOM_200 = { width: 360, height: 280 };

export interface Person {
  press(target: Locator): Promise<void>;
  /** Puts the focus on a control without activating it (a click for the mouse, Tab for the keyboard). */
  reach(target: Locator): Promise<void>;
  /** Types into a field, reaching it first unless it already has the focus. */
  type(field: Locator, text: string): Promise<void>;
  /** Selects a radio button in a group (keyboard: arrows from the checked one). */
  choose(radio: Locator, from?: Locator): Promise<void>;
  checkpoint(step: string): Promise<void>;
  /** Seconds the person spent, checkpoints left out. */
  seconds(): number;
  shots: string[];
}

export function person(page: Page, mode: Mode, journey: string, options: { checkpoints: boolean }): Person {
  const t0 = performance.now();
  let paused = 0;
  let n = 0;
  const shots: string[] = [];
  const focused = (target: Locator) => target.evaluate((el) => el === document.activeElement);
  return {
    shots,
    async press(target) {
      if (mode === 'pointer') return target.click();
      if (!(await focused(target))) await tabTo(page, target);
      await page.keyboard.press('Enter');
    },
    async reach(target) {
      if (mode === 'pointer') await target.click();
      else if (!(await focused(target))) await tabTo(page, target);
    },
    async type(field, text) {
      if (!(await focused(field))) {
        if (mode === 'pointer') await field.click();
        else await tabTo(page, field);
      }
      await page.keyboard.type(text);
    },
    async choose(radio, from) {
      if (mode === 'pointer') return radio.check();
      await tabTo(page, from ?? radio);
      if (from) await page.keyboard.press('ArrowDown');
      else await page.keyboard.press('Space');
      await expect(radio).toBeChecked();
    },
    async checkpoint(step) {
      if (!options.checkpoints) return;
      const start = performance.now();
      n += 1;
      const name = `journey-${journey}-${n}-${step}`;
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        shots.push(await saveScreenshot(page, `${name}-${scheme}`));
        expect(await axeViolations(page), `${name} (${scheme})`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize(ZOOM_200);
      const wide = (await noSidewaysScroll(page))
        ? []
        : await page.evaluate(() => {
            const limit = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > limit + 1)
              .map((e) => `${e.tagName.toLowerCase()}.${e.className} → ${Math.round(e.getBoundingClientRect().right)}px`);
          });
      expect(wide, `${name}: wider than the window at 200% zoom`).toEqual([]);
      shots.push(await saveScreenshot(page, `${name}-zoom200`));
      await page.setViewportSize(SMALL);
      paused += performance.now() - start;
    },
    seconds: () => (performance.now() - t0 - paused) / 1000,
  };
}

/** The person on Microsoft's (the lab's) pages in their browser; what they did there is counted apart. */
export async function providerSignIn(page: Page, user: LabUser): Promise<{ clicks: number; typed: number }> {
  // Microsoft's page starts with the address the app passed (login_hint): typed only when it is not there.
  const email = page.getByLabel('Email address');
  const typeEmail = (await email.inputValue()) !== user.username;
  if (typeEmail) {
    await email.clear();
    await email.click();
    await page.keyboard.type(user.username);
  }
  await page.getByLabel('Password').click();
  await page.keyboard.type(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
  return { clicks: 3 + (typeEmail ? 1 : 0), typed: user.password.length + (typeEmail ? user.username.length : 0) };
}
