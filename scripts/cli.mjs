#!/usr/bin/env node
/**
 * `npm run cli -- <command> …`: runs the built CLI bundle (dist-electron/cli.cjs), the
 * same file `mail-setup` runs, so the source tree takes the fast path too. The bundle is
 * rebuilt first only when it is missing, a file it was built from changed since that
 * build started, or a build-time value (MSA_OAUTH_CLIENT_ID) differs: the build lists
 * those in dist-electron/cli.inputs.json, so the check is one small JSON read and about
 * 150 stat() calls (a few milliseconds).
 *
 * The bundle then runs in this very process (require), not in a child: argv, stdin,
 * stdout, stderr, the exit code and signals are simply the process's own, and there is
 * no second Node start-up to pay for.
 *
 * Build output goes to stderr only when the build fails (exit 70): stdout stays the
 * CLI's alone, so `--json` output can be piped.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist-electron');
const manifestPath = join(outDir, 'cli.inputs.json');
const lockDir = join(outDir, '.cli-build.lock');
const BUILD_FAILED = 70; // EX_SOFTWARE: not one of the CLI's own exit codes (0, 1, 2)
const LOCK_WAIT_MS = 120_000;
const STALE_LOCK_MS = 300_000;

/** Why the bundle must be rebuilt, or null when it is up to date. */
function staleReason() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return 'not built yet';
  }
  if (!manifest.outputs?.length) return 'the build manifest lists no output';
  for (const [name, value] of Object.entries(manifest.env ?? {})) {
    if ((process.env[name] ?? '') !== value) return `${name} changed`;
  }
  for (const output of manifest.outputs) {
    if (!statSync(join(outDir, output), { throwIfNoEntry: false })) return `${output} is missing`;
  }
  for (const input of manifest.inputs ?? []) {
    const stat = statSync(join(root, input), { throwIfNoEntry: false });
    if (!stat) return `${input} was removed`;
    if (stat.mtimeMs > manifest.startedAtMs) return `${input} changed`;
  }
  return null;
}

/** One build at a time: a second `npm run cli` waits for the first, then re-checks. */
function withBuildLock(action) {
  const deadline = Date.now() + LOCK_WAIT_MS;
  mkdirSync(outDir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const lock = statSync(lockDir, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`another build holds ${lockDir}; remove it if no build is running`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    return action();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function build(reason) {
  // Loaded only here: the up-to-date path should not pay for child_process.
  const { spawnSync } = require('node:child_process');
  process.stderr.write(`mail-setup: building the CLI bundle (${reason})…\n`);
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, MSA_BUILD_ONLY: 'cli' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}${run.stderr}mail-setup: the CLI bundle could not be built (vite exit ${run.status ?? run.signal}).\n`);
    process.exit(BUILD_FAILED);
  }
}

function ensureBuilt() {
  if (staleReason() === null) return;
  withBuildLock(() => {
    const reason = staleReason(); // another process may have built it meanwhile
    if (reason !== null) build(reason);
  });
}

ensureBuilt();
// The bundle reads process.argv.slice(2): here that is exactly what followed `npm run cli --`.
require(join(outDir, 'cli.cjs'));
