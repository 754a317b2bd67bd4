import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../fixtures/samples';
import { checkSettingsText, fileTimestamp } from '../../../electron/settings/settings-file';

const profile = SAMPLE_PROFILE;

const doc = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ schemaVersion: 1, profiles: [profile], preferences: { theme: 'dark', sendTestMessage: true, lastProfileId: 'p1' }, ...over });

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
      data: { schemaVersion: 1, profiles: [profile], preferences: { theme: 'system', sendTestMessage: false, lastProfileId: null } },
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

  it('rejects a password stored in a profile, naming the entry', () => {
    const checked = checkSettingsText(doc({ profiles: [{ ...profile, password: 'hunter2' }] }));
    expect(checked).toEqual({ ok: false, problem: 'the entry "profiles[0].password" is not one this app knows.' });
  });

  it('explains a wrong type and an out-of-range value in plain words', () => {
    expect(checkSettingsText(doc({ profiles: [{ ...profile, port: '587' }] }))).toEqual({
      ok: false,
      problem: 'the entry "profiles[0].port" should be a number, but it is text.',
    });
    expect(checkSettingsText(doc({ profiles: [{ ...profile, port: 70000 }] }))).toEqual({
      ok: false,
      problem: 'the entry "profiles[0].port" is too long or too large.',
    });
    expect(checkSettingsText(doc({ preferences: { theme: 'purple' } }))).toEqual({
      ok: false,
      problem: 'the entry "preferences.theme" should be one of: "system", "light", "dark".',
    });
  });

  it('rejects duplicate profile ids and CR/LF in fields that reach SMTP', () => {
    expect(checkSettingsText(doc({ profiles: [profile, profile] })).ok).toBe(false);
    expect(checkSettingsText(doc({ profiles: [{ ...profile, host: 'smtp.office365.com\r\nRCPT' }] })).ok).toBe(false);
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
