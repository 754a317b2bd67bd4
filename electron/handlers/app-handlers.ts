import { ok } from '../../shared/result';
import { platformName } from '../app-info';
import type { Handlers } from '../ipc';
import type { HandlerDeps } from './deps';

export function appHandlers(deps: HandlerDeps): Pick<Handlers, 'app:info' | 'settings:startup'> {
  return {
    'app:info': async () =>
      ok({
        name: deps.appName,
        version: deps.appVersion,
        platform: platformName(deps.platform),
        online: await deps.isOnline(),
      }),
    'settings:startup': () =>
      ok({
        preferences: deps.settings.getPreferences(),
        orgDefaults: deps.orgDefaults.defaults,
        orgDefaultsSource: deps.orgDefaults.source,
        notices: [...deps.settings.notices, ...deps.orgDefaults.warnings],
      }),
  };
}
