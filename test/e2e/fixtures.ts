import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { API_METHODS, EVENT_METHODS } from '../../shared/contract';
import { removeTempDirs } from '../fixtures/temp-dir';
import { installBridgeClient } from './bridge-client';
import { startBridge, type Bridge, type BridgeOptions } from './bridge-server';

export const ARTIFACTS = 'artifacts/e2e';

type Fixtures = {
  /** Starts the bridge (with optional handler overrides) and opens the app in the page. */
  openApp: (options?: BridgeOptions) => Promise<Bridge>;
};

export const test = base.extend<Fixtures>({
  openApp: async ({ page }, use) => {
    const bridges: Bridge[] = [];
    await use(async (options) => {
      const bridge = await startBridge(options);
      bridges.push(bridge);
      await page.addInitScript(installBridgeClient, { methods: { ...API_METHODS }, events: { ...EVENT_METHODS } });
      await page.goto(bridge.url);
      return bridge;
    });
    await Promise.all(bridges.map((b) => b.close()));
    // The settings folders this test's handlers wrote (one test at a time per worker).
    removeTempDirs();
  },
});

export { expect };

/** axe with WCAG 2.1 AA rules; returns the violations so the test can show them. */
export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  nodes: string[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
