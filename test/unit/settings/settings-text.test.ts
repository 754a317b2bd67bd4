import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../fixtures/samples';
import { checkSettingsText, fileTimestamp } from '../../../electron/settings/settings-file';
import { setActiveLocale } from '../../../shared/i18n/active-locale';
import { SETTINGS_VERSION } from '../../../shared/profile';

const profile = SAMPLE_PROFILE;

const doc = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ schemaVersion: SETTINGS_VERSION, profiles: [profile], preferences: { theme: 'dark', sendTestMessage: true, lastProfileId: 'p1' }, ...over });

describe('checkSettingsText', () => {
  it('accepts a valid document', () => {
    const checked = checkSettingsText(doc());
    expect(checked).toMatchObject({ ok: true, migrated: false, data: { profiles: [profile] } });
  });

  it('fills preference defaults and migrates an unversioned document', () => {
    const checked = checkSettingsText(JSON.stringify({ profiles: [profile] }));
    expect(checked).toEqual({
      ok: true,
      migrated: true,
      setAside: null,
      data: { schemaVersion: SETTINGS_VERSION, profiles: [profile], preferences: { theme: 'system', sendTestMessage: false, lastProfileId: null } },
    });
  });

  it('explains invalid JSON', () => {
    const checked = checkSettingsText('{"schemaVersion": 1, "profiles": [');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatch(/^the file is not valid JSON \(.+\)\.$/);
  });

  it('explains a document that is not an object', () => {
    expect(checkSettingsText('[1,2]')).toEqual({ ok: false, problem: 'the file must contain one JSON object.' });
  });

  /** The problem and the labels of what was set aside, when the rest loaded. */
  const aside = (text: string) => {
    const checked = checkSettingsText(text);
    if (!checked.ok || !checked.setAside) throw new Error(`expected a partial recovery, got ${JSON.stringify(checked)}`);
    return { ...checked.setAside, data: checked.data };
  };

  it('sets aside a profile with a password in it, naming the entry, and loads the rest', () => {
    const other = { ...profile, id: 'p2', name: 'Home' };
    const result = aside(doc({ profiles: [{ ...profile, password: 'hunter2' }, other] }));
    expect(result.problem).toBe('the entry "profiles[0].password" is not one this app knows.');
    expect(result.data.profiles).toEqual([other]);
    expect(result.items).toEqual([`the profile “${profile.name}”`]);
  });

  it('explains a wrong type and an out-of-range value in plain words', () => {
    expect(aside(doc({ profiles: [{ ...profile, port: '587' }] })).problem).toBe('the entry "profiles[0].port" should be a number, but it is text.');
    expect(aside(doc({ profiles: [{ ...profile, port: 70000 }] })).problem).toBe('the entry "profiles[0].port" is too long or too large.');
    const prefs = aside(doc({ preferences: { theme: 'purple' } }));
    expect(prefs.problem).toBe('the entry "preferences.theme" should be "system", "light" or "dark".');
    expect(prefs.data.preferences.theme).toBe('system');
    // The list of choices is joined by Intl for the active locale, not with an English "or".
    setActiveLocale('de');
    try {
      expect(aside(doc({ preferences: { theme: 'purple' } })).problem).toContain('"system", "light" oder "dark"');
    } finally {
      setActiveLocale('en');
    }
    expect(prefs.data.profiles).toEqual([profile]);
  });

  it('sets aside a repeated profile id and CR/LF in fields that reach SMTP', () => {
    const twice = aside(doc({ profiles: [profile, profile] }));
    expect(twice.data.profiles).toEqual([profile]);
    expect(twice.problem).toBe('the entry "profiles[1].id" repeats the id of an earlier profile.');
    expect(aside(doc({ profiles: [{ ...profile, host: 'smtp.office365.com\r\nRCPT' }] })).data.profiles).toEqual([]);
  });

  it('accepts a byte-order mark (Notepad)', () => {
    expect(checkSettingsText(`\ufeff${doc()}`)).toMatchObject({ ok: true, setAside: null, data: { profiles: [profile] } });
  });

  it('keeps each set-aside part exactly as it was written', () => {
    const bad = '{ "id":"p9",  "name":"Bad\\u0007 one", "port": "x" }';
    const text = `{"schemaVersion":1,"profiles":[${JSON.stringify(profile)}, ${bad}],"preferences":{},"extra":[1, 2]}`;
    const result = aside(text);
    expect(result.text).toContain(bad);
    expect(result.text).toContain('"extra": [1, 2]');
    expect(JSON.parse(result.text)).toEqual({ profiles: [JSON.parse(bad)], extra: [1, 2] });
    // The name is shown with its control character made visible.
    expect(result.items).toEqual(['the profile “Bad\\x07 one”', 'the entry “extra”']);
  });

  it('keeps the first 200 profiles and sets the rest aside', () => {
    const many = Array.from({ length: 203 }, (_, i) => ({ ...profile, id: `p${i}`, name: `P${i}` }));
    const result = aside(doc({ profiles: many }));
    expect(result.data.profiles).toHaveLength(200);
    expect(result.items).toEqual(['the profile “P200”', 'the profile “P201”', 'the profile “P202”']);
    expect(result.problem).toBe('there are more than 200 profiles; the ones after the first 200 were set aside.');
  });

  it('reports a newer format separately from damage', () => {
    expect(checkSettingsText(doc({ schemaVersion: 4 }))).toMatchObject({ ok: false, newerVersion: 4 });
  });
});

describe('fileTimestamp', () => {
  it('is the UTC time with dashes instead of colons', () => {
    expect(fileTimestamp(new Date('2026-11-23T10:00:00.123Z'))).toBe('2026-11-23T10-00-00');
  });
});
