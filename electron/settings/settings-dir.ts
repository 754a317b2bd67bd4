import { posix, win32 } from 'node:path';

/**
 * Where the app keeps its settings: Electron's `app.getPath('userData')` for an app
 * named "Mail Setup Assistant", computed the same way so the CLI (plain Node) finds
 * the profiles the app saved.
 */
export function defaultSettingsDir(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string): string {
  const name = 'Mail Setup Assistant';
  if (env['MAIL_SETUP_SETTINGS_DIR']) return env['MAIL_SETUP_SETTINGS_DIR'];
  if (platform === 'win32') return win32.join(env['APPDATA'] ?? win32.join(home, 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', name);
  return posix.join(env['XDG_CONFIG_HOME'] ?? posix.join(home, '.config'), name);
}
