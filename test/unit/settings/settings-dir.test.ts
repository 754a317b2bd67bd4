import { describe, expect, it } from 'vitest';
import { defaultSettingsDir } from '../../../electron/settings/settings-dir';

describe('the settings folder the CLI shares with the app', () => {
  it('matches Electron’s userData folder on each platform', () => {
    expect(defaultSettingsDir('win32', { APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' }, 'C:\\Users\\sam')).toBe(
      'C:\\Users\\sam\\AppData\\Roaming\\Mail Setup Assistant',
    );
    expect(defaultSettingsDir('darwin', {}, '/Users/sam')).toBe('/Users/sam/Library/Application Support/Mail Setup Assistant');
    expect(defaultSettingsDir('linux', {}, '/home/sam')).toBe('/home/sam/.config/Mail Setup Assistant');
    expect(defaultSettingsDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/sam')).toBe('/cfg/Mail Setup Assistant');
  });

  it('can be pointed elsewhere with MAIL_SETUP_SETTINGS_DIR', () => {
    expect(defaultSettingsDir('darwin', { MAIL_SETUP_SETTINGS_DIR: '/tmp/x' }, '/Users/sam')).toBe('/tmp/x');
  });
});
