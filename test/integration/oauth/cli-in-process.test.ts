/**
 * The CLI's Microsoft sign-in in process, with the OAuth service injected over the lab
 * provider: usage errors, a sign-in failure as a probe result scripts can read, and the
 * line that says the signed-in account is not the address asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CliIo } from '../../../electron/cli/command';
import { dispatch } from '../../../electron/cli/dispatch';
import type { SignInReport } from '../../../electron/cli/oauth-sign-in';
import { createProbeCommand, probeCommand } from '../../../electron/cli/probe-command';
import type { ProbeResult } from '../../../shared/types';
import { labCaPath, startLab, type Lab } from '../../lab';
import { startOidcLab, type OidcLab } from '../../lab/oidc/provider';
import { labService, launchChromium, person } from './oauth-fixtures';

let oidc: OidcLab;
let smtp: Lab;
let browser: Browser;

beforeAll(async () => {
  [oidc, browser] = await Promise.all([startOidcLab(), launchChromium()]);
  smtp = await startLab('healthy', { verifyXoauth2: oidc.verifyXoauth2 });
});
afterAll(async () => {
  await browser?.close();
  await smtp?.close();
  await oidc?.close();
});

async function run(command: ReturnType<typeof createProbeCommand>, args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => '', env: { NODE_EXTRA_CA_CERTS: await labCaPath() } };
  const code = await dispatch(['probe', ...args], [command], io);
  return { code, stdout, stderr };
}

const target = () => ['--host', '127.0.0.1', '--port', String(smtp.port), '--security', 'starttls', '--tls-servername', smtp.servername];

describe('probe --auth oauth2 in process', () => {
  it.each([
    [['--device-code'], '--device-code needs --auth oauth2'],
    [['--auth', 'password', '--user', 'a@b.example'], '--auth must be oauth2'],
    [['--auth', 'oauth2'], '--user is required with --auth oauth2'],
    [['--auth', 'oauth2', '--user', 'a@b.example', '--tenant', 'contoso.com', '--authority', 'https://127.0.0.1:1/'], 'either --tenant or --authority'],
    [['--auth', 'oauth2', '--user', 'a@b.example', '--oauth-token-stdin'], 'signs in itself'],
    [['--auth', 'oauth2', '--user', 'a@b.example', '--authority', 'http://127.0.0.1:1/'], '--authority: the authority must be a plain https:// URL'],
    [['--auth', 'oauth2', '--user', 'a@b.example', '--tenant', 'contoso/x'], '--tenant: tenant "contoso/x" is not a tenant id or domain'],
    [['--auth', 'oauth2', '--user', 'a@b.example', '--client-id', 'thunderbird'], '--client-id: the command-line client id "thunderbird" is not an application (client) id'],
  ])('refuses %j as a usage error (exit 2)', async (args, message) => {
    const result = await run(probeCommand, [...target(), ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('without a client id anywhere, says sign-in is not set up, as a failed auth stage (exit 1)', async () => {
    const result = await run(probeCommand, [...target(), '--auth', 'oauth2', '--user', 'sam@contoso.example', '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Microsoft sign-in failed: Microsoft sign-in is not set up in this copy of the app\./m);
    const json = JSON.parse(result.stdout) as ProbeResult & { signIn: SignInReport };
    expect(json).toMatchObject({
      verdict: 'fail',
      request: { host: '127.0.0.1', auth: { method: 'oauth2', user: 'sam@contoso.example' } },
      stages: [{ id: 'auth', status: 'fail', findings: ['auth.oauth-not-configured'] }],
      findings: ['auth.oauth-not-configured'],
      signIn: { status: 'failed', code: 'not-configured', findingId: 'auth.oauth-not-configured' },
    });
  });

  it('reports a refused device code with its AADSTS number in the JSON', async () => {
    oidc.refuse('device-code-blocked');
    const command = createProbeCommand({ oauth: async () => labService(oidc, null, async () => {}) });
    const result = await run(command, [...target(), '--auth', 'oauth2', '--user', oidc.users[0]!.username, '--authority', oidc.authority, '--device-code', '--json']);
    oidc.refuse(null);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^To sign in, open https:\/\/127\.0\.0\.1:\d+\/device and enter the code [A-Z]{4}-[A-Z]{4}$/m);
    expect(result.stderr).toMatch(/does not allow signing in with a code.*AADSTS53003/);
    expect((JSON.parse(result.stdout) as { signIn: SignInReport }).signIn).toMatchObject({ status: 'failed', flow: 'device-code', code: 'device-code-blocked', aadsts: 53003 });
  });

  it('tests as the signed-in account and says so when it is not the address asked for', async () => {
    const bob = oidc.users[1]!;
    const who = person(browser, bob);
    const command = createProbeCommand({ oauth: async () => labService(oidc, null, who.openBrowser) });
    const result = await run(command, [...target(), '--auth', 'oauth2', '--user', oidc.users[0]!.username, '--authority', oidc.authority]);
    await who.done();
    expect(result.stderr).toContain(`Signed in with Microsoft as ${bob.username}.`);
    expect(result.stderr).toContain(`You are signed in as ${bob.username}, but the address to test is ${oidc.users[0]!.username}.`);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/auth\s+ok\s+\d+ ms\s+XOAUTH2: 235/);
  });
});
