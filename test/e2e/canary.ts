/**
 * The canary of the sign-in journeys: the lab provider's real tokens (access, refresh, ID)
 * and the authorization codes must not appear, in any form, anywhere the page or a file
 * could hold them. This collects the page side: the DOM, every string reachable from the
 * page's own `window` properties (not the browser's built-ins), web storage, and React's
 * state (the fiber tree from the root), so a token kept in a component's state is found too.
 */
import type { Page } from '@playwright/test';
import { leakForms } from '../fixtures/lab-oauth';

export async function pageStrings(page: Page): Promise<string> {
  const blank = await page.context().newPage();
  const builtins = await blank.evaluate(() => Object.getOwnPropertyNames(window));
  await blank.close();
  const reachable = await page.evaluate((known: string[]) => {
    const builtin = new Set(known);
    const seen = new Set<unknown>();
    const strings: string[] = [];
    const queue: unknown[] = [];
    const root = document.getElementById('root') as (HTMLElement & Record<string, unknown>) | null;
    if (root) for (const key of Object.keys(root)) if (key.startsWith('__react')) queue.push(root[key]);
    for (const key of Object.getOwnPropertyNames(window)) if (!builtin.has(key)) queue.push((window as unknown as Record<string, unknown>)[key]);
    for (const store of [localStorage, sessionStorage]) for (let i = 0; i < store.length; i++) strings.push(store.key(i) ?? '', store.getItem(store.key(i) ?? '') ?? '');
    // Breadth first over objects, with a budget: the fiber tree is large but finite.
    for (let visited = 0; queue.length > 0 && visited < 400_000; visited++) {
      const value = queue.shift();
      if (typeof value === 'string') {
        strings.push(value);
        continue;
      }
      if (value === null || typeof value !== 'object' || seen.has(value)) continue;
      seen.add(value);
      let keys: string[] = [];
      try {
        keys = Object.getOwnPropertyNames(value);
      } catch {
        continue;
      }
      for (const key of keys) {
        try {
          queue.push((value as Record<string, unknown>)[key]);
        } catch {
          // A getter that throws: nothing stored there.
        }
      }
    }
    return strings.join('\n');
  }, builtins);
  return `${await page.content()}\n${reachable}`;
}

/** Where any secret (in any of its leak forms) was found: "place: first 8 characters…". */
export function canaryHits(places: Record<string, string>, secrets: readonly string[]): string[] {
  const hits: string[] = [];
  for (const secret of secrets) {
    for (const form of leakForms(secret)) {
      for (const [place, text] of Object.entries(places)) if (text.includes(form)) hits.push(`${place}: ${secret.slice(0, 8)}…`);
    }
  }
  return hits;
}
