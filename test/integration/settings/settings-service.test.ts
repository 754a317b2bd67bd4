/**
 * The settings service on real files through conf (the same store electron-store wraps).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsService } from '../../../electron/settings/settings-service';
import { confStoreFactory, settingsJsonSchema, type SettingsStoreFactory } from '../../../electron/settings/settings-store';
import { noticeText, SETTINGS_VERSION } from '../../../shared/profile';
import { tempDir as makeTempDir } from '../../fixtures/temp-dir';

const NOW = new Date('2026-11-23T10:00:00Z');
const now = () => NOW;
const tempDir = () => makeTempDir('settings');

const profile = {
  id: 'p1',
  name: 'Work',
  preset: 'microsoft365' as const,
  address: 'amy@contoso.com',
  host: 'smtp.office365.com',
  port: 587,
  security: 'starttls' as const,
  authMethod: 'password' as const,
};

const onDisk = (dir: string) => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));

describe('settings service', () => {
  it('starts with defaults without a file and writes them', () => {
    const dir = tempDir();
    const settings = createSettingsService({ cwd: dir, now });
    expect(settings.notices).toEqual([]);
    expect(settings.read()).toEqual({
      schemaVersion: SETTINGS_VERSION,
      profiles: [],
      preferences: { theme: 'system', sendTestMessage: false, lastProfileId: null },
    });
    expect(onDisk(dir)).toEqual(settings.read());
  });

  it('saves preferences and profiles and reads them back in a new instance', () => {
    const dir = tempDir();
    const first = createSettingsService({ cwd: dir, now });
    expect(first.setPreferences({ theme: 'dark', lastProfileId: 'p1' })).toEqual({
      ok: true,
      value: { theme: 'dark', sendTestMessage: false, lastProfileId: 'p1' },
    });
    expect(first.update((d) => ({ ...d, profiles: [profile] })).ok).toBe(true);
    expect(onDisk(dir)).toEqual({ schemaVersion: SETTINGS_VERSION, profiles: [profile], preferences: { theme: 'dark', sendTestMessage: false, lastProfileId: 'p1' } });
    const second = createSettingsService({ cwd: dir, now });
    expect(second.read().profiles).toEqual([profile]);
    expect(second.getPreferences().theme).toBe('dark');
  });

  it('refuses an invalid change and keeps the old state on disk and in memory', () => {
    const dir = tempDir();
    const settings = createSettingsService({ cwd: dir, now });
    settings.update((d) => ({ ...d, profiles: [profile] }));
    const bad = settings.update((d) => ({ ...d, profiles: [{ ...profile, port: 0 }] }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'profiles.0.port' } });
    expect(settings.setPreferences({ theme: 'neon' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'theme' } });
    expect(settings.setPreferences({ password: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(settings.read().profiles[0]?.port).toBe(587);
    expect(onDisk(dir).profiles[0].port).toBe(587);
  });

  it('moves a file with invalid JSON aside with a timestamp and says so', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '{"schemaVersion": 1, "profiles": [');
    const settings = createSettingsService({ cwd: dir, now });
    const kept = join(dir, 'settings.corrupt-2026-11-23T10-00-00.json');
    expect(settings.notices).toHaveLength(1);
    expect(settings.notices[0]).toMatchObject({ kind: 'settings-corrupt', file: join(dir, 'settings.json'), movedTo: kept });
    expect(readFileSync(kept, 'utf8')).toBe('{"schemaVersion": 1, "profiles": [');
    expect(noticeText(settings.notices[0]!).body).toContain(kept);
    expect(settings.read().profiles).toEqual([]);
    // The app carries on and can save again.
    expect(settings.update((d) => ({ ...d, profiles: [profile] })).ok).toBe(true);
    expect(onDisk(dir).profiles).toEqual([profile]);
  });

  it('moves a schema violation aside, naming the entry, and never overwrites an earlier kept copy', () => {
    const dir = tempDir();
    const bad = JSON.stringify({ schemaVersion: SETTINGS_VERSION, profiles: [{ ...profile, password: 'hunter2' }], preferences: {} });
    writeFileSync(join(dir, 'settings.json'), bad);
    const first = createSettingsService({ cwd: dir, now });
    expect(first.notices[0]).toMatchObject({ kind: 'settings-corrupt', problem: 'the entry "profiles[0].password" is not one this app knows.' });
    writeFileSync(join(dir, 'settings.json'), 'not json');
    const second = createSettingsService({ cwd: dir, now });
    expect(second.notices[0]).toMatchObject({ movedTo: join(dir, 'settings.corrupt-2026-11-23T10-00-00-2.json') });
    expect(readdirSync(dir).sort()).toEqual([
      'settings.corrupt-2026-11-23T10-00-00-2.json',
      'settings.corrupt-2026-11-23T10-00-00.json',
      'settings.json',
    ]);
    expect(readFileSync(join(dir, 'settings.corrupt-2026-11-23T10-00-00.json'), 'utf8')).toBe(bad);
  });

  it('keeps a file from a newer version aside instead of overwriting it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 7, somethingNew: true }));
    const settings = createSettingsService({ cwd: dir, now });
    expect(settings.notices).toEqual([
      {
        kind: 'settings-newer-version',
        file: join(dir, 'settings.json'),
        movedTo: join(dir, 'settings.newer-v7-2026-11-23T10-00-00.json'),
        version: 7,
      },
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'settings.newer-v7-2026-11-23T10-00-00.json'), 'utf8'))).toEqual({ schemaVersion: 7, somethingNew: true });
    expect(onDisk(dir)).toMatchObject({ schemaVersion: SETTINGS_VERSION, profiles: [] });
  });

  it('migrates an unversioned file and saves it in the current format', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ profiles: [profile] }));
    const settings = createSettingsService({ cwd: dir, now });
    expect(settings.notices).toEqual([]);
    expect(onDisk(dir)).toEqual({
      schemaVersion: SETTINGS_VERSION,
      profiles: [profile],
      preferences: { theme: 'system', sendTestMessage: false, lastProfileId: null },
    });
  });

  it('uses an injected store factory with the file name and JSON Schema (how main plugs in electron-store)', () => {
    const dir = tempDir();
    const calls: unknown[] = [];
    const factory: SettingsStoreFactory = (options) => {
      calls.push(options);
      return confStoreFactory(options);
    };
    const settings = createSettingsService({ cwd: dir, now, storeFactory: factory, configName: 'prefs' });
    const initial = settings.read();
    settings.setPreferences({ sendTestMessage: true });
    expect(calls).toEqual([{ cwd: dir, configName: 'prefs', ...settingsJsonSchema(), defaults: initial }]);
    expect(JSON.parse(readFileSync(join(dir, 'prefs.json'), 'utf8')).preferences.sendTestMessage).toBe(true);
  });

  it('keeps working in memory, without touching the file, when the store cannot be opened', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ schemaVersion: SETTINGS_VERSION, profiles: [profile], preferences: {} }));
    const before = readFileSync(join(dir, 'settings.json'), 'utf8');
    const settings = createSettingsService({
      cwd: dir,
      now,
      storeFactory: () => {
        throw new Error('EACCES: permission denied');
      },
    });
    expect(settings.writable).toBe(false);
    expect(settings.notices).toEqual([{ kind: 'settings-unwritable', file: join(dir, 'settings.json'), problem: 'EACCES: permission denied' }]);
    expect(settings.read().profiles).toEqual([profile]);
    expect(settings.setPreferences({ theme: 'light' })).toMatchObject({ ok: false, error: { code: 'SETTINGS_UNAVAILABLE' } });
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before);
  });

  it('the store itself (conf with the generated JSON Schema) refuses a profile with a password', () => {
    const dir = tempDir();
    const empty = { schemaVersion: SETTINGS_VERSION, profiles: [], preferences: { theme: 'system', sendTestMessage: false, lastProfileId: null } };
    const store = confStoreFactory({ cwd: dir, configName: 'settings', ...settingsJsonSchema(), defaults: empty });
    const doc = { ...empty, profiles: [{ ...profile, password: 'hunter2' }] };
    expect(() => {
      store.store = doc;
    }).toThrow(/schema violation/i);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).not.toContain('hunter2');
    store.store = { ...doc, profiles: [profile] };
    expect(onDisk(dir).profiles).toEqual([profile]);
  });
});
