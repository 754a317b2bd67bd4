import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { activeLocale, t, type Locale } from '../../shared/i18n';
import { getApi } from '../api';
import { applyLocale } from './apply-locale';

/**
 * Components read their words through this context, never as literals. `t` is the shared
 * translator (shared/i18n), which formats in the active locale; the context's value changes
 * with the locale, so every screen that reads it renders again in the new language, with
 * what the person typed kept (state lives above, in App and the wizard).
 */
export interface Translator {
  t: typeof t;
  locale: Locale;
  /** The saved choice; null while the app follows the system's language. */
  chosen: Locale | null;
  /** Loads the language, switches to it and saves it in main (null: follow the system). */
  setLocale: (locale: Locale | null) => Promise<void>;
}

const I18nContext = createContext<Translator>({ t, locale: 'en', chosen: null, setLocale: async () => undefined });

export interface I18nProviderProps {
  children: ReactNode;
  /** The start-up choice (renderer/i18n/start-locale.ts); tests leave it out. */
  initial?: { locale: Locale; chosen: Locale | null };
}

export function I18nProvider({ children, initial }: I18nProviderProps) {
  const [state, setState] = useState(() => initial ?? { locale: activeLocale(), chosen: null });
  const setLocale = useCallback(async (next: Locale | null) => {
    const api = getApi();
    // Main resolves "follow the system" and saves the choice; without it the page decides alone.
    const answer = api ? await api.setLocale({ locale: next }) : null;
    const wanted = answer?.ok ? answer.value.locale : (next ?? 'en');
    const shown = await applyLocale(wanted);
    setState({ locale: shown, chosen: next });
  }, []);
  const value = useMemo(() => ({ t, locale: state.locale, chosen: state.chosen, setLocale }), [state, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): Translator {
  return useContext(I18nContext);
}
