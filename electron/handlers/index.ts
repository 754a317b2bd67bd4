/**
 * Composition of the IPC handlers from plain services. `electron/main.ts` calls this
 * with Electron-backed dependencies; the E2E bridge calls it with Node ones. Handlers
 * are thin adapters: the use cases live in the runs and accounts services.
 */
import { randomUUID } from 'node:crypto';
import { createAccountsService } from '../accounts/accounts-service';
import { withFindings } from '../findings-wiring';
import { createLocaleService } from '../i18n/locale-service';
import type { Handlers } from '../ipc';
import { oauthCredential } from '../runs/oauth-credential';
import { createRunsService } from '../runs/runs-service';
import { appHandlers } from './app-handlers';
import type { HandlerDeps } from './deps';
import { discoverHandlers } from './discover-handlers';
import { exportAppHandlers } from './export-app-handlers';
import { localeHandlers } from './locale-handlers';
import { oauthHandlers } from './oauth-handlers';
import { probeHandlers } from './probe-handlers';
import { profileHandlers } from './profile-handlers';

export type { HandlerDeps } from './deps';

export function createHandlers(deps: HandlerDeps): Handlers {
  const probe = withFindings(deps.probe);
  const runs = createRunsService({ probe, onEvent: deps.emitProbeEvent, vault: deps.vault, resolveAuth: deps.resolveAuth ?? oauthCredential(deps.oauth) });
  const accounts = createAccountsService({ settings: deps.settings, vault: deps.vault, runs, oauth: deps.oauth.service, newRunId: randomUUID });
  const locale = createLocaleService({ settings: deps.settings, systemLocale: deps.systemLocale, onChange: deps.onLocaleChange });
  return {
    ...appHandlers(deps),
    ...localeHandlers(locale),
    ...probeHandlers(runs),
    ...profileHandlers(accounts, deps.vault),
    ...exportAppHandlers(deps, runs),
    ...discoverHandlers(deps, probe),
    ...oauthHandlers(deps),
  };
}
