#!/usr/bin/env node
// `npm start`: build all bundles, then launch Electron. Where the Electron binary
// is not installed (and cannot be downloaded), say so in one sentence and exit 1.
import { spawnSync, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime } from './electron-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

function ensureElectron() {
  const existing = findElectronRuntime(root);
  if ('binary' in existing) return existing.binary;
  // Electron 42+ downloads its binary on first use; try once, quietly.
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  const installed = findElectronRuntime(root);
  return install.status === 0 && 'binary' in installed ? installed.binary : null;
}

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = ensureElectron();
if (!binary) {
  console.error(
    'The Electron runtime is not installed on this machine and could not be downloaded: connect to the internet and run `npx install-electron`, or set ELECTRON_OVERRIDE_DIST_PATH to a folder that contains Electron 45, then run `npm start` again.',
  );
  process.exit(1);
}
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
