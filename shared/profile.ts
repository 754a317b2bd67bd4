/**
 * Saved profiles, preferences and organisation defaults: the zod schemas both the main
 * process (settings file, IPC validation) and the renderer (forms) use. Pure: no I/O.
 *
 * A profile never holds a secret. The schemas are strict (unknown keys are rejected), so a
 * `password` or `token` key can never be written to the settings file by mistake.
 */
import { z } from 'zod';
import { PRESET_IDS } from './presets';
import { addressSchema, displayNameSchema, hostSchema, portSchema, safeText, securitySchema, signInUserSchema } from './validation';
import type { PresetId } from './types';
import { t, type MessageKey } from './i18n';
import { formatList } from './i18n/intl-format';
import { LOCALES } from './i18n/translation';

export const PresetIdSchema = z.enum(PRESET_IDS as [PresetId, ...PresetId[]]);
export const AuthMethodSchema = z.enum(['password', 'oauth2', 'none']);
export const VerdictSchema = z.enum(['pass', 'warn', 'fail', 'cancelled']);

/** A signed-in Microsoft account's key (MSAL's homeAccountId, e.g. "<object id>.<tenant id>"). */
export const OAuthAccountKeySchema = z.string().min(1).max(256).regex(/^[A-Za-z0-9._-]+$/, { error: () => t('validation.oauth-account-key') });

/** Which Microsoft sign-in a profile tests with: who, never a token (the tokens stay in the keychain). */
export const OAuthAccountRefSchema = z.strictObject({
  key: OAuthAccountKeySchema,
  /** The sign-in name, shown to the person and used as XOAUTH2 `user=`. */
  username: safeText(320).min(1),
});

/** What the last live test of a profile concluded; enough for a list badge. */
export const TestSummarySchema = z.strictObject({
  verdict: VerdictSchema,
  /** Most important finding id, or null when the test passed cleanly. */
  topFindingId: safeText(100).nullable(),
  /** ISO 8601 time of the test. */
  at: z.iso.datetime({ offset: true }),
});

export const ProfileSchema = z.strictObject({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  name: displayNameSchema(100),
  preset: PresetIdSchema,
  address: addressSchema,
  host: hostSchema,
  port: portSchema,
  security: securitySchema,
  authMethod: AuthMethodSchema,
  /** Sign-in name when it differs from the address (smart hosts); Microsoft uses the address. */
  user: signInUserSchema.optional(),
  /** With authMethod 'oauth2': the Microsoft account a retest signs in as, silently. */
  oauthAccount: OAuthAccountRefSchema.optional(),
  lastTest: TestSummarySchema.optional(),
});

/** What the profile form sends: no id for a new profile, and the test summary is the app's. */
export const ProfileInputSchema = ProfileSchema.omit({ id: true, lastTest: true }).extend({
  id: ProfileSchema.shape.id.optional(),
});

export const ThemeSchema = z.enum(['system', 'light', 'dark']);

/** A language the app ships (shared/i18n/translation.ts). */
export const LocaleSchema = z.enum(LOCALES);

export const PreferencesSchema = z.strictObject({
  theme: ThemeSchema.default('system'),
  /** The language the person picked; absent, the app follows the system's (electron/locale-service.ts). */
  locale: LocaleSchema.optional(),
  /** Whether "send a test message to myself" starts ticked. */
  sendTestMessage: z.boolean().default(false),
  lastProfileId: z.string().max(64).nullable().default(null),
});

export const PreferencesPatchSchema = z.strictObject({
  theme: ThemeSchema.optional(),
  locale: LocaleSchema.optional(),
  sendTestMessage: z.boolean().optional(),
  lastProfileId: z.string().max(64).nullable().optional(),
});

/** 2: profiles may name their Microsoft account (`oauthAccount`). See electron/settings/migrations.ts. */
export const SETTINGS_VERSION = 2;
export const MAX_PROFILES = 200;

export const SettingsFileSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_VERSION),
  profiles: z
    .array(ProfileSchema)
    .max(MAX_PROFILES, { error: () => t('validation.too-many-profiles', { max: MAX_PROFILES }) })
    .refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'profile ids must be unique'),
  preferences: PreferencesSchema,
});

/** Fields IT can lock so staff cannot change them. */
export const LockableFieldSchema = z.enum(['preset', 'host', 'port', 'security', 'authMethod']);

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * The organisation defaults file. Unknown keys are reported but tolerated (see
 * electron/settings/org-defaults.ts), so this object schema strips rather than rejects.
 */
export const OrgDefaultsSchema = z
  .object({
    /** The organisation's mail domain, e.g. contoso.com. */
    tenantDomain: hostSchema.optional(),
    oauth: z
      .object({
        clientId: z.string().regex(GUID, 'must be an application (client) id like 00000000-0000-0000-0000-000000000000'),
        /** Tenant id (GUID) or domain; 'organizations' lets any work account sign in. */
        tenant: z.string().min(1).max(253).regex(/^[A-Za-z0-9.-]+$/, 'must be a tenant id or domain').default('organizations'),
      })
      .optional(),
    /** Host for the relay and smart-host presets, e.g. contoso-com.mail.protection.outlook.com. */
    relayHost: hostSchema.optional(),
    /** Which presets are offered, in this order. */
    presets: z.array(PresetIdSchema).min(1).optional(),
    defaultPreset: PresetIdSchema.optional(),
    lockedFields: z.array(LockableFieldSchema).default([]),
    // ---- exports (additive) ----
    /** Apple Mail on a Mac: IT has allowed EWS for the tenant (EWSEnabled and the app in the allow list). */
    exchange: z.object({ ewsAllowed: z.boolean().default(false) }).optional(),
    /**
     * Apple profiles are signed with IT's certificate so devices show them as verified. The
     * PKCS#12 password never sits in this file (every member of staff can read it): it is read
     * from the environment variable named here, which IT's deployment sets.
     */
    signing: z
      .object({
        /** The .p12/.pfx file; a relative path is taken from the folder of this file. */
        pkcs12Path: safeText(1024).min(1),
        passwordEnv: z
          .string()
          .regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/, { error: () => t('validation.env-name', { example: 'MAIL_SETUP_SIGNING_PASSWORD' }) })
          .default('MAIL_SETUP_SIGNING_PASSWORD'),
      })
      .optional(),
  })
  .refine((o) => !o.defaultPreset || !o.presets || o.presets.includes(o.defaultPreset), {
    error: () => t('validation.default-preset-listed'),
    path: ['defaultPreset'],
  });

export type PresetIdValue = z.infer<typeof PresetIdSchema>;
export type TestSummary = z.infer<typeof TestSummarySchema>;
export type OAuthAccountRef = z.infer<typeof OAuthAccountRefSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.infer<typeof ProfileInputSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type Preferences = z.infer<typeof PreferencesSchema>;
export type PreferencesPatch = z.infer<typeof PreferencesPatchSchema>;
export type SettingsFile = z.infer<typeof SettingsFileSchema>;
export type LockableField = z.infer<typeof LockableFieldSchema>;
export type OrgDefaults = z.infer<typeof OrgDefaultsSchema>;

export const DEFAULT_PREFERENCES: Preferences = PreferencesSchema.parse({});

export function emptySettings(): SettingsFile {
  return { schemaVersion: SETTINGS_VERSION, profiles: [], preferences: { ...DEFAULT_PREFERENCES } };
}

/** Built-in organisation defaults: every preset shown, nothing locked. */
export const BUILT_IN_ORG_DEFAULTS: OrgDefaults = { presets: [...PRESET_IDS], lockedFields: [] };

/** Something the UI must tell the person about settings; shown once at start. */
export type SettingsNotice =
  | { kind: 'settings-corrupt'; file: string; movedTo: string | null; problem: string }
  /** Some entries were set aside into `movedTo` (null: could not be written, nothing is saved). */
  | { kind: 'settings-partly-recovered'; file: string; movedTo: string | null; items: string[]; problem: string }
  | { kind: 'settings-newer-version'; file: string; movedTo: string | null; version: number }
  | { kind: 'settings-unwritable'; file: string; problem: string }
  | { kind: 'org-defaults-invalid'; file: string; problem: string }
  | { kind: 'org-defaults-unknown-keys'; file: string; keys: string[] }
  | { kind: 'org-defaults-unreadable'; file: string; problem: string };

/** Why the keychain cannot be used (KEYCHAIN_UNAVAILABLE errors carry it as `reason`). */
export type KeychainReason = 'no-native-module' | 'no-secret-service' | 'locked' | 'unknown';

const KEYCHAIN_REASON_KEYS = {
  'no-native-module': 'settings.keychain.no-native-module',
  'no-secret-service': 'settings.keychain.no-secret-service',
  locked: 'settings.keychain.locked',
  unknown: 'settings.keychain.unknown',
} as const satisfies Record<KeychainReason, MessageKey>;

export function keychainReasonText(reason: KeychainReason): string {
  return t(KEYCHAIN_REASON_KEYS[reason]);
}

/** Each notice's title and body; `notMoved`: the body when the damaged file could not be set aside. */
const NOTICE_KEYS = {
  'settings-corrupt': { title: 'settings.notice.settings-corrupt.title', body: 'settings.notice.settings-corrupt.body', notMoved: 'settings.notice.settings-corrupt.body-not-moved' },
  'settings-partly-recovered': {
    title: 'settings.notice.settings-partly-recovered.title',
    body: 'settings.notice.settings-partly-recovered.body',
    notMoved: 'settings.notice.settings-partly-recovered.body-not-moved',
  },
  'settings-newer-version': {
    title: 'settings.notice.settings-newer-version.title',
    body: 'settings.notice.settings-newer-version.body',
    notMoved: 'settings.notice.settings-newer-version.body-not-moved',
  },
  'settings-unwritable': { title: 'settings.notice.settings-unwritable.title', body: 'settings.notice.settings-unwritable.body' },
  'org-defaults-invalid': { title: 'settings.notice.org-defaults-invalid.title', body: 'settings.notice.org-defaults-invalid.body' },
  'org-defaults-unknown-keys': { title: 'settings.notice.org-defaults-unknown-keys.title', body: 'settings.notice.org-defaults-unknown-keys.body' },
  'org-defaults-unreadable': { title: 'settings.notice.org-defaults-unreadable.title', body: 'settings.notice.org-defaults-unreadable.body' },
} as const satisfies Record<SettingsNotice['kind'], { title: MessageKey; body: MessageKey; notMoved?: MessageKey }>;

/** Title and body for a notice, in the person's words. */
export function noticeText(notice: SettingsNotice): { title: string; body: string } {
  const keys: { title: MessageKey; body: MessageKey; notMoved?: MessageKey } = NOTICE_KEYS[notice.kind];
  const title = t(keys.title);
  const notMoved = 'movedTo' in notice && notice.movedTo === null;
  const body = t((notMoved ? keys.notMoved : undefined) ?? keys.body, {
    file: notice.file,
    ...('movedTo' in notice && notice.movedTo !== null ? { movedTo: notice.movedTo } : {}),
    ...('problem' in notice ? { problem: notice.problem } : {}),
    ...('version' in notice ? { version: notice.version } : {}),
    ...('keys' in notice ? { keys: formatList(notice.keys) } : {}),
    ...('items' in notice ? { items: formatList(notice.items) } : {}),
  });
  return { title, body };
}
