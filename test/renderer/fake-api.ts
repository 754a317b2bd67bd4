import { vi } from 'vitest';
import type { MailSetupApi } from '../../shared/contract';
import { BUILT_IN_ORG_DEFAULTS, DEFAULT_PREFERENCES } from '../../shared/profile';
import type { SignInEvent } from '../../shared/sign-in-ipc';
import type { ProbeEvent } from '../../shared/types';

// Calls a test does not set up answer like a main process that refuses them.
const unavailable = { ok: false as const, error: { code: 'INTERNAL' as const, message: 'not set up in this test' } };

/** What a copy without an app registration answers (main's real words, shortened). */
export const NOT_CONFIGURED = {
  ok: true as const,
  value: {
    configured: false as const,
    failure: { code: 'not-configured' as const, findingId: 'auth.oauth-not-configured', reason: 'no-client-id' as const, message: 'no Microsoft app registration (client id) is set up in this copy' },
  },
};

/**
 * A fake `window.mailSetup` for component tests: the renderer's only boundary.
 * Tests push probe events through `emit` and sign-in events through `emitSignIn`
 * exactly as the preload would. Sign-in answers "not set up" unless a test says otherwise.
 */
export function installFakeApi(overrides: Partial<MailSetupApi> = {}) {
  const listeners = new Set<(event: ProbeEvent) => void>();
  const signInListeners = new Set<(event: SignInEvent) => void>();
  const api: MailSetupApi = {
    appInfo: vi.fn(async () => ({ ok: true as const, value: { name: 'Mail Setup Assistant', version: '9.9.9', platform: 'win32' as const, online: true } })),
    startProbe: vi.fn(async () => ({ ok: true as const, value: { runId: '00000000-0000-4000-8000-000000000001' } })),
    cancelProbe: vi.fn(async () => ({ ok: true as const, value: { cancelled: true } })),
    startup: vi.fn(async () => ({
      ok: true as const,
      value: { preferences: DEFAULT_PREFERENCES, orgDefaults: BUILT_IN_ORG_DEFAULTS, orgDefaultsSource: null, notices: [] },
    })),
    locale: vi.fn(async () => ({ ok: true as const, value: { locale: 'en' as const, chosen: null } })),
    setLocale: vi.fn(async ({ locale }) => ({ ok: true as const, value: { locale: locale ?? ('en' as const), chosen: locale } })),
    listProfiles: vi.fn(async () => ({ ok: true as const, value: [] })),
    saveProfile: vi.fn(async () => unavailable),
    renameProfile: vi.fn(async () => unavailable),
    deleteProfile: vi.fn(async () => unavailable),
    forgetAllProfiles: vi.fn(async () => unavailable),
    retestProfile: vi.fn(async () => unavailable),
    hasSecret: vi.fn(async () => ({ ok: true as const, value: { stored: false } })),
    deleteSecret: vi.fn(async () => ({ ok: true as const, value: { deleted: false } })),
    checkDomain: vi.fn(async () => unavailable),
    discover: vi.fn(async () => unavailable),
    exportCapabilities: vi.fn(async () => ({ ok: true as const, value: { signing: { state: 'off' as const }, ewsAllowed: false } })),
    saveAppFile: vi.fn(async () => unavailable),
    checkOutlookSetup: vi.fn(async () => unavailable),
    showExportInFolder: vi.fn(async () => unavailable),
    openExport: vi.fn(async () => unavailable),
    signInStatus: vi.fn(async () => NOT_CONFIGURED),
    signIn: vi.fn(async () => unavailable),
    cancelSignIn: vi.fn(async () => ({ ok: true as const, value: { cancelled: true } })),
    signOut: vi.fn(async () => ({ ok: true as const, value: { removed: true, nothingLeft: true } })),
    onProbeEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onSignInEvent: (listener) => {
      signInListeners.add(listener);
      return () => signInListeners.delete(listener);
    },
    ...overrides,
  };
  window.mailSetup = api;
  return {
    api,
    emit: (event: ProbeEvent) => listeners.forEach((l) => l(event)),
    emitSignIn: (event: SignInEvent) => signInListeners.forEach((l) => l(event)),
  };
}
