/**
 * The settings service on real files through conf (the same store electron-store wraps).
 */
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('never overwrites an earlier kept copy', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), 'not json {');
    createSettingsService({ cwd: dir, now });
    writeFileSync(join(dir, 'settings.json'), 'not json');
    const second = createSettingsService({ cwd: dir, now });
    expect(second.notices[0]).toMatchObject({ movedTo: join(dir, 'settings.corrupt-2026-11-23T10-00-00-2.json') });
    expect(readdirSync(dir).sort()).toEqual([
      'settings.corrupt-2026-11-23T10-00-00-2.json',
      'settings.corrupt-2026-11-23T10-00-00.json',
      'settings.json',
    ]);
    expect(readFileSync(join(dir, 'settings.corrupt-2026-11-23T10-00-00.json'), 'utf8')).toBe('not json {');
  });

  it('sets one invalid profile aside on its own, byte for byte, names it, and loads the rest (issue 13)', () => {
    const dir = tempDir();
    const bad = `{"id":"p0","name":"Old relay","preset":"custom","address":"amy@contoso.com","host":"relay.contoso.com","port":25,"security":"none","authMethod":"password","user":"amy\\u0001auth=Bearer x","password":"hunter2"}`;
    const home = { ...profile, id: 'p2', name: 'Home' };
    const text = `\ufeff{\r\n "schemaVersion": 1,\r\n "profiles": [${bad},\r\n ${JSON.stringify(profile)}, ${JSON.stringify(home)}],\r\n "preferences": {"theme": "dark"}\r\n}`;
    writeFileSync(join(dir, 'settings.json'), text);
    const settings = createSettingsService({ cwd: dir, now });

    expect(settings.read().profiles).toEqual([profile, home]);
    expect(settings.read().preferences.theme).toBe('dark');
    const side = join(dir, 'settings.set-aside-2026-11-23T10-00-00.json');
    expect(settings.notices).toEqual([
      {
        kind: 'settings-partly-recovered',
        file: join(dir, 'settings.json'),
        movedTo: side,
        items: ['the profile “Old relay”'],
        problem: 'the entry "profiles[0].user" must not contain line breaks or control characters.',
      },
    ]);
    expect(readFileSync(side, 'utf8')).toContain(bad);
    expect(JSON.parse(readFileSync(side, 'utf8')).profiles).toEqual([JSON.parse(bad)]);
    // The settings file now holds what loaded, and a new instance starts without a notice.
    expect(onDisk(dir).profiles).toEqual([profile, home]);
    expect(createSettingsService({ cwd: dir, now }).notices).toEqual([]);
    const { title, body } = noticeText(settings.notices[0]!);
    expect(title).toBe('Some of your saved settings could not be read');
    expect(body).toContain(`set aside: the profile “Old relay”. Everything else was loaded as usual. They were kept exactly as they were in ${side}`);
  });

  it('does not save over a file whose damaged part could not be kept', () => {
    const dir = tempDir();
    const text = JSON.stringify({ schemaVersion: 1, profiles: [{ ...profile, port: 'x' }, { ...profile, id: 'p2' }], preferences: {} });
    writeFileSync(join(dir, 'settings.json'), text);
    // A dangling link where the side file would go: it does not "exist", but cannot be created.
    symlinkSync(join(dir, 'missing', 'target'), join(dir, 'settings.set-aside-2026-11-23T10-00-00.json'));
    const settings = createSettingsService({ cwd: dir, now });
    expect(settings.read().profiles.map((p) => p.id)).toEqual(['p2']);
    expect(settings.notices[0]).toMatchObject({ kind: 'settings-partly-recovered', movedTo: null });
    expect(settings.writable).toBe(false);
    expect(settings.update((d) => d).ok).toBe(false);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(text);
    expect(noticeText(settings.notices[0]!).body).toContain('could not keep a copy of them');
  });

  it('moves a file that is not UTF-8 aside whole, so its bytes survive', () => {
    const dir = tempDir();
    const bytes = Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]); // "{}" in UTF-16 (Notepad's "Unicode")
    writeFileSync(join(dir, 'settings.json'), bytes);
    const settings = createSettingsService({ cwd: dir, now });
    expect(settings.notices[0]).toMatchObject({ kind: 'settings-corrupt', problem: 'the file is not text in UTF-8.' });
    expect(readFileSync(join(dir, 'settings.corrupt-2026-11-23T10-00-00.json')).equals(bytes)).toBe(true);
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
