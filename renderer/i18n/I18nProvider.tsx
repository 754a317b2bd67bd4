import { createContext, useContext, type ReactNode } from 'react';
import { t as translateEn, tDynamic } from '../../shared/i18n';

/**
 * Components read their words through this context, never as literals, so a
 * second locale is a new message table, not a code change.
 */
export interface Translator {
  t: typeof translateEn;
  /** For keys built at run time (finding and stage ids). */
  tDynamic: typeof tDynamic;
}

const I18nContext = createContext<Translator>({ t: translateEn, tDynamic });

export function I18nProvider({ children }: { children: ReactNode }) {
  return <I18nContext.Provider value={{ t: translateEn, tDynamic }}>{children}</I18nContext.Provider>;
}

export function useT(): Translator {
  return useContext(I18nContext);
}
