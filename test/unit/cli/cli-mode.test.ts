import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliModeArgs, runCliMode, type CliModeApp } from '../../../electron/cli-mode';

describe('cliModeArgs', () => {
  it.each([
    // packaged: argv[1] is the first argument
    [['/Applications/Mail Setup Assistant.app/Contents/MacOS/Mail Setup Assistant', '--cli', '--', 'explain', 'x y'], false, ['explain', 'x y']],
    [['C:\\App\\Mail Setup Assistant.exe', '--cli', 'probe', '--json'], false, ['probe', '--json']],
    [['app.exe', '--cli'], false, []],
    [['app.exe', '--cli', '--', '--help'], false, ['--help']],
    // only the first `--` after the flag is the launcher's; later ones are the command's
    [['app.exe', '--cli', '--', 'explain', '--', '--json'], false, ['explain', '--', '--json']],
    // `electron <app> --cli …`: argv[1] is the app
    [['electron', 'dist-electron/main.cjs', '--cli', '--', 'discover', 'a@b.c'], true, ['discover', 'a@b.c']],
  ])('%j (defaultApp %s) → %j', (argv, defaultApp, expected) => {
    expect(cliModeArgs(argv, defaultApp)).toEqual(expected);
  });

  it.each([
    [['app.exe'], false],
    [['app.exe', 'report.json', '--cli'], false],
    [['app.exe', '--cli=1'], false],
    [['app.exe', '--CLI'], false],
    // the app path itself is never the flag
    [['electron', '--cli', 'x'], true],
    [['electron', 'main.cjs'], true],
  ])('%j (defaultApp %s) opens the window', (argv, defaultApp) => {
    expect(cliModeArgs(argv, defaultApp)).toBeNull();
  });
});

function fakeApp() {
  const calls: unknown[][] = [];
  const app: CliModeApp & { calls: unknown[][] } = {
    calls,
    getPath: (name) => (calls.push(['getPath', name]), '/users/sam/app-data'),
    setPath: (name, path) => {
      calls.push(['setPath', name, existsSync(path)]);
    },
    exit: (code) => {
      calls.push(['exit', code]);
    },
    setActivationPolicy: (policy) => {
      calls.push(['setActivationPolicy', policy]);
    },
  };
  return app;
}

describe('runCliMode', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('runs the command with the app settings folder, then exits with its code', async () => {
    vi.stubEnv('MAIL_SETUP_SETTINGS_DIR', '');
    const app = fakeApp();
    let seen: { args: string[]; settingsDir: string | undefined } | null = null;
    await runCliMode(['explain', 'x'], app, {
      platform: 'win32',
      run: async (args, env) => {
        seen = { args, settingsDir: env['MAIL_SETUP_SETTINGS_DIR'] };
        return 2;
      },
    });
    expect(seen).toEqual({ args: ['explain', 'x'], settingsDir: '/users/sam/app-data' });
    expect(app.calls).toEqual([['setPath', 'sessionData', true], ['getPath', 'userData'], ['exit', 2]]);
  });

  it('keeps a settings folder given in the environment', async () => {
    vi.stubEnv('MAIL_SETUP_SETTINGS_DIR', '/srv/profiles');
    let settingsDir: string | undefined;
    await runCliMode([], fakeApp(), { platform: 'linux', run: async (_args, env) => ((settingsDir = env['MAIL_SETUP_SETTINGS_DIR']), 0) });
    expect(settingsDir).toBe('/srv/profiles');
  });

  it('keeps the macOS app out of the Dock, and only there', async () => {
    const mac = fakeApp();
    await runCliMode([], mac, { platform: 'darwin', run: async () => 0 });
    expect(mac.calls[0]).toEqual(['setActivationPolicy', 'prohibited']);
    const windows = fakeApp();
    await runCliMode([], windows, { platform: 'win32', run: async () => 0 });
    expect(windows.calls.some(([name]) => name === 'setActivationPolicy')).toBe(false);
  });

  it('removes its session folder before exiting', async () => {
    const app = fakeApp();
    let sessionFolder = '';
    const setPath = app.setPath;
    app.setPath = (name, path) => ((sessionFolder = path), setPath(name, path));
    await runCliMode([], app, { platform: 'linux', run: async () => (expect(existsSync(sessionFolder)).toBe(true), 0) });
    expect(sessionFolder).not.toBe('');
    expect(existsSync(sessionFolder)).toBe(false);
  });

  it('exits 1 when the command throws, and says why on stderr', async () => {
    const app = fakeApp();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await runCliMode([], app, { platform: 'linux', run: async () => Promise.reject(new Error('boom')) });
      expect(stderr).toHaveBeenCalledWith('mail-setup: unexpected error: boom\n');
    } finally {
      stderr.mockRestore();
    }
    expect(app.calls.at(-1)).toEqual(['exit', 1]);
  });
});
