import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../../shared/types';
import type { CliIo } from '../../../electron/cli/command';
import { dispatch } from '../../../electron/cli/dispatch';
import { createProbeCommand, probeCommand } from '../../../electron/cli/probe-command';
import { exportCommand } from '../../../electron/cli/export-command';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../../fixtures/temp-dir';
import { labCaPath, startLab, type Lab } from '../../lab';

let lab: Lab | null = null;
afterEach(async () => {
  await lab?.close();
  lab = null;
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => opts.stdin ?? '',
    env: opts.env ?? {},
  };
  const code = await dispatch(['probe', ...args], [probeCommand], io);
  return { code, stdout, stderr };
}

/** The lab reached the way the helpdesk would point the CLI at a test server. */
async function labArgs(l: Lab): Promise<{ args: string[]; env: Record<string, string> }> {
  return {
    args: ['--host', '127.0.0.1', '--port', String(l.port), '--security', 'starttls', '--tls-servername', l.servername],
    env: { NODE_EXTRA_CA_CERTS: await labCaPath() },
  };
}

describe('mail-setup probe (in process)', () => {
  it('prints a stage table and exits 0 when everything passes', async () => {
    lab = await startLab('healthy');
    const { args, env } = await labArgs(lab);
    const run = await cli([...args, '--user', lab.credentials.user, '--password-stdin'], { stdin: `${lab.credentials.password}\n`, env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^stage\s+status\s+time\s+detail/);
    expect(run.stdout).toMatch(/auth\s+ok\s+\d+ ms\s+LOGIN: 235/);
    expect(run.stdout).toMatch(/data\s+-\s+not run: no test message requested/);
    expect(run.stdout).toContain('Verdict: pass');
    expect(run.stdout).not.toContain(lab.credentials.password);
  });

  it('--json prints exactly one JSON document with the full result', async () => {
    lab = await startLab('healthy');
    const { args, env } = await labArgs(lab);
    const run = await cli([...args, '--user', lab.credentials.user, '--oauth-token-stdin', '--send-test-to', lab.credentials.user, '--json'], {
      stdin: lab.credentials.accessToken,
      env,
    });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ProbeResult;
    expect(result.verdict).toBe('pass');
    expect(result.request).toMatchObject({ host: '127.0.0.1', presetId: 'custom', auth: { method: 'oauth2', user: lab.credentials.user } });
    expect(result.stages.find((s) => s.id === 'data')?.status).toBe('pass');
    expect(lab.received).toHaveLength(1);
    expect(run.stdout).not.toContain(lab.credentials.accessToken);
  });

  it('--json keeps each detail as English text with its code beside it, and export --result reads it back', async () => {
    lab = await startLab('healthy');
    const { args, env } = await labArgs(lab);
    const run = await cli([...args, '--user', lab.credentials.user, '--password-stdin', '--json'], { stdin: lab.credentials.password, env });
    expect(run.code).toBe(0);
    const saved = JSON.parse(run.stdout) as { stages: { id: string; detail: unknown; detailCode?: string; detailParams?: Record<string, unknown> }[] };
    expect(saved.stages.every((stage) => typeof stage.detail === 'string')).toBe(true);
    const auth = saved.stages.find((stage) => stage.id === 'auth');
    expect(auth).toMatchObject({ detail: expect.stringMatching(/^LOGIN: 235/), detailCode: 'auth.accepted', detailParams: { mechanism: 'LOGIN' } });
    expect(saved.stages.find((stage) => stage.id === 'data')).toMatchObject({ detail: 'not run: no test message requested', detailCode: 'skipped', detailParams: { reason: 'no-test-message' } });

    const dir = tempDir('probe-json-report');
    const resultFile = path.join(dir, 'result.json');
    await writeFile(resultFile, run.stdout);
    let out = '';
    const io: CliIo = { stdout: (text) => (out += text), stderr: () => {}, readStdin: async () => '', env: {} };
    expect(await dispatch(['export', '--format', 'report', '--result', resultFile, '--out', path.join(dir, 'report.html')], [exportCommand], io)).toBe(0);
    const report = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8')) as { result: typeof saved };
    expect(report.result.stages.map((stage) => [stage.detail, stage.detailCode])).toEqual(saved.stages.map((stage) => [stage.detail, stage.detailCode]));
    expect(await readFile(path.join(dir, 'report.html'), 'utf8')).toContain(String(auth?.detail));
  });

  it('exits 1 and lists finding ids (with the describe seam) when a stage fails', async () => {
    lab = await startLab('tenant-auth-disabled');
    const { args, env } = await labArgs(lab);
    let stdout = '';
    const command = createProbeCommand({
      classify: (evidence) => (evidence.some((e) => e.kind === 'reply' && e.enhanced === '5.7.139') ? ['auth.smtp-auth-disabled-tenant'] : []),
      describe: (id) => (id === 'auth.smtp-auth-disabled-tenant' ? 'SMTP sign-in is switched off for your organisation' : undefined),
    });
    const code = await command.run([...args, '--user', lab.credentials.user, '--password-stdin'], {
      stdout: (text) => (stdout += text),
      stderr: () => {},
      readStdin: async () => lab?.credentials.password ?? '',
      env,
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/auth\s+FAIL/);
    expect(stdout).toContain('auth.smtp-auth-disabled-tenant: SMTP sign-in is switched off for your organisation');
    expect(stdout).toContain('Verdict: fail');
  });

  it.each([
    [['--preset', 'nope'], /unknown preset "nope"/],
    [['--preset', 'microsoft365', '--host', '40.99.1.1'], /DNS name, not an IP address/],
    [['--host', 'relay.example', '--user', 'a@b.c'], /--password-stdin or --oauth-token-stdin/],
    [['--host', 'relay.example', '--port', 'abc'], /--port must be a number/],
    [['--host', 'relay.example', '--security', 'ssl'], /--security must be starttls, tls or none/],
    [['--host', 'relay.example', '--password-stdin'], /--user is required/],
    [['--host', 'relay.example', '--timeout', '0'], /--timeout must be a positive number/],
    [['--preset', 'microsoft365-relay'], /--host is required/],
    [['--host', 'relay.example', '--password', 'hunter2'], /Unknown option '--password'/],
    [['--host', 'relay.example', '--send-test-to', 'a@b.c\r\nDATA'], /line breaks/],
  ])('usage error %j exits 2 with a clear message', async (args, message) => {
    const run = await cli(args as string[], { stdin: 'x' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('refuses an empty secret on stdin', async () => {
    const run = await cli(['--host', 'relay.example', '--user', 'a@b.c', '--password-stdin'], { stdin: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('standard input was empty');
  });
});

describe('mail-setup probe (child process)', () => {
  it('runs as a real process: secret on stdin, trust from NODE_EXTRA_CA_CERTS, JSON on stdout', async () => {
    lab = await startLab('healthy');
    const { args } = await labArgs(lab);
    const script = [
      "import { dispatch } from './electron/cli/dispatch';",
      "import { probeCommand } from './electron/cli/probe-command';",
      'const chunks = [];',
      'const io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), env: process.env,',
      '  readStdin: async () => { for await (const c of process.stdin) chunks.push(c); return Buffer.concat(chunks).toString("utf8"); } };',
      'process.exitCode = await dispatch(process.argv.slice(1), [probeCommand], io);',
    ].join('\n');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, 'probe', ...args, '--user', lab.credentials.user, '--password-stdin', '--json'],
      { cwd: process.cwd(), env: { ...process.env, NODE_EXTRA_CA_CERTS: await labCaPath() }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end(`${lab.credentials.password}\n`);
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as ProbeResult;
    expect(result.verdict).toBe('pass');
    expect(result.tls?.verified).toBe(true);
    expect(stdout).not.toContain(lab.credentials.password);
  }, 30_000);
});
