/**
 * Effort to a verdict, counted the same way before and after a change: the page counts
 * what the person did (pointer activations of controls and key presses, typed characters
 * among them) from trusted input events, so a counted click is one Playwright really
 * performed with the mouse; `fill()` types nothing and is never used on a counted journey.
 * Each journey writes one record under artifacts/e2e/journeys/; the global teardown
 * (journey-teardown.ts) merges them with the numbers measured before into
 * artifacts/e2e/journey-metrics.json. Seconds are reported, never asserted.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ARTIFACTS } from './fixtures';

export const JOURNEY_DIR = `${ARTIFACTS}/journeys`;

export interface JourneyCount {
  clicks: number;
  keys: number;
  /** Key presses that typed a character (part of `keys`). */
  typed: number;
  /** What each click landed on, for reading the record. */
  clickLog: string[];
}

export interface JourneyRecord extends JourneyCount {
  journey: string;
  /** 'pointer': a new user with a mouse (types text, clicks controls); 'keyboard': keyboard only. */
  mode: 'pointer' | 'keyboard';
  /** Colour scheme and window (720x560, or 360x280 = 200% zoom of it). */
  variant: string;
  seconds: number;
  /** What the person did on the identity provider's own pages (the lab's, in the system browser). */
  identityProvider?: { clicks: number; typed: number };
}

declare global {
  interface Window {
    __journey?: JourneyCount;
  }
}

/** Runs in the page before the app: counts trusted pointer activations of controls and key presses. */
function countInput(): void {
  const count: JourneyCount = { clicks: 0, keys: 0, typed: 0, clickLog: [] };
  window.__journey = count;
  const CONTROL = 'button, a[href], input, select, textarea, summary, label, [role="button"], [role="radio"], [role="checkbox"]';
  addEventListener(
    'pointerdown',
    (event) => {
      if (!event.isTrusted) return;
      const control = event.target instanceof Element ? event.target.closest(CONTROL) : null;
      if (!control) return;
      count.clicks += 1;
      const name = control.getAttribute('aria-label') ?? control.textContent ?? '';
      count.clickLog.push(`${control.tagName.toLowerCase()}: ${name.replace(/\s+/g, ' ').trim().slice(0, 48)}`);
    },
    true,
  );
  addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.repeat) return;
      count.keys += 1;
      if (event.key.length === 1) count.typed += 1;
    },
    true,
  );
}

/** Call before opening the app. */
export async function countJourney(page: Page): Promise<void> {
  await page.addInitScript(countInput);
}

export async function readCount(page: Page): Promise<JourneyCount> {
  const count = await page.evaluate(() => window.__journey);
  if (!count) throw new Error('the journey counter is not installed (countJourney before openApp)');
  return count;
}

/** Starts counting afresh (after setup a person would not do, such as resizing the window). */
export async function resetCount(page: Page): Promise<void> {
  await page.evaluate(() => {
    const count = window.__journey;
    if (count) Object.assign(count, { clicks: 0, keys: 0, typed: 0, clickLog: [] });
  });
}

export async function writeJourney(record: JourneyRecord): Promise<void> {
  await mkdir(JOURNEY_DIR, { recursive: true });
  const file = `${JOURNEY_DIR}/${record.journey}--${record.mode}--${record.variant}.json`;
  await writeFile(file, `${JSON.stringify({ ...record, seconds: Math.round(record.seconds * 10) / 10 }, null, 2)}\n`);
}

/** A stopwatch from the app being open to the verdict. */
export function stopwatch(): () => number {
  const t0 = performance.now();
  return () => (performance.now() - t0) / 1000;
}
