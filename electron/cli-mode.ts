/**
 * The packaged app's window-less CLI mode: `<app binary> --cli [--] <command> …` runs the
 * same commands as `mail-setup` under Node, on the process's own standard streams, and
 * exits with the command's code. This is how installed builds offer `mail-setup` without
 * Electron's runAsNode fuse (which stays off): the launchers in build/cli/ call the app
 * binary this way.
 *
 * main.ts asks cliModeArgs() before anything else and, in CLI mode, never creates a
 * window, never takes the single-instance lock (a running app window must not swallow a
 * helpdesk script's call, nor be focused by it) and never waits for `ready`. The Electron
 * `app` object is passed in, so this module stays free of Electron imports and runs
 * under Node in tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI_MODE_FLAG = '--cli';

/**
 * The CLI arguments when this launch asks for CLI mode, else null. Only the first
 * argument after the app counts, so a document or URL the app is opened with can never
 * switch modes. A `--` right after the flag is dropped: the launchers put it there so
 * Chromium treats everything after it as plain arguments, not as its own switches.
 *
 * `defaultApp` is Electron's process.defaultApp: true when run as `electron <app>`, where
 * argv[1] is the app; in a packaged build argv[1] is already the first argument.
 */
export function cliModeArgs(argv: readonly string[], defaultApp: boolean): string[] | null {
  const first = defaultApp ? 2 : 1;
  if (argv[first] !== CLI_MODE_FLAG) return null;
  const rest = argv.slice(first + 1);
  return rest[0] === '--' ? rest.slice(1) : rest;
}

/** What CLI mode needs from Electron's `app`: paths and a way to exit. */
export interface CliModeApp {
  getPath(name: 'userData'): string;
  setPath(name: 'sessionData', path: string): void;
  exit(code: number): void;
  /** macOS only: keeps the app out of the Dock while it works as a command. */
  setActivationPolicy?: (policy: 'prohibited') => void;
}

export interface CliModeOptions {
  platform?: NodeJS.Platform;
  /** Runs the command (tests pass their own); default: the CLI's runCli, loaded only now. */
  run?: (args: string[], env: Readonly<Record<string, string | undefined>>) => Promise<number>;
}

async function defaultRun(args: string[], env: Readonly<Record<string, string | undefined>>): Promise<number> {
  const { runCli } = await import('./cli/run-cli');
  return runCli(args, env);
}

export async function runCliMode(args: string[], app: CliModeApp, options: CliModeOptions = {}): Promise<void> {
  const { platform = process.platform, run = defaultRun } = options;
  if (platform === 'darwin') app.setActivationPolicy?.('prohibited');
  // Chromium's own storage goes to a throwaway folder, so a CLI run never shares cookie or
  // cache files with an app window that is open at the same time.
  const sessionData = mkdtempSync(join(tmpdir(), 'mail-setup-cli-'));
  let code = 1;
  try {
    app.setPath('sessionData', sessionData);
    // `export --profile` reads the app's own settings folder unless told otherwise.
    const env = { ...process.env, MAIL_SETUP_SETTINGS_DIR: process.env['MAIL_SETUP_SETTINGS_DIR'] || app.getPath('userData') };
    code = await run(args, env);
  } catch (error) {
    process.stderr.write(`mail-setup: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    rmSync(sessionData, { recursive: true, force: true });
    app.exit(code);
  }
}
