import { ok } from '../../shared/result';
import type { LocaleService } from '../i18n/locale-service';
import type { Handlers } from '../ipc';

export function localeHandlers(locale: LocaleService): Pick<Handlers, 'settings:locale' | 'settings:set-locale'> {
  return {
    'settings:locale': async () => {
      await locale.ready;
      return ok(locale.info());
    },
    'settings:set-locale': ({ locale: chosen }) => locale.choose(chosen),
  };
}
