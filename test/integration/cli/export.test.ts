import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as plist from 'plist';
import ini from 'ini';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/command';
import { dispatch } from '../../../electron/cli/dispatch';
import { exportCommand } from '../../../electron/cli/export-command';
import { createProfilesService } from '../../../electron/settings/profiles';
import { createSettingsService } from '../../../electron/settings/settings-service';
import { CANARY_PASSWORD, canaryForms, canaryResult } from '../../fixtures/export/probe-results';
import { createMemoryVault } from '../../fixtures/memory-vault';
import { tempDir } from '../../fixtures/temp-dir';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'export-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => stdin, env: {} };
  const code = await dispatch(['export', ...args], [exportCommand], io);
  return { code, stdout, stderr };
}

const EMPTY_SETTINGS = tempDir('export-cli-empty-settings');

const custom = ['--preset', 'custom', '--address', 'alice@example.com', '--host', 'smtp.example.com', '--incoming-host', 'imap.example.com'];

describe('mail-setup export', () => {
  it('writes a .mobileconfig and prints its path', async () => {
    const out = path.join(dir, 'alice.mobileconfig');
    const run = await cli(['--format', 'mobileconfig', ...custom, '--name', 'Alice Example', '--out', out]);
    expect(run).toMatchObject({ code: 0, stdout: `${out}\n` });
    const profile = plist.parse(await readFile(out, 'utf8')) as { PayloadContent: { EmailAccountName: string; IncomingMailServerHostName: string }[] };
    expect(profile.PayloadContent[0]).toMatchObject({ EmailAccountName: 'Alice Example', IncomingMailServerHostName: 'imap.example.com' });
    expect(run.stderr).toMatch(/note: .*asks for it once/);
  });

  it('writes the .prf and the .cmd beside it', async () => {
    const out = path.join(dir, 'outlook.prf');
    const run = await cli(['--format', 'prf', ...custom, '--incoming', 'pop3', '--incoming-host', 'pop.example.com', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${out}\n${path.join(dir, 'outlook.cmd')}\n`);
    const parsed = ini.parse(await readFile(out, 'latin1'));
    expect(parsed.Account1).toMatchObject({ POP3Server: 'pop.example.com', SMTPSecureConnection: '2' });
    expect(await readFile(path.join(dir, 'outlook.cmd'), 'latin1')).toContain('outlook.exe /importprf');
  });

  it('writes autoconfig with OAuth2 for Microsoft 365 into a folder under its required name', async () => {
    const run = await cli(['--format', 'autoconfig', '--preset', 'microsoft365', '--address', 'carol@contoso.com', '--out', dir]);
    expect(run).toMatchObject({ code: 0, stdout: `${path.join(dir, 'config-v1.1.xml')}\n` });
    const xml = new XMLParser().parse(await readFile(path.join(dir, 'config-v1.1.xml'), 'utf8'));
    expect(xml.clientConfig.emailProvider.outgoingServer.authentication).toBe('OAuth2');
  });

  it('writes the sheet into a folder under a safe name derived from the address', async () => {
    const run = await cli(['--format', 'sheet', '--preset', 'outlook-com', '--address', 'dave@outlook.com', '--out', dir]);
    expect(run.code).toBe(0);
    expect(await readdir(dir)).toEqual(['dave@outlook.com-mail-setup.html']);
  });

  it('--json prints exactly one JSON document with the files and notes', async () => {
    const run = await cli(['--format', 'mobileconfig', '--preset', 'microsoft365', '--target', 'macos', '--address', 'carol@contoso.com', '--out', dir, '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ ok: true, format: 'mobileconfig', files: [path.join(dir, 'carol@contoso.com-mac.mobileconfig')] });
    expect(doc.notes.join(' ')).toMatch(/EWS/);
    expect(run.stderr).toBe('');
  });

  it('writes an HTML and a JSON report from a saved result, with no secret in either', async () => {
    const resultFile = path.join(dir, 'result.json');
    await writeFile(resultFile, JSON.stringify(canaryResult()));
    const out = path.join(dir, 'report.html');
    const run = await cli(['--format', 'report', '--result', resultFile, '--out', out]);
    expect(run).toMatchObject({ code: 0, stdout: `${out}\n${path.join(dir, 'report.json')}\n` });
    const report = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8'));
    expect(report.result.verdict).toBe('fail');
    for (const file of ['report.html', 'report.json']) {
      const content = await readFile(path.join(dir, file), 'utf8');
      for (const form of canaryForms()) expect(content, `${file}: ${form}`).not.toContain(form);
    }
    expect(run.stdout + run.stderr).not.toContain(CANARY_PASSWORD);
  });

  it('exports a profile saved by the app, by name', async () => {
    const settingsDir = await mkdtemp(path.join(tmpdir(), 'export-cli-settings-'));
    try {
      const profiles = createProfilesService({ settings: createSettingsService({ cwd: settingsDir }), vault: createMemoryVault() });
      const saved = await profiles.save({
        name: 'Work',
        preset: 'microsoft365',
        address: 'alice@contoso.com',
        host: 'smtp.office365.com',
        port: 25,
        security: 'starttls',
        authMethod: 'password',
      });
      expect(saved.ok).toBe(true);
      const run = await cli(['--format', 'autoconfig', '--profile', 'work', '--settings-dir', settingsDir, '--out', dir]);
      expect(run.stderr).not.toContain('mail-setup export:');
      expect(run.code).toBe(0);
      const xml = await readFile(run.stdout.trim(), 'utf8');
      expect(xml).toContain('<hostname>smtp.office365.com</hostname>');
      // The profile's own port (25), not the preset's 587.
      expect(xml).toMatch(/<outgoingServer[\s\S]*<port>25<\/port>/);
    } finally {
      await rm(settingsDir, { recursive: true, force: true });
    }
  });

  describe('usage errors exit 2 with a clear message and write nothing', () => {
    const cases: [string, string[], RegExp][] = [
      ['no format', [...custom, '--out', 'x'], /--format must be one of/],
      ['unknown format', ['--format', 'pst', ...custom, '--out', 'x'], /--format must be one of/],
      ['bad address', ['--format', 'sheet', '--preset', 'custom', '--address', 'not-an-address', '--host', 'smtp.example.com', '--out', 'x'], /not an email address/],
      ['line break in a name', ['--format', 'sheet', ...custom, '--name', 'Alice\r\nBcc: x', '--out', 'x'], /line break/],
      ['bad host', ['--format', 'sheet', '--preset', 'custom', '--address', 'a@example.com', '--host', 'smtp example.com', '--out', 'x'], /not a server name/],
      ['bad port', ['--format', 'sheet', ...custom, '--port', '99999', '--out', 'x'], /port must be a whole number/],
      ['non-numeric port', ['--format', 'sheet', ...custom, '--port', '25x', '--out', 'x'], /port must be a whole number/],
      ['unknown preset', ['--format', 'sheet', '--preset', 'gmail', '--address', 'a@example.com', '--out', 'x'], /Unknown preset "gmail"\. Use one of: microsoft365, outlook-com, .+, smart-host or custom\./],
      ['missing --out', ['--format', 'sheet', ...custom], /--out FILE is required/],
      ['unknown saved profile', ['--format', 'sheet', '--profile', 'Work', '--settings-dir', EMPTY_SETTINGS, '--out', 'x'], /no saved profile named “Work” in .+: no profiles are saved there\./],
      ['prf for Microsoft', ['--format', 'prf', '--preset', 'microsoft365', '--address', 'c@contoso.com', '--out', 'x'], /cannot sign in with Microsoft/],
      ['unknown option', ['--format', 'sheet', ...custom, '--colour', 'red', '--out', 'x'], /Unknown option '--colour'/],
      ['report without --result', ['--format', 'report', '--out', 'x'], /--result FILE is required/],
      ['bad --target', ['--format', 'mobileconfig', ...custom, '--target', 'android', '--out', 'x'], /--target must be ios or macos/],
    ];
    it.each(cases)('%s', async (_name, args, message) => {
      const run = await cli(args.map((a) => (a === 'x' ? path.join(dir, 'x') : a)));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
      expect(await readdir(dir)).toEqual([]);
    });

    it('refuses a password flag without echoing its value', async () => {
      for (const args of [['--password', CANARY_PASSWORD], [`--password=${CANARY_PASSWORD}`], ['--password-stdin']]) {
        const run = await cli(['--format', 'mobileconfig', ...custom, ...args, '--out', path.join(dir, 'x')], CANARY_PASSWORD);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/never contain a password/);
        expect(run.stderr + run.stdout).not.toContain(CANARY_PASSWORD);
      }
      expect(await readdir(dir)).toEqual([]);
    });

    it('refuses a result file that is not a saved test result', async () => {
      const bad = path.join(dir, 'bad.json');
      await writeFile(bad, JSON.stringify({ verdict: 'pass' }));
      const run = await cli(['--format', 'report', '--result', bad, '--out', path.join(dir, 'r.html')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/not a saved test result/);
      expect(await readdir(dir)).toEqual(['bad.json']);
    });
  });

  it('exits 1 when the file cannot be written', async () => {
    const run = await cli(['--format', 'sheet', ...custom, '--out', path.join(dir, 'missing', 'sheet.html')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Could not write .*missing/);
  });

  it('has usage text listing every format', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const format of ['mobileconfig', 'prf', 'autoconfig', 'sheet', 'report']) expect(run.stdout).toContain(format);
  });

  describe('--profile reads the app’s settings and changes nothing there', () => {
    const run = (settingsDir: string) => cli(['--format', 'sheet', '--profile', 'Work', '--settings-dir', settingsDir, '--out', path.join(dir, 'sheet.html')]);

    it('an empty folder stays empty (no settings file is created)', async () => {
      const settingsDir = await mkdtemp(path.join(tmpdir(), 'export-cli-ro-'));
      try {
        const result = await run(settingsDir);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/no profiles are saved there/);
        expect(await readdir(settingsDir)).toEqual([]);
      } finally {
        await rm(settingsDir, { recursive: true, force: true });
      }
    });

    it('a saved settings file is read, not rewritten', async () => {
      const settingsDir = await mkdtemp(path.join(tmpdir(), 'export-cli-ro-'));
      try {
        const profiles = createProfilesService({ settings: createSettingsService({ cwd: settingsDir }), vault: createMemoryVault() });
        expect((await profiles.save({ name: 'Work', preset: 'microsoft365', address: 'alice@contoso.com', host: 'smtp.office365.com', port: 587, security: 'starttls', authMethod: 'password' })).ok).toBe(true);
        const file = path.join(settingsDir, 'settings.json');
        const before = await readFile(file);
        const mtime = (await stat(file)).mtimeMs;
        const result = await run(settingsDir);
        expect(result.code).toBe(0);
        expect(await readFile(file)).toEqual(before);
        expect((await stat(file)).mtimeMs).toBe(mtime);
        expect(await readdir(settingsDir)).toEqual(['settings.json']);
      } finally {
        await rm(settingsDir, { recursive: true, force: true });
      }
    });

    it.each([
      ['a damaged settings file', '{ "schemaVersion": 2, "profiles": [', /the settings in .+settings\.json cannot be read \(.+\); nothing was changed\./],
      ['a settings file from a newer version', JSON.stringify({ schemaVersion: 99, profiles: [], preferences: {} }), /were saved by a newer version of Mail Setup Assistant; update this one to use them\. Nothing was changed\./],
    ])('%s is named in a usage error and left where it is, unchanged', async (_kind, text, message) => {
      const settingsDir = await mkdtemp(path.join(tmpdir(), 'export-cli-ro-'));
      try {
        const file = path.join(settingsDir, 'settings.json');
        await writeFile(file, text);
        const result = await run(settingsDir);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(await readFile(file, 'utf8')).toBe(text);
        expect(await readdir(settingsDir)).toEqual(['settings.json']);
        expect(await readdir(dir)).toEqual([]);
      } finally {
        await rm(settingsDir, { recursive: true, force: true });
      }
    });
  });
});
