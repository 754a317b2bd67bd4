/**
 * Composition of the IPC handlers from plain services. `electron/main.ts` calls this
 * with Electron-backed dependencies; the E2E bridge calls it with Node ones.
 */
import type { Handlers } from '../ipc';
import { appHandlers } from './app-handlers';
import type { HandlerDeps } from './deps';
import { discoverHandlers } from './discover-handlers';
import { exportAppHandlers } from './export-app-handlers';
import { exportHandlers } from './export-handlers';
import { createProbe, probeHandlers } from './probe-handlers';
import { profileHandlers } from './profile-handlers';
import { createRunSecrets } from './run-secrets';

export type { HandlerDeps } from './deps';

export function createHandlers(deps: HandlerDeps): Handlers {
  const probe = createProbe(deps);
  const secrets = createRunSecrets();
  return {
    ...appHandlers(deps),
    ...probeHandlers(probe, secrets),
    ...profileHandlers(deps, probe, secrets),
    ...exportHandlers(deps, probe, secrets),
    ...exportAppHandlers(deps, probe, secrets),
    ...discoverHandlers(deps),
  };
}
