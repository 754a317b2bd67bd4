import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ini from 'ini';
import * as plist from 'plist';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/command';
import { dispatch } from '../../../electron/cli/dispatch';
import { exportCommand } from '../../../electron/cli/export-command';
import { runAppExport } from '../../../electron/cli/export-app';
import { checkOutlookSetup } from '../../../electron/export/outlook-setup-check';
import { startAutodiscoverServer } from '../../fixtures/export/autodiscover-server';
import { tempDir } from '../../fixtures/temp-dir';
import { makeSigningPki, opensslVerify, SIGNING_PASSWORD, type SigningPki } from '../../fixtures/export/signing-pki';

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '', env };
  const code = await dispatch(['export', ...args], [exportCommand], io);
  return { code, stdout, stderr };
}

const m365 = ['--preset', 'microsoft365', '--address', 'sam@contoso.com'];
const imap = ['--preset', 'custom', '--address', 'alice@example.com', '--host', 'smtp.example.com', '--incoming-host', 'imap.example.com'];

let pki: SigningPki;
beforeAll(() => {
  pki = makeSigningPki();
});

describe('mail-setup export --app', () => {
  it('prints the three Outlook steps for a Microsoft mailbox and writes no .prf', async () => {
    const dir = tempDir('cli-app');
    const run = await cli(['--app', 'outlook-classic', ...m365, '--out', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1. In Outlook, select File › Add Account.');
    expect(run.stdout).toContain('3. Sign in on the Microsoft page.');
    expect(run.stdout).toMatch(/^Classic Outlook for Windows: .+\n\nSet up classic Outlook for Windows:\n {2}1\. /);
    expect(run.stdout).toMatch(/^for IT: .+ -> .+config-v1\.1\.xml$/m);
    expect(run.stdout).toMatch(/note: No settings file: in classic Outlook for Windows, \.prf files cannot sign in with Microsoft/);
    const files = await readdir(dir);
    expect(files.some((f) => f.endsWith('.prf'))).toBe(false);
    // For IT: the Thunderbird file and the full sheet.
    expect(files.sort()).toEqual(['config-v1.1.xml', 'sam@contoso.com-mail-setup.html']);
  });

  it('writes the .prf and .cmd for a password IMAP account, and gives the plan as JSON', async () => {
    const dir = tempDir('cli-app');
    const run = await cli(['--app', 'outlook-classic', ...imap, '--out', dir, '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { app: string; kind: string; files: { id: string; paths: string[] }[]; steps: string[]; facts: { id: string; source: string }[] };
    expect(doc).toMatchObject({ app: 'outlook-classic', kind: 'mailbox-password' });
    const prf = doc.files.find((f) => f.id === 'prf')!;
    expect(prf.paths.map((p) => path.extname(p))).toEqual(['.prf', '.cmd']);
    expect(ini.parse(await readFile(prf.paths[0]!, 'latin1')).Account1).toMatchObject({ IMAPServer: 'imap.example.com' });
    expect(doc.facts.map((f) => f.id)).toContain('outlook-classic.prf-no-modern-auth');
  });

  it('iPhone: writes the ActiveSync profile, signed with --sign-p12 (password from the environment), verified by openssl', async () => {
    const dir = tempDir('cli-app');
    const run = await cli(['--app', 'ios', ...m365, '--out', dir, '--sign-p12', pki.p12, '--sign-password-env', 'P12_PASS', '--json'], { P12_PASS: SIGNING_PASSWORD });
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { files: { id: string; paths: string[]; signed?: boolean; notes: string[] }[] };
    const profile = doc.files.find((f) => f.id === 'mobileconfig-ios')!;
    expect(profile.signed).toBe(true);
    expect(profile.notes[0]).toMatch(/“Verified”/);
    const content = opensslVerify(pki, profile.paths[0]!).toString('utf8');
    expect(plist.parse(content)).toMatchObject({ PayloadContent: [{ PayloadType: 'com.apple.eas.account' }] });
    expect(run.stdout).not.toContain(SIGNING_PASSWORD);
  });

  it('Apple Mail on a Mac: no EWS profile by default, one with --ews-allowed', async () => {
    const plain = await cli(['--app', 'apple-mail-mac', ...m365, '--json']);
    expect(JSON.parse(plain.stdout)).toMatchObject({ files: [] });
    const allowed = await cli(['--app', 'apple-mail-mac', ...m365, '--ews-allowed', '--json']);
    expect((JSON.parse(allowed.stdout) as { files: { id: string }[] }).files.map((f) => f.id)).toEqual(['mobileconfig-ews']);
  });

  it('refuses bad use with exit 2 and a clear message, and never takes the password as an argument', async () => {
    expect(await cli(['--app', 'lotus', ...m365])).toMatchObject({ code: 2, stderr: expect.stringContaining('--app must be one of: outlook-classic') });
    expect(await cli(['--app', 'ios', '--format', 'sheet', ...m365])).toMatchObject({ code: 2, stderr: expect.stringContaining('either --app or --format') });
    expect(await cli(['--app', 'ios', ...m365, '--sign-p12', pki.p12])).toMatchObject({ code: 2, stderr: expect.stringContaining('MAIL_SETUP_SIGNING_PASSWORD') });
    expect(await cli(['--app', 'ios', ...m365, '--sign-p12', pki.p12], { MAIL_SETUP_SIGNING_PASSWORD: 'wrong' })).toMatchObject({ code: 2, stderr: expect.stringContaining('is not right') });
    expect(await cli(['--app', 'ios', ...m365, '--password', 'x'])).toMatchObject({ code: 2 });
  });

  it('--check asks the (injected, loopback) Autodiscover service and exits 1 when it does not know the address', async () => {
    const service = await startAutodiscoverServer(['sam@contoso.com']);
    try {
      const runChecks = (address: string) => checkOutlookSetup(address, { autodiscoverBase: service.base, ca: [service.caPem], dns: { resolveCname: async () => ['autodiscover.outlook.com'] } });
      let stdout = '';
      const io: CliIo = { stdout: (t) => void (stdout += t), stderr: () => undefined, readStdin: async () => '', env: {} };
      const account = { presetId: 'microsoft365', address: 'sam@contoso.com' };
      expect(await runAppExport({ app: 'outlook-new', account, json: false, check: true, ewsAllowed: false, runChecks }, io)).toBe(0);
      expect(stdout).toContain('check: Outlook will find your mailbox');
      stdout = '';
      expect(await runAppExport({ app: 'outlook-new', account: { ...account, address: 'typo@contoso.com' }, json: true, check: true, ewsAllowed: false, runChecks }, io)).toBe(1);
      expect(JSON.parse(stdout)).toMatchObject({ check: { status: 'not-found', words: [expect.stringContaining('does not know typo@contoso.com')] } });
    } finally {
      await service.close();
    }
  });

  it('--format mobileconfig can be signed too, and --help lists the new options', async () => {
    const out = path.join(tempDir('cli-app'), 'sam.mobileconfig');
    const run = await cli(['--format', 'mobileconfig', ...m365, '--out', out, '--sign-p12', pki.p12, '--json'], { MAIL_SETUP_SIGNING_PASSWORD: SIGNING_PASSWORD });
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, signed: true });
    expect(opensslVerify(pki, out).toString('utf8')).toContain('com.apple.eas.account');
    const help = await cli(['--help']);
    for (const flag of ['--app APP', '--check', '--ews-allowed', '--sign-p12 FILE', '--sign-password-env NAME', '--format FORMAT']) expect(help.stdout).toContain(flag);
  });
});
