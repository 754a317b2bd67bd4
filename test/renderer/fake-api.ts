import { vi } from 'vitest';
import type { MailSetupApi } from '../../shared/contract';
import { BUILT_IN_ORG_DEFAULTS, DEFAULT_PREFERENCES } from '../../shared/profile';
import type { ProbeEvent } from '../../shared/types';

// Calls a test does not set up answer like a main process that refuses them.
const unavailable = { ok: false as const, error: { code: 'INTERNAL' as const, message: 'not set up in this test' } };

/**
 * A fake `window.mailSetup` for component tests: the renderer's only boundary.
 * Tests push probe events through `emit` exactly as the preload would.
 */
export function installFakeApi(overrides: Partial<MailSetupApi> = {}) {
  const listeners = new Set<(event: ProbeEvent) => void>();
  const api: MailSetupApi = {
    appInfo: vi.fn(async () => ({ ok: true as const, value: { name: 'Mail Setup Assistant', version: '9.9.9', platform: 'win32' as const, online: true } })),
    startProbe: vi.fn(async () => ({ ok: true as const, value: { runId: '00000000-0000-4000-8000-000000000001' } })),
    cancelProbe: vi.fn(async () => ({ ok: true as const, value: { cancelled: true } })),
    startup: vi.fn(async () => ({
      ok: true as const,
      value: { preferences: DEFAULT_PREFERENCES, orgDefaults: BUILT_IN_ORG_DEFAULTS, orgDefaultsSource: null, notices: [] },
    })),
    listProfiles: vi.fn(async () => ({ ok: true as const, value: [] })),
    saveProfile: vi.fn(async () => unavailable),
    renameProfile: vi.fn(async () => unavailable),
    deleteProfile: vi.fn(async () => unavailable),
    forgetAllProfiles: vi.fn(async () => unavailable),
    retestProfile: vi.fn(async () => unavailable),
    hasSecret: vi.fn(async () => ({ ok: true as const, value: { stored: false } })),
    deleteSecret: vi.fn(async () => ({ ok: true as const, value: { deleted: false } })),
    saveExport: vi.fn(async () => unavailable),
    checkDomain: vi.fn(async () => unavailable),
    discover: vi.fn(async () => unavailable),
    exportCapabilities: vi.fn(async () => ({ ok: true as const, value: { signing: { state: 'off' as const }, ewsAllowed: false } })),
    saveAppFile: vi.fn(async () => unavailable),
    checkOutlookSetup: vi.fn(async () => unavailable),
    showExportInFolder: vi.fn(async () => unavailable),
    openExport: vi.fn(async () => unavailable),
    onProbeEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ...overrides,
  };
  window.mailSetup = api;
  return { api, emit: (event: ProbeEvent) => listeners.forEach((l) => l(event)) };
}
