import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type HandlerDeps } from '../../electron/handlers';
import { testHandlerDeps } from '../fixtures/handler-deps';
import { createIpcRegistry, type SenderInfo } from '../../electron/ipc';

const trusted: SenderInfo = { url: 'file:///app/dist/renderer/index.html', fromMainWindow: true };
const stranger: SenderInfo = { url: 'https://evil.example/', fromMainWindow: false };

function makeRegistry(overrides: Partial<HandlerDeps> = {}) {
  const logger = { error: vi.fn() };
  const handlers = createHandlers(testHandlerDeps({ appVersion: '1.2.3', platform: 'darwin', isOnline: () => false, ...overrides }));
  const registry = createIpcRegistry(handlers, { isTrustedSender: (s) => s.fromMainWindow, logger });
  return { registry, logger };
}

describe('IPC registry', () => {
  it('answers app:info from the real handler', async () => {
    const { registry } = makeRegistry();
    expect(await registry.invoke('app:info', undefined, trusted)).toEqual({
      ok: true,
      value: { name: 'Mail Setup Assistant', version: '1.2.3', platform: 'darwin', online: false },
    });
  });

  it('refuses a sender that is not the app window and runs no handler', async () => {
    const isOnline = vi.fn(() => true);
    const { registry } = makeRegistry({ isOnline });
    const result = await registry.invoke('app:info', undefined, stranger);
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) } });
    expect(isOnline).not.toHaveBeenCalled();
  });

  it('rejects unknown channels and malformed arguments as data, naming the field', async () => {
    const { registry } = makeRegistry();
    expect(await registry.invoke('fs:read', '/etc/passwd', trusted)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const bad = await registry.invoke('probe:cancel', { runId: 'not-a-uuid' }, trusted);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'runId' } });
    const injected = await registry.invoke(
      'probe:start',
      { host: 'smtp.office365.com\r\nRCPT TO:<x@y.z>', port: 587, security: 'starttls', auth: { method: 'none' } },
      trusted,
    );
    expect(injected).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'host' } });
  });

  it('starts a probe only under a well-formed run id the page has not used before', async () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND smtp.office365.com'), { code: 'ENOTFOUND' });
    const { registry } = makeRegistry({ probe: { resolver: () => Promise.reject(notFound), isOnline: () => false, env: {} } });
    const request = { host: 'smtp.office365.com', port: 587, security: 'starttls', auth: { method: 'none' } };
    expect(await registry.invoke('probe:start', { ...request, runId: 'run-1' }, trusted)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'runId' } });
    const runId = '5a0f3c1e-7b2d-4c8e-9f10-2a3b4c5d6e7f';
    expect(await registry.invoke('probe:start', { ...request, runId }, trusted)).toEqual({ ok: true, value: { runId } });
    expect(await registry.invoke('probe:start', { ...request, runId }, trusted)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'runId' } });
  });

  it('turns an unexpected exception into INTERNAL without leaking its message', async () => {
    const { registry, logger } = makeRegistry({
      isOnline: () => {
        throw new Error('secret path /home/alice/.config');
      },
    });
    const result = await registry.invoke('app:info', undefined, trusted);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'something went wrong in the app' } });
    expect(JSON.stringify(result)).not.toContain('/home/alice');
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('registers every channel of the contract', () => {
    const { registry } = makeRegistry();
    expect([...registry.channels].sort()).toEqual([
      'app:info',
      'discover:check-domain',
      'discover:run',
      'export:capabilities',
      'export:check-outlook',
      'export:open',
      'export:save-file',
      'export:show-in-folder',
      'oauth:cancel',
      'oauth:sign-in',
      'oauth:sign-out',
      'oauth:status',
      'probe:cancel',
      'probe:start',
      'profiles:delete',
      'profiles:forget-all',
      'profiles:list',
      'profiles:rename',
      'profiles:retest',
      'profiles:save',
      'settings:locale',
      'settings:set-locale',
      'settings:startup',
      'vault:delete',
      'vault:has',
    ]);
  });
});
