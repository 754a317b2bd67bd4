/**
 * The app binary's window-less CLI mode in a real Electron runtime (`npm run test:electron`):
 * what the packaged `mail-setup` launchers run, here with the stock runtime and the built
 * main bundle. On Linux CI this mode is only run under an Electron stand-in
 * (test/integration/cli/packaged-cli.test.ts); this is where the real browser process,
 * its stdio handling and its exit code are checked.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { removeTempDirs, tempDir } from '../fixtures/temp-dir';

const MAIN = join(resolve(import.meta.dirname, '../..'), 'dist-electron', 'main.cjs');
const TENANT = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';

function cli(args: string[], input = '') {
  const binary = process.env['MSA_ELECTRON_BINARY'];
  if (!binary) throw new Error('MSA_ELECTRON_BINARY is not set: run these specs with `npm run test:electron`');
  // A private settings folder, so a developer's own profiles are never read.
  const env = { ...process.env, MAIL_SETUP_SETTINGS_DIR: tempDir('electron-cli-settings') };
  return spawnSync(binary, [MAIN, '--cli', '--', ...args], { input, env, encoding: 'utf8', timeout: 60_000 });
}

test.describe('the app binary as mail-setup (CLI mode)', () => {
  test.afterEach(() => removeTempDirs());

  test('prints the explanation on stdout and exits 0', () => {
    const run = cli(['explain', TENANT]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Sending from apps is switched off for your organisation');
  });

  test('reads standard input and keeps --json output to one document', () => {
    const run = cli(['explain', '--json'], `${TENANT}\n`);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { findings: { id: string }[] }).findings[0]?.id).toBe('auth.smtp-auth-disabled-tenant');
  });

  test('passes exit codes through: 1 not recognised, 2 usage error on stderr', () => {
    expect(cli(['explain', 'zzz nothing a mail server would say']).status).toBe(1);
    const usage = cli(['no-such-command']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('unknown command "no-such-command"');
  });
});
