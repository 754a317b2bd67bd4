import { defineConfig } from '@playwright/test';

// `npm run test:electron` (scripts/test-electron.mjs): the built app in a real Electron
// window, one test at a time (each launches its own app). The runtime comes from
// MSA_ELECTRON_BINARY, which the script sets; there is no browser project here.
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/electron',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
