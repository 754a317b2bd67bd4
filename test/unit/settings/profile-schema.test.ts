import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from '../../fixtures/samples';
import { settingsJsonSchema } from '../../../electron/settings/settings-store';
import {
  keychainReasonText,
  noticeText,
  ProfileInputSchema,
  ProfileSchema,
  type KeychainReason,
  type SettingsNotice,
} from '../../../shared/profile';

const profile = SAMPLE_PROFILE;

describe('profile schema', () => {
  it('accepts a profile and trims its name', () => {
    expect(ProfileSchema.parse({ ...profile, name: '  Work  ' }).name).toBe('Work');
  });

  it('has no place for a secret: any extra key is rejected', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((k) => !(k in ProfileSchema.shape)),
        fc.string(),
        (key, value) => !ProfileSchema.safeParse({ ...profile, [key]: value }).success,
      ),
    );
    for (const key of ['password', 'secret', 'token', 'refreshToken', 'accessToken']) {
      expect(ProfileInputSchema.safeParse({ ...profile, [key]: 'x' }).success).toBe(false);
    }
  });

  it('rejects line breaks and NUL in any text that could reach an SMTP command', () => {
    for (const field of ['name', 'address', 'host', 'user']) {
      for (const bad of ['a\r\nb', 'a\nb', 'a\0b']) {
        expect(ProfileSchema.safeParse({ ...profile, [field]: `x${bad}@example.com` }).success, `${field} ${JSON.stringify(bad)}`).toBe(false);
      }
    }
  });

  it('generates a JSON Schema for the store that forbids extra profile keys', () => {
    const { schema, rootSchema } = settingsJsonSchema();
    const profiles = schema['profiles'] as { items: { additionalProperties: boolean; properties: Record<string, unknown> } };
    expect(profiles.items.additionalProperties).toBe(false);
    expect(Object.keys(profiles.items.properties)).not.toContain('password');
    expect(rootSchema).toMatchObject({ required: ['schemaVersion', 'profiles', 'preferences'], additionalProperties: false });
  });
});

describe('notice and keychain texts', () => {
  const notices: SettingsNotice[] = [
    { kind: 'settings-corrupt', file: '/u/settings.json', movedTo: '/u/settings.corrupt-x.json', problem: 'bad' },
    { kind: 'settings-corrupt', file: '/u/settings.json', movedTo: null, problem: 'bad' },
    { kind: 'settings-newer-version', file: '/u/settings.json', movedTo: '/u/settings.newer-v2-x.json', version: 2 },
    { kind: 'settings-newer-version', file: '/u/settings.json', movedTo: null, version: 2 },
    { kind: 'settings-unwritable', file: '/u/settings.json', problem: 'EACCES' },
    { kind: 'org-defaults-invalid', file: '/etc/o.json', problem: 'bad' },
    { kind: 'org-defaults-unknown-keys', file: '/etc/o.json', keys: ['relayhost'] },
    { kind: 'org-defaults-unreadable', file: '/etc/o.json', problem: 'EISDIR' },
  ];

  it.each(notices)('has a title and a complete body for $kind', (notice) => {
    const { title, body } = noticeText(notice);
    expect(title).not.toMatch(/^settings\./);
    expect(body).not.toMatch(/^settings\.|\{\w+\}/);
    const mentioned = 'movedTo' in notice && notice.movedTo ? notice.movedTo : notice.file;
    expect(body).toContain(mentioned);
  });

  it.each<KeychainReason>(['no-native-module', 'no-secret-service', 'locked', 'unknown'])('explains %s', (reason) => {
    expect(keychainReasonText(reason)).toMatch(/keychain|password store/);
  });
});
