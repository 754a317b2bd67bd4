import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects, one runner: pure logic (node), React components (jsdom), and
// integration against real servers, files and the secret service (node, slower).
export default defineConfig({
  test: {
    // `electron` is never imported by tested code; this makes an accidental import
    // fail fast instead of trying to download the binary.
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron' },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/setup/remove-temp-dirs.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts'],
          setupFiles: ['test/setup/remove-temp-dirs.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
