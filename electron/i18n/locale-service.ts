/**
 * The main process's language: the person's saved choice (settings), else the system's
 * (Electron's app.getLocale(), passed in so this runs under plain Node). Loads that
 * locale's table and makes it active, so exports, the report, IT messages and the menu are
 * written in it. A choice is validated by the shared schema before it is saved.
 */
import type { LocaleInfo } from '../../shared/contract';
import { loadLocale, resolveLocale, setActiveLocale, type Locale } from '../../shared/i18n';
import { LocaleSchema } from '../../shared/profile';
import { err, ok, type Result } from '../../shared/result';
import type { SettingsService } from '../settings/settings-service';

export interface LocaleServiceOptions {
  settings: SettingsService;
  /** The system's language tag, e.g. "de-AT"; undefined outside Electron (then English). */
  systemLocale?: string;
  /** Told after each switch, the first one at start included (main rebuilds the menu). */
  onChange?: (locale: Locale) => void;
}

export interface LocaleService {
  /** Settles once the start-up locale is loaded and active. */
  readonly ready: Promise<void>;
  info(): LocaleInfo;
  /** `locale` is unknown input (IPC); null follows the system again. */
  choose(locale: unknown): Promise<Result<LocaleInfo>>;
}

export function createLocaleService(options: LocaleServiceOptions): LocaleService {
  const system = resolveLocale(options.systemLocale);
  let chosen: Locale | null = options.settings.getPreferences().locale ?? null;
  let current: Locale = 'en';

  const activate = async (locale: Locale) => {
    // A locale whose folder this build lacks stays English rather than half-translated.
    const next = (await loadLocale(locale)) ? locale : 'en';
    current = next;
    setActiveLocale(next);
    options.onChange?.(next);
  };

  const info = (): LocaleInfo => ({ locale: current, chosen });
  const ready = activate(chosen ?? system);

  return {
    ready,
    info,
    async choose(input) {
      const parsed = LocaleSchema.nullable().safeParse(input);
      if (!parsed.success) return err('INVALID_INPUT', 'not a language this app offers', 'locale');
      await ready;
      chosen = parsed.data;
      await activate(chosen ?? system);
      const saved = options.settings.update((draft) => {
        const { locale: _previous, ...rest } = draft.preferences;
        return { ...draft, preferences: chosen ? { ...rest, locale: chosen } : rest };
      });
      // The language is switched for this session even when the settings file cannot be written.
      return saved.ok ? ok(info()) : saved;
    },
  };
}
