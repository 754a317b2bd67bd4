/**
 * The message for each value of a closed set (preset, security, sign-in method, verdict…):
 * typed tables instead of keys built at run time, so a new value without words, or a
 * misspelt key, fails the typecheck rather than showing an id on screen.
 */
import type { SaveProfileResponse } from '../contract';
import type { AuthMethod, PresetId, ProbeVerdict, Security } from '../types';
import type { MessageKey } from './en';

export const PRESET_TITLE_KEYS = {
  microsoft365: 'preset.microsoft365.title',
  'outlook-com': 'preset.outlook-com.title',
  'microsoft365-relay': 'preset.microsoft365-relay.title',
  custom: 'preset.custom.title',
  'microsoft365-gcc-high': 'preset.microsoft365-gcc-high.title',
  'microsoft365-dod': 'preset.microsoft365-dod.title',
  'smart-host': 'preset.smart-host.title',
} as const satisfies Record<PresetId, MessageKey>;

export const PRESET_HINT_KEYS = {
  microsoft365: 'preset.microsoft365.hint',
  'outlook-com': 'preset.outlook-com.hint',
  'microsoft365-relay': 'preset.microsoft365-relay.hint',
  custom: 'preset.custom.hint',
  'microsoft365-gcc-high': 'preset.microsoft365-gcc-high.hint',
  'microsoft365-dod': 'preset.microsoft365-dod.hint',
  'smart-host': 'preset.smart-host.hint',
} as const satisfies Record<PresetId, MessageKey>;

export const SECURITY_KEYS = {
  starttls: 'wizard.settings.security.starttls',
  tls: 'wizard.settings.security.tls',
  none: 'wizard.settings.security.none',
} as const satisfies Record<Security, MessageKey>;

export const SECURITY_REASON_KEYS = {
  starttls: 'wizard.settings.reason.security.starttls',
  tls: 'wizard.settings.reason.security.tls',
  none: 'wizard.settings.reason.security.none',
} as const satisfies Record<Security, MessageKey>;

/** Why this port: the ports the wizard knows by name; any other is "a port your provider chose". */
export const PORT_REASON_KEYS: Readonly<Record<number, MessageKey>> = {
  587: 'wizard.settings.reason.port.587',
  25: 'wizard.settings.reason.port.25',
  465: 'wizard.settings.reason.port.465',
};
export const OTHER_PORT_REASON_KEY: MessageKey = 'wizard.settings.reason.port.other';

export const AUTH_METHOD_KEYS = {
  password: { label: 'wizard.signin.method.password', hint: 'wizard.signin.method.password.hint' },
  oauth2: { label: 'wizard.signin.method.oauth', hint: 'wizard.signin.method.oauth.hint' },
  none: { label: 'wizard.signin.method.none', hint: 'wizard.signin.method.none.hint' },
} as const satisfies Record<AuthMethod, { label: MessageKey; hint: MessageKey }>;

/** What happened to the password after "Save" (the keychain-unavailable case has its own words). */
export const REMEMBERED_KEYS = {
  saved: 'settings.remember.saved',
  'not-ticked': 'settings.remember.not-ticked',
  'test-not-passed': 'settings.remember.test-not-passed',
  'no-secret': 'settings.remember.no-secret',
} as const satisfies Record<Exclude<SaveProfileResponse['remembered'], 'keychain-unavailable'>, MessageKey>;

/** A verdict inside a sentence ("Last test: worked"). */
export const PROFILE_VERDICT_KEYS = {
  pass: 'profiles.verdict.pass',
  warn: 'profiles.verdict.warn',
  fail: 'profiles.verdict.fail',
  cancelled: 'profiles.verdict.cancelled',
} as const satisfies Record<ProbeVerdict, MessageKey>;

/** A verdict as a sentence of its own. */
export const PROBE_VERDICT_KEYS = {
  pass: 'probe.verdict.pass',
  warn: 'probe.verdict.warn',
  fail: 'probe.verdict.fail',
  cancelled: 'probe.verdict.cancelled',
} as const satisfies Record<ProbeVerdict, MessageKey>;
