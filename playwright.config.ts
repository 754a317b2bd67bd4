import { defineConfig, devices } from '@playwright/test';

// System Chromium (Debian package): Playwright's own browser download is not
// possible on the build machines. Flags keep Chromium off the closed network.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  reporter: [['list']],
  // Merges the journey counts of the run with the numbers from before (test/e2e/journey-teardown.ts).
  globalTeardown: './test/e2e/journey-teardown.ts',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 960, height: 720 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
  },
});
