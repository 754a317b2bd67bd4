/**
 * Helpers for keychain integration tests: the guard that they run inside
 * scripts/with-keyring.mjs, and child processes in other D-Bus situations.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../fixtures/temp-dir';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../../..');
const CHILD = join(here, 'keychain-child.ts');

/** Fails the whole file with a clear message instead of silently skipping. */
export function requireKeyringSession(): void {
  if (process.env['MSA_KEYRING_SESSION'] !== '1' || !process.env['DBUS_SESSION_BUS_ADDRESS']) {
    throw new Error(
      'Keychain tests need the real Secret Service: run them through scripts/with-keyring.mjs, e.g.\n' +
        '  node scripts/with-keyring.mjs vitest run --project integration test/integration/vault\n' +
        '(npm run test:integration does this).',
    );
  }
}

/** A keychain service name no real app data uses, so tests never touch real entries. */
export function testServiceName(): string {
  return `Mail Setup Assistant test ${randomBytes(6).toString('hex')}`;
}

/** A VaultResult as printed by keychain-child.ts. */
export type ChildResult = { ok: boolean; value?: unknown; error?: { code: string; reason?: string; message: string } };

export interface ChildRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  output: { results: Array<{ op: string; result: ChildResult }>; logs: string[] } | null;
}

function parse(run: ReturnType<typeof spawnSync>): ChildRun {
  const stdout = String(run.stdout ?? '');
  return {
    status: run.status,
    signal: run.signal,
    stderr: String(run.stderr ?? ''),
    output: stdout.trim() ? JSON.parse(stdout) : null,
  };
}

/** Runs the child with exactly `env` (plus PATH), no keyring session of ours. */
export function runChild(env: Record<string, string>, ops: string[]): ChildRun {
  return parse(
    spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...ops], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/root', ...env },
      encoding: 'utf8',
      timeout: 20_000,
    }),
  );
}

/**
 * Runs the child in its own D-Bus session whose gnome-keyring is unlocked with `password`.
 * With the same `dataHome` and a different password, the existing login keyring stays locked.
 */
export function runChildInKeyring(opts: { dataHome: string; password: string; service: string }, ops: string[]): ChildRun {
  const script = 'printf %s "$PW" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; unset PW; exec "$@"';
  return parse(
    spawnSync(
      'dbus-run-session',
      ['--', 'sh', '-c', script, 'child', process.execPath, '--import', 'tsx', CHILD, ...ops],
      {
        cwd: REPO_ROOT,
        env: {
          PATH: process.env['PATH'] ?? '/usr/bin:/bin',
          HOME: process.env['HOME'] ?? '/root',
          XDG_DATA_HOME: opts.dataHome,
          XDG_RUNTIME_DIR: tempDir('run'),
          PW: opts.password,
          MSA_TEST_SERVICE: opts.service,
        },
        encoding: 'utf8',
        timeout: 20_000,
      },
    ),
  );
}
