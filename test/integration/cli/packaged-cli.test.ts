/**
 * The packaged `mail-setup`, as far as it can run on Linux without the Electron binary:
 *
 * - the app's CLI mode in the *built* dist-electron/main.cjs, run by plain Node with
 *   `electron` replaced by test/fixtures/electron-stand-in (what it stubs, and why, is
 *   written there); every call the bundle makes on Electron's `app` is recorded;
 * - the macOS launcher (build/cli/mac/mail-setup) in a fake app bundle, first against a
 *   stand-in app binary that records what it was given, then against that same CLI mode,
 *   end to end.
 * The Windows launcher is checked statically in test/unit/cli/launchers.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../fixtures/project-copy';
import { tempDir } from '../../fixtures/temp-dir';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const STAND_IN = resolve('test/fixtures/electron-stand-in/register.cjs');
const TENANT = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
let project = '';

function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; stdin?: string; cwd?: string } = {}): Promise<Run> {
  const child = spawn(command, args, { cwd: options.cwd ?? project, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.stdin ?? '');
  return new Promise((done) => child.once('close', (code) => done({ code, stdout, stderr })));
}

/** The built main bundle under the Electron stand-in; returns the run and what it asked of `app`. */
async function mainCjs(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
  const dir = tempDir('cli-mode');
  const userData = join(dir, 'user-data');
  mkdirSync(userData);
  const log = join(dir, 'calls.json');
  const result = await run(process.execPath, ['-r', STAND_IN, join(project, 'dist-electron', 'main.cjs'), ...args], {
    ...options,
    env: { MSA_STAND_IN_USER_DATA: userData, MSA_STAND_IN_LOG: log, MAIL_SETUP_SETTINGS_DIR: '', ...options.env },
  });
  return { ...result, userData, calls: JSON.parse(readFileSync(log, 'utf8')) as unknown[][] };
}

beforeAll(() => {
  project = copyProject('packaged-cli');
  const build = spawnSync(process.execPath, [join(project, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], {
    cwd: project,
    env: { ...process.env, MSA_BUILD_ONLY: 'main' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building main.cjs failed: ${build.stderr}`);
}, 120_000);

describe('the app binary in CLI mode (built main.cjs, Electron stood in)', () => {
  it('runs a command without a window, a single-instance lock or `ready`, and exits with its code', async () => {
    const ran = await mainCjs(['--cli', '--', 'explain', TENANT]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Most likely: Sending from apps is switched off for your organisation');
    expect(ran.calls.map(([name]) => name)).toEqual(['setPath', 'getPath', 'exit']);
    expect(ran.calls[0]?.slice(0, 2)).toEqual(['setPath', 'sessionData']);
    expect(ran.calls.at(-1)).toEqual(['exit', 0]);
    // The throwaway session folder is gone.
    expect(existsSync(String(ran.calls[0]?.[2]))).toBe(false);
  });

  it('passes exit codes through: 1 not recognised, 2 usage error', async () => {
    const unknown = await mainCjs(['--cli', '--', 'explain', 'zzz nothing a server would say']);
    expect(unknown.code).toBe(1);
    const usage = await mainCjs(['--cli', '--', 'no-such-command']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown command "no-such-command"');
    expect(usage.calls.at(-1)).toEqual(['exit', 2]);
  });

  it('reads standard input and keeps stdout to the one JSON document', async () => {
    const ran = await mainCjs(['--cli', 'explain', '--json'], { stdin: `${TENANT}\n` });
    expect(ran.code).toBe(0);
    expect((JSON.parse(ran.stdout) as { findings: { id: string }[] }).findings[0]?.id).toBe('auth.smtp-auth-disabled-tenant');
  });

  it("uses the app's own settings folder for saved profiles", async () => {
    const ran = await mainCjs(['--cli', '--', 'export', '--format', 'sheet', '--profile', 'Work mail', '--out', 'x.html']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(`no saved profile named “Work mail” in ${ran.userData}`);
  });

  it('opens the window path (single-instance lock first) without --cli', async () => {
    const ran = await mainCjs([]);
    expect(ran.calls[0]).toEqual(['requestSingleInstanceLock']);
    expect(ran.calls.some(([name]) => name === 'setPath')).toBe(false);
  });
});

/** A fake "Mail Setup Assistant.app" with the launcher where electron-builder puts it. */
function fakeBundle(appBinary: string): { launcher: string; bundle: string } {
  const bundle = join(tempDir('mac-bundle'), 'Mail Setup Assistant.app');
  const bin = join(bundle, 'Contents', 'Resources', 'bin');
  const macos = join(bundle, 'Contents', 'MacOS');
  mkdirSync(bin, { recursive: true });
  mkdirSync(macos, { recursive: true });
  const launcher = join(bin, 'mail-setup');
  copyFileSync(resolve('build/cli/mac/mail-setup'), launcher);
  chmodSync(launcher, 0o755);
  writeFileSync(join(macos, 'Mail Setup Assistant'), appBinary, { mode: 0o755 });
  return { launcher, bundle };
}

/** Records its arguments (one per line), ELECTRON_RUN_AS_NODE and stdin, then exits with $STAND_IN_EXIT. */
const RECORDING_BINARY = `#!/bin/sh
out="$STAND_IN_DIR"
: > "$out/argv"
for arg in "$@"; do printf '%s\\n' "$arg" >> "$out/argv"; done
printf '%s' "\${ELECTRON_RUN_AS_NODE-unset}" > "$out/run-as-node"
cat > "$out/stdin"
echo "stand-in stdout"
echo "stand-in stderr" >&2
exit "\${STAND_IN_EXIT:-0}"
`;

describe('the macOS launcher (build/cli/mac/mail-setup)', () => {
  it('is executable as checked in', () => {
    const { mode } = statSync(resolve('build/cli/mac/mail-setup'));
    expect(mode & 0o111).toBe(0o111);
  });

  it('runs the app binary in CLI mode with every argument unchanged, and its exit code and streams', async () => {
    const { launcher } = fakeBundle(RECORDING_BINARY);
    const dir = tempDir('stand-in');
    const args = ['explain', '--json', 'two words', '', "it's \"quoted\"", '$HOME', '*', 'ünïcødé', '--', '-h'];
    const ran = await run(launcher, args, { env: { STAND_IN_DIR: dir, STAND_IN_EXIT: '42' }, stdin: 'secret on stdin\n' });
    expect(ran).toEqual({ code: 42, stdout: 'stand-in stdout\n', stderr: 'stand-in stderr\n' });
    expect(readFileSync(join(dir, 'argv'), 'utf8')).toBe(['--cli', '--', ...args].map((a) => `${a}\n`).join(''));
    expect(readFileSync(join(dir, 'stdin'), 'utf8')).toBe('secret on stdin\n');
    // Nothing asks Electron to run as Node (the fuse is off anyway).
    expect(readFileSync(join(dir, 'run-as-node'), 'utf8')).toBe('unset');
  });

  it('works through a link on PATH, from any folder', async () => {
    const { launcher } = fakeBundle(RECORDING_BINARY);
    const dir = tempDir('stand-in');
    const pathDir = tempDir('path');
    symlinkSync(launcher, join(pathDir, 'mail-setup'));
    const elsewhere = tempDir('cwd');
    const ran = await run('sh', ['-c', 'mail-setup --help'], { cwd: elsewhere, env: { STAND_IN_DIR: dir, PATH: `${pathDir}:${process.env.PATH ?? ''}` } });
    expect(ran.code).toBe(0);
    expect(readFileSync(join(dir, 'argv'), 'utf8')).toBe('--cli\n--\n--help\n');
  });

  it('says where it looked when the app binary is missing, and exits 69', async () => {
    const { launcher, bundle } = fakeBundle(RECORDING_BINARY);
    rmSync(join(bundle, 'Contents', 'MacOS'), { recursive: true });
    const ran = await run(launcher, ['--help']);
    expect(ran.code).toBe(69);
    expect(ran.stderr).toMatch(/^mail-setup: Mail Setup Assistant is not where this script expects it: .*Contents\/MacOS\/Mail Setup Assistant\n$/);
  });

  it('end to end: launcher → app binary → CLI mode of the built main.cjs', async () => {
    // The "app binary" is plain Node running the built main bundle under the Electron stand-in.
    const dir = tempDir('e2e');
    mkdirSync(join(dir, 'user-data'));
    const binary = `#!/bin/sh\nexec "${process.execPath}" -r "${STAND_IN}" "${join(project, 'dist-electron', 'main.cjs')}" "$@"\n`;
    const { launcher } = fakeBundle(binary);
    const env = { MSA_STAND_IN_USER_DATA: join(dir, 'user-data'), MSA_STAND_IN_LOG: join(dir, 'calls.json') };
    const ok = await run(launcher, ['explain', '--json', TENANT], { env });
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { findings: { id: string }[] }).findings[0]?.id).toBe('auth.smtp-auth-disabled-tenant');
    const piped = await run(launcher, ['explain'], { env, stdin: 'zzz nothing a server would say' });
    expect(piped.code).toBe(1);
    const usage = await run(launcher, ['explain', '--port', 'x', 'y'], { env });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--port must be a number');
  });
});
