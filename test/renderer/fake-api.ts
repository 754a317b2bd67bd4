import { vi } from 'vitest';
import type { MailSetupApi } from '../../shared/contract';
import type { ProbeEvent } from '../../shared/types';

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
    onProbeEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ...overrides,
  };
  window.mailSetup = api;
  return { api, emit: (event: ProbeEvent) => listeners.forEach((l) => l(event)) };
}
