import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/command';
import { discoverCommand } from '../../../electron/cli/discover-command';
import { dispatch } from '../../../electron/cli/dispatch';
import type { DiscoverResult } from '../../../shared/discovery';
import { labCaPath, startLab, type Lab } from '../../lab';

const labs: Lab[] = [];
afterEach(async () => {
  await Promise.all(labs.splice(0).map((l) => l.close()));
});

async function lab(scenario: Parameters<typeof startLab>[0]): Promise<Lab> {
  const l = await startLab(scenario);
  labs.push(l);
  return l;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
    env,
  };
  const code = await dispatch(['discover', ...args], [discoverCommand], io);
  return { code, stdout, stderr };
}

/** Microsoft's name pointed at loopback, the lab root trusted the way IT would add one. */
async function labTarget(): Promise<{ args: string[]; env: Record<string, string> }> {
  return {
    args: ['--host', 'smtp.office365.com', '--resolve', 'smtp.office365.com:127.0.0.1', '--timeout', '2'],
    env: { NODE_EXTRA_CA_CERTS: await labCaPath() },
  };
}

describe('mail-setup discover (in process)', () => {
  it('prints the matrix and a recommendation, and exits 0 when a port works', async () => {
    const healthy = await lab('healthy');
    const refused = await lab('connection-refused');
    const { args, env } = await labTarget();
    const run = await cli([...args, '--ports', `${healthy.port},${refused.port}`], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Network: Connected to a network\./);
    expect(run.stdout).toMatch(/Port\s+Mode\s+Reach\s+Encryption\s+Sign-in offered/);
    expect(run.stdout).toMatch(new RegExp(`${healthy.port}\\s+STARTTLS\\s+Reachable\\s+Secure, certificate checked\\s+LOGIN XOAUTH2`));
    expect(run.stdout).toMatch(new RegExp(`${refused.port}\\s+STARTTLS\\s+Refused\\s+—\\s+none`));
    expect(run.stdout).toContain(`Use smtp.office365.com port ${healthy.port} with STARTTLS.`);
    expect(run.stdout).toContain('Findings: network.connection-refused');
  });

  it('prints exactly one JSON document with --json', async () => {
    const healthy = await lab('healthy');
    const { args, env } = await labTarget();
    const run = await cli([...args, '--ports', String(healthy.port), '--json'], env);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as DiscoverResult & { ok: boolean };
    expect(doc.ok).toBe(true);
    expect(doc.ports).toHaveLength(1);
    expect(doc.ports[0]).toMatchObject({ port: healthy.port, reachability: 'reachable', tls: 'verified', usable: true });
    expect(doc.recommendation).toMatchObject({ found: true, port: healthy.port, security: 'starttls' });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 when nothing works, and says so', async () => {
    const refused = await lab('connection-refused');
    const blocked = await lab('port-blocked');
    const { args, env } = await labTarget();
    const run = await cli([...args, '--ports', `${refused.port},${blocked.port}`], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${blocked.port}\\s+STARTTLS\\s+Blocked \\(no answer\\)`));
    expect(run.stdout).toContain('No working way to send was found from this network.');
    expect(run.stdout).toContain('No port worked from this network.');
  });

  it('checks an IP address against the certificate name from --tls-servername, and mode suffixes', async () => {
    const implicit = await lab('implicit-tls');
    const { env } = await labTarget();
    const run = await cli(['--host', '127.0.0.1', '--tls-servername', 'smtp.office365.com', '--ports', `${implicit.port}/tls`, '--json'], env);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as DiscoverResult;
    expect(doc.target).toMatchObject({ host: '127.0.0.1', microsoft: true, presetId: 'microsoft365' });
    expect(doc.ports[0]).toMatchObject({ security: 'tls', tls: 'verified' });
  });

  it('takes an address, picks the Microsoft host, and can skip the DNS checks', async () => {
    const healthy = await lab('healthy');
    const { env } = await labTarget();
    const run = await cli(['anna@contoso.com', '--resolve', 'smtp.office365.com:127.0.0.1', '--ports', String(healthy.port), '--no-domain-check', '--json'], env);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as DiscoverResult;
    expect(doc.target).toMatchObject({ address: 'anna@contoso.com', host: 'smtp.office365.com', hostSource: 'default' });
    expect(doc.domain).toBeNull();
  });

  it.each([
    [[], 'give an address (user@domain) or --host HOST'],
    [['a@b.com', '--host', 'x.example'], 'give either an address or --host, not both'],
    [['--host', 'x.example', '--ports', '99999'], '--ports: "99999" is not a port'],
    [['--host', 'x.example', '--resolve', 'x.example'], '--resolve expects NAME:ADDRESS'],
    [['--host', 'x.example', '--timeout', 'soon'], '--timeout expects a number of seconds'],
    [['--host', 'x.example', '--password', 'hunter2'], '--password: discover never signs in'],
    [['not an address!'], '"not an address!" is neither an email address nor a server name'],
    [['--host', 'x.example', '--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 for %j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('hunter2');
  });
});
