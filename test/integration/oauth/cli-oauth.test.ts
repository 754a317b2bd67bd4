/**
 * `mail-setup probe --auth oauth2` and `signout` as the helpdesk runs them: a child process
 * of the real CLI, the lab provider as the sign-in authority (trusted through
 * NODE_EXTRA_CA_CERTS, appended to the machine's value), the real keychain, the person in
 * Chromium. Also the canary: no token issued by the provider appears in any output or file.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { ProbeResult } from '../../../shared/types';
import type { SignInReport } from '../../../electron/cli/oauth-sign-in';
import { TOKEN_CACHE_PREFIX } from '../../../electron/vault/token-cache-store';
import { labCaPath, startLab, type Lab } from '../../lab';
import { startOidcLab, type OidcLab } from '../../lab/oidc/provider';
import { tempDir } from '../../fixtures/temp-dir';
import { leakForms } from '../probe/lab-probe';
import { REPO_ROOT, requireKeyringSession } from '../vault/keyring-session';
import { launchChromium, personContext, signInOnPage } from './oauth-fixtures';

requireKeyringSession();

let oidc: OidcLab;
let smtp: Lab;
let browser: Browser;
let home: string;
let caBundle: string;
const outputs: string[] = [];

beforeAll(async () => {
  [oidc, browser] = await Promise.all([startOidcLab(), launchChromium()]);
  smtp = await startLab('healthy', { verifyXoauth2: oidc.verifyXoauth2 });
  home = tempDir('cli-oauth-home');
  // Append the lab root to what the machine already trusts through NODE_EXTRA_CA_CERTS.
  const existing = process.env.NODE_EXTRA_CA_CERTS ? readFileSync(process.env.NODE_EXTRA_CA_CERTS, 'utf8') : '';
  caBundle = join(home, 'ca-bundle.pem');
  writeFileSync(caBundle, `${existing}\n${readFileSync(await labCaPath(), 'utf8')}`);
});
afterAll(async () => {
  await browser?.close();
  await smtp?.close();
  await oidc?.close();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], onStderrLine: (line: string) => void = () => {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, HOME: home, TMPDIR: home, NODE_EXTRA_CA_CERTS: caBundle, BROWSER: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      stderr += text;
      partial += text;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(onStderrLine);
    });
    child.once('error', reject);
    child.once('close', (code) => {
      outputs.push(stdout, stderr);
      resolve({ code, stdout, stderr });
    });
  });
}

const probeArgs = () => [
  'probe',
  '--auth',
  'oauth2',
  '--user',
  oidc.users[0]!.username,
  '--host',
  '127.0.0.1',
  '--port',
  String(smtp.port),
  '--security',
  'starttls',
  '--tls-servername',
  smtp.servername,
  '--client-id',
  oidc.clientId,
  '--authority',
  oidc.authority,
  '--json',
];

/** Files under `dir`, recursively, with their text. */
function filesIn(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [{ path, text: readFileSync(path, 'latin1') }];
  });
}

describe('mail-setup probe --auth oauth2 (child process)', () => {
  it('signs in with a device code, tests with XOAUTH2 (235), runs silently the second time, and signs out', async () => {
    let person: Promise<void> = Promise.resolve();
    const deviceLines: string[] = [];
    const first = await cli([...probeArgs(), '--device-code'], (line) => {
      const match = /^To sign in, open (https:\/\/\S+) and enter the code (\S+)$/.exec(line);
      if (!match) return;
      deviceLines.push(line);
      person = (async () => {
        const page = await (await personContext(browser)).newPage();
        await page.goto(match[1]!);
        await page.locator('input[name="user_code"]').fill(match[2]!);
        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByRole('button', { name: 'Continue' }).click();
        await signInOnPage(page, oidc.users[0]!);
        await page.getByText('You are signed in').waitFor();
      })();
    });
    await person;
    expect(deviceLines).toHaveLength(1);
    expect(first.code, first.stderr).toBe(0);
    const firstResult = JSON.parse(first.stdout) as ProbeResult & { signIn: SignInReport };
    expect(firstResult.verdict).toBe('pass');
    expect(firstResult.request.auth).toEqual({ method: 'oauth2', user: oidc.users[0]!.username });
    expect(firstResult.signIn).toMatchObject({ status: 'signed-in', flow: 'device-code', account: { username: oidc.users[0]!.username }, remembered: true });
    expect(firstResult.stages.find((s) => s.id === 'auth')).toMatchObject({ status: 'pass', detail: expect.stringMatching(/XOAUTH2: 235/) });

    const second = await cli(probeArgs());
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).not.toMatch(/To sign in|open this address/);
    expect((JSON.parse(second.stdout) as { signIn: SignInReport }).signIn).toMatchObject({ status: 'signed-in', flow: 'silent' });

    const keytar = (await import('keytar')).default;
    const cacheEntries = async () => (await keytar.findCredentials('Mail Setup Assistant')).filter((c) => c.account.startsWith(`${TOKEN_CACHE_PREFIX}.${oidc.clientId}.`));
    expect((await cacheEntries()).length).toBeGreaterThan(1);

    const out = await cli(['signout', '--user', oidc.users[0]!.username, '--client-id', oidc.clientId]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain(`Signed out ${oidc.users[0]!.username}`);
    expect(await cacheEntries()).toEqual([]);

    // Canary: no token the provider issued appears in any output, log or file the runs wrote.
    expect(oidc.issuedTokens.length).toBeGreaterThan(0);
    const written = filesIn(home).filter((f) => f.path !== caBundle);
    const everything = [...outputs, smtp.log.join('\n'), ...written.map((f) => f.text)].join('\n');
    for (const token of oidc.issuedTokens) for (const form of leakForms(token)) expect(everything).not.toContain(form);
  });

  it('documents the new options in --help', async () => {
    const help = await cli(['probe', '--help']);
    for (const flag of ['--auth oauth2', '--device-code', '--client-id ID', '--tenant T', '--authority URL']) expect(help.stdout).toContain(flag);
    const top = await cli(['--help']);
    expect(top.stdout).toMatch(/signout\s+Remove a Microsoft sign-in kept in the keychain/);
  });
});
