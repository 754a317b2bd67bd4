#!/usr/bin/env node
/**
 * `npm run test:electron`: the real app window. Builds the app, then launches it with
 * Playwright's Electron support (test/electron, playwright.electron.config.ts) on an
 * Electron runtime that is already here — ELECTRON_OVERRIDE_DIST_PATH, or a prior
 * `npx install-electron`; nothing is downloaded. The specs check the window's security
 * settings, the CSP and the IPC sender guard as they are at run time, and run the healthy
 * journey against the lab.
 *
 * Where no runtime exists it prints one line saying it did not run and why, and exits 0:
 * nothing ran, so nothing is reported as passed (it is not part of `npm test` or its count).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime } from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runtime = findElectronRuntime(root);
if (!('binary' in runtime)) {
  console.log(`test:electron did not run: ${runtime.missing}; no window test was run or counted.`);
  process.exit(0);
}

const step = (command, args, env = {}) => {
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) process.exit(run.status ?? 1);
};

step(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
const playwright = [join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '--config', 'playwright.electron.config.ts', ...process.argv.slice(2)];
// Linux without a display (CI, containers): give Electron a virtual one when xvfb-run exists.
const headless = process.platform === 'linux' && !process.env.DISPLAY && spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
if (headless) step('xvfb-run', ['-a', process.execPath, ...playwright], { MSA_ELECTRON_BINARY: runtime.binary });
else step(process.execPath, playwright, { MSA_ELECTRON_BINARY: runtime.binary });
