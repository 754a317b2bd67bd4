/**
 * Issue 13, terminal escape injection: a server whose greeting carries ESC sequences,
 * NUL, C1, CR and a right-to-left override, and the same pasted into `explain`, reach the
 * terminal only as visible escapes, through the real commands and the real `mail-setup`
 * entry. `--json` stays exact JSON.
 */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/command';
import { COMMANDS } from '../../../electron/cli/commands';
import { dispatch } from '../../../electron/cli/dispatch';
import { EVIL_TEXT } from '../../lab/fuzz/hostile-replies';
import { startHostileServer, type HostileServer } from '../../lab/fuzz/hostile-server';
import { labPki } from '../../lab/lab-pki';
import { hasUnsafeCharacters } from '../../../shared/text-safety';
import type { ProbeResult } from '../../../shared/types';

let server: HostileServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function escapeServer(): Promise<HostileServer> {
  const pki = await labPki();
  server = await startHostileServer(
    { index: 0, seed: 1, security: 'none', auth: 'none', sendTest: false, moment: 'greeting', behaviour: 'escape', smtpUtf8: false },
    pki.served.healthy,
  );
  return server;
}

async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => stdin, env: {} };
  const code = await dispatch(argv, COMMANDS, io);
  return { code, stdout, stderr };
}

const ESC = '\x1b';

describe('terminal escape injection', () => {
  it('probe, human output: the hostile greeting is shown with its control characters made visible', async () => {
    const { port } = await escapeServer();
    const out = await run(['probe', '--host', '127.0.0.1', '--port', String(port), '--security', 'none', '--timeout', '2']);
    expect(out.stdout).toMatch(/greeting\s+ok\s+\d+ ms\s+220 fuzz\.lab ESMTP ready \\x1b\]0;owned\\x07\\x1b\[2J/);
    expect(out.stdout).toContain('\\x00\\u202eexe.txt\\x9b31m\\x0dOK\\u2028\\x85');
    expect(out.stdout).not.toContain(ESC);
    expect(hasUnsafeCharacters(out.stdout)).toBe(false);
  });

  it('probe --json: exact JSON that parses to the raw reply, with nothing raw on the terminal', async () => {
    const { port } = await escapeServer();
    const out = await run(['probe', '--host', '127.0.0.1', '--port', String(port), '--security', 'none', '--timeout', '2', '--json']);
    expect(hasUnsafeCharacters(out.stdout)).toBe(false);
    const result = JSON.parse(out.stdout) as ProbeResult;
    const greeting = result.stages.find((s) => s.id === 'greeting');
    // Whatever the engine stores (raw or escaped), the JSON carries it exactly.
    expect(greeting?.detail).toMatch(/^220 fuzz\.lab ESMTP ready /);
  });

  it('explain: pasted text with ESC sequences and a bidi override is quoted visibly', async () => {
    const pasted = `535 5.7.139 Authentication unsuccessful ${EVIL_TEXT}`;
    for (const out of [await run(['explain', pasted]), await run(['explain'], pasted)]) {
      expect(out.stdout).toContain('535 5.7.139 Authentication unsuccessful \\x1b]0;owned\\x07');
      expect(hasUnsafeCharacters(out.stdout)).toBe(false);
    }
    const json = await run(['explain', '--json', pasted]);
    expect(hasUnsafeCharacters(json.stdout)).toBe(false);
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('Authentication unsuccessful');
  });

  it('the real mail-setup entry writes no raw ESC to its stdout', async () => {
    const { port } = await escapeServer();
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'probe', '--host', '127.0.0.1', '--port', String(port), '--security', 'none', '--timeout', '2'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    const bytes = Buffer.concat(chunks);
    expect(code).toBe(0);
    expect(bytes.includes(0x1b)).toBe(false);
    expect(bytes.includes(0x00)).toBe(false);
    expect(bytes.toString('utf8')).toContain('220 fuzz.lab ESMTP ready \\x1b]0;owned');
  });
});
