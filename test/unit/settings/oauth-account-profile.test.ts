/**
 * Settings version 2: a profile may name its Microsoft account (key and username, never a
 * token). A version 1 file is lifted unchanged; a profile whose account entry has anything but
 * that shape is set aside on its own, so no token can ride along into the loaded settings.
 */
import { describe, expect, it } from 'vitest';
import { migrateSettings } from '../../../electron/settings/migrations';
import { checkSettingsText } from '../../../electron/settings/settings-file';
import { SETTINGS_VERSION } from '../../../shared/profile';
import { SAMPLE_PROFILE } from '../../fixtures/samples';

const oauthProfile = { ...SAMPLE_PROFILE, authMethod: 'oauth2', oauthAccount: { key: '2d8c1a57.8f3e7c4a', username: 'amy@contoso.com' } };
const doc = (profiles: unknown[], schemaVersion = SETTINGS_VERSION) => JSON.stringify({ schemaVersion, profiles, preferences: {} });

describe('the remembered Microsoft account in a profile', () => {
  it('is version 2, and a version 1 file is lifted to it unchanged', () => {
    expect(SETTINGS_VERSION).toBe(2);
    const v1 = { schemaVersion: 1, profiles: [SAMPLE_PROFILE], preferences: {} };
    expect(migrateSettings(v1)).toEqual({ kind: 'current', migratedFrom: 1, doc: { ...v1, schemaVersion: 2 } });
    expect(checkSettingsText(doc([SAMPLE_PROFILE], 1))).toMatchObject({ ok: true, migrated: true, data: { schemaVersion: 2, profiles: [SAMPLE_PROFILE] } });
  });

  it('keeps the key and the username of the account', () => {
    expect(checkSettingsText(doc([oauthProfile]))).toMatchObject({ ok: true, data: { profiles: [oauthProfile] } });
  });

  it('refuses a token, or anything else, next to them', () => {
    const withToken = { ...oauthProfile, oauthAccount: { ...oauthProfile.oauthAccount, accessToken: 'eyJ0eXAi.eyJhdWQi.sig' } };
    // The profile is set aside on its own (the rest of the file loads); nothing of it is loaded.
    const tokened = checkSettingsText(doc([withToken, SAMPLE_PROFILE]));
    expect(tokened).toMatchObject({ ok: true, data: { profiles: [SAMPLE_PROFILE] }, setAside: { problem: 'the entry "profiles[0].oauthAccount.accessToken" is not one this app knows.' } });
    const badKey = { ...oauthProfile, oauthAccount: { key: 'a b\n', username: 'amy@contoso.com' } };
    expect(checkSettingsText(doc([badKey]))).toMatchObject({ ok: true, data: { profiles: [] } });
  });
});
