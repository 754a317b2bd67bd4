#!/usr/bin/env node
/**
 * Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring, so
 * keychain tests use the real Secret Service without touching the developer's keyrings:
 *
 *   node scripts/with-keyring.mjs vitest run --project integration
 *
 * Recipe: docs/build-machines.md ("The keychain on Linux"). The keyring lives in temporary
 * XDG_DATA_HOME / XDG_RUNTIME_DIR directories that are removed afterwards; the daemon exits
 * with the bus. The command's exit code is forwarded. node_modules/.bin is put on PATH so
 * `vitest` resolves as it does in an npm script. The child sees MSA_KEYRING_SESSION=1,
 * which the vault tests require (they fail loudly without it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const command = process.argv.slice(2);
if (command.length === 0) {
  process.stderr.write('usage: node scripts/with-keyring.mjs <command> [args...]\n');
  process.exit(2);
}

const missing = ['dbus-run-session', 'gnome-keyring-daemon'].filter(
  (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0,
);
if (missing.length > 0) {
  process.stderr.write(
    `with-keyring: ${missing.join(' and ')} not found. On Debian/Ubuntu: apt-get install -y dbus gnome-keyring\n`,
  );
  process.exit(2);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataHome = mkdtempSync(join(tmpdir(), 'msa-keyring-data-'));
const runtimeDir = mkdtempSync(join(tmpdir(), 'msa-keyring-run-'));

// $0 is a label; "$@" is the command. The unlock password only guards this throwaway keyring.
const inner = [
  'printf %s "$MSA_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null',
  'status=$?',
  'unset MSA_KEYRING_PASSWORD',
  'if [ $status -ne 0 ]; then echo "with-keyring: gnome-keyring-daemon failed ($status)" >&2; exit 70; fi',
  'exec "$@"',
].join('\n');

const child = spawn('dbus-run-session', ['--', 'sh', '-c', inner, 'with-keyring', ...command], {
  stdio: 'inherit',
  cwd: process.cwd(),
  env: {
    ...process.env,
    XDG_DATA_HOME: dataHome,
    XDG_RUNTIME_DIR: runtimeDir,
    MSA_KEYRING_SESSION: '1',
    MSA_KEYRING_PASSWORD: randomBytes(12).toString('hex'),
    PATH: [join(root, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
  },
});

const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);

const cleanUp = () => {
  rmSync(dataHome, { recursive: true, force: true });
  rmSync(runtimeDir, { recursive: true, force: true });
};

child.on('error', (error) => {
  cleanUp();
  process.stderr.write(`with-keyring: could not start dbus-run-session: ${error.message}\n`);
  process.exit(70);
});

child.on('exit', (code, signal) => {
  cleanUp();
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
