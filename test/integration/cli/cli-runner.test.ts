/**
 * `npm run cli` (scripts/cli.mjs) on a private copy of the project: it builds the CLI
 * bundle only when a source is newer than the last build, then runs that bundle in its own
 * process with argv, stdin, stdout, stderr, exit code and signals untouched.
 */
import { spawn } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../fixtures/project-copy';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

let project = '';

interface RunOptions {
  stdin?: string;
  keepStdinOpen?: boolean;
  preload?: string;
  env?: NodeJS.ProcessEnv;
  onSpawn?: (kill: (s: NodeJS.Signals) => void) => void;
}

function runCli(args: string[], options: RunOptions = {}): Promise<Run> {
  const nodeArgs = options.preload ? ['-r', options.preload] : [];
  const env = { ...process.env, MSA_OAUTH_CLIENT_ID: '', ...options.env };
  const child = spawn(process.execPath, [...nodeArgs, join(project, 'scripts', 'cli.mjs'), ...args], { cwd: project, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (options.stdin !== undefined) child.stdin.write(options.stdin);
  if (!options.keepStdinOpen) child.stdin.end();
  options.onSpawn?.((signal) => child.kill(signal));
  return new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

const manifest = () => JSON.parse(readFileSync(join(project, 'dist-electron', 'cli.inputs.json'), 'utf8')) as { startedAtMs: number; inputs: string[]; outputs: string[] };
const built = (run: Run) => /building the CLI bundle/.test(run.stderr);
const TENANT = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';

beforeAll(() => {
  project = copyProject('cli-runner');
});

describe('npm run cli (scripts/cli.mjs)', () => {
  it('builds the bundle once when there is none, then runs it without building again', async () => {
    const first = await runCli(['--help']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('building the CLI bundle (not built yet)');
    expect(first.stdout).toMatch(/^Usage: mail-setup <command>/);
    const { startedAtMs, inputs, outputs } = manifest();
    expect(inputs).toEqual(expect.arrayContaining(['electron/cli.ts', 'electron/cli/dispatch.ts', 'shared/findings/classify.ts', 'vite.config.ts', 'package-lock.json']));
    expect(outputs[0]).toBe('cli.cjs');

    const second = await runCli(['--help']);
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toBe(first.stdout);
    expect(manifest().startedAtMs).toBe(startedAtMs);
  }, 60_000);

  it('rebuilds once after a source it depends on changes, and keeps stdout for the command alone', async () => {
    await runCli(['--help']);
    const before = manifest().startedAtMs;
    // The help's words are messages (shared/i18n/en/cli.ts), a source of the bundle like any other.
    const source = join(project, 'shared', 'i18n', 'en', 'cli.ts');
    writeFileSync(source, readFileSync(source, 'utf8').replace("'Check and explain", "'Checks and explains"));
    const rebuilt = await runCli(['--help']);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr).toBe('mail-setup: building the CLI bundle (shared/i18n/en/cli.ts changed)…\n');
    expect(rebuilt.stdout).toContain('Checks and explains Microsoft 365');
    expect(manifest().startedAtMs).toBeGreaterThan(before);
    const again = await runCli(['--help']);
    expect(built(again)).toBe(false);
  }, 60_000);

  it('rebuilds when a value baked in at build time changes (the Microsoft sign-in client id)', async () => {
    await runCli(['--help']);
    const id = '3f1c9a2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
    const changed = await runCli(['--help'], { env: { MSA_OAUTH_CLIENT_ID: id } });
    expect(changed.stderr).toBe('mail-setup: building the CLI bundle (MSA_OAUTH_CLIENT_ID changed)…\n');
    expect(built(await runCli(['--help'], { env: { MSA_OAUTH_CLIENT_ID: id } }))).toBe(false);
    expect(built(await runCli(['--help']))).toBe(true);
  }, 60_000);

  it('does not rebuild for a file the bundle does not use', async () => {
    await runCli(['--help']);
    const unrelated = join(project, 'renderer', 'index.html');
    const now = new Date();
    utimesSync(unrelated, now, now);
    expect(built(await runCli(['--help']))).toBe(false);
  }, 60_000);

  it('builds once when two runs find the bundle stale at the same time', async () => {
    const source = join(project, 'electron', 'cli', 'command.ts');
    const now = new Date();
    utimesSync(source, now, now);
    const runs = await Promise.all([runCli(['explain', '--json', TENANT]), runCli(['explain', '--json', TENANT])]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(runs.filter(built)).toHaveLength(1);
    for (const run of runs) expect(JSON.parse(run.stdout)).toHaveProperty('findings');
  }, 60_000);

  it('passes exit codes through: 0 explained, 1 not recognised, 2 usage error', async () => {
    expect((await runCli(['explain', TENANT])).code).toBe(0);
    expect((await runCli(['explain', 'zzz nothing a mail server would say'])).code).toBe(1);
    const usage = await runCli(['no-such-command']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown command "no-such-command"');
  }, 60_000);

  it('passes standard input through', async () => {
    const run = await runCli(['explain', '--json'], { stdin: `${TENANT}\n` });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { findings: { id: string }[] }).findings[0]?.id).toBe('auth.smtp-auth-disabled-tenant');
  }, 60_000);

  it('ends by the signal it is sent, as the CLI itself would', async () => {
    await runCli(['--help']);
    // `explain` with no text waits for standard input, which stays open until the signal.
    const run = await runCli(['explain'], { keepStdinOpen: true, onSpawn: (kill) => setTimeout(() => kill('SIGTERM'), 500) });
    expect(run.signal).toBe('SIGTERM');
  }, 60_000);

  it('loads no TLS, mail or keychain code for explain or --help', async () => {
    await runCli(['--help']);
    const hook = join(project, 'loaded-modules.cjs');
    const report = join(project, 'loaded.json');
    writeFileSync(
      hook,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify({ builtins: process.moduleLoadList, files: Object.keys(require.cache) })));\n`,
    );
    for (const args of [['explain', TENANT], ['--help']]) {
      const run = await runCli(args, { preload: hook });
      expect(run.code).toBe(0);
      const loaded = JSON.parse(readFileSync(report, 'utf8')) as { builtins: string[]; files: string[] };
      // (net is Node's own: a piped stdout is a net.Socket.)
      expect(loaded.builtins.filter((m) => /^NativeModule (tls|_tls_wrap|dns|https?|zlib|crypto)$/.test(m))).toEqual([]);
      expect(loaded.files.filter((f) => /node_modules|run-probe|validation|export-command|discover-command/.test(f))).toEqual([]);
    }
  }, 60_000);
});
