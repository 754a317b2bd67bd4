/**
 * Composition of the IPC handlers from plain services. `electron/main.ts` calls this
 * with Electron-backed dependencies; the E2E bridge calls it with Node ones, so the
 * handlers under test are the handlers that ship.
 */
import type { ProbeEvent } from '../shared/types';
import { ok } from '../shared/result';
import { platformName } from './app-info';
import type { Handlers } from './ipc';

export interface HandlerDeps {
  appName: string;
  appVersion: string;
  platform: string;
  /** Connectivity as the OS sees it (Electron: net.isOnline()). */
  isOnline: () => boolean | Promise<boolean>;
  /** Delivers probe progress to the window that asked for it. */
  emitProbeEvent: (event: ProbeEvent) => void;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:info': async () =>
      ok({
        name: deps.appName,
        version: deps.appVersion,
        platform: platformName(deps.platform),
        online: await deps.isOnline(),
      }),
    'probe:start': () => {
      throw new Error('probe service not wired yet');
    },
    'probe:cancel': () => ok({ cancelled: false }),
  };
}
