import { messages, resolveLocale, type Locale } from '../../shared/i18n';
import { setOverrideTable } from '../../shared/i18n/translate';
import { getApi } from '../api';
import { applyLocale } from './apply-locale';

export interface StartLocale {
  locale: Locale;
  /** The person's saved choice, or null when the app follows the system. */
  chosen: Locale | null;
  /** The pseudo-locale (tests and dev): `?locale=en-XA` in the page address. */
  pseudo: boolean;
}

export const PSEUDO_QUERY = 'en-XA';

/**
 * The language of the first screen, loaded before it renders so it never flashes in
 * English: main's answer (saved choice, else the system's), or the browser's language
 * outside the app. `?locale=en-XA` switches on the pseudo-locale; the shipped app loads a
 * fixed address without a query, so only tests and dev use it.
 */
export async function startLocale(search: string = window.location.search): Promise<StartLocale> {
  const api = getApi();
  const answer = api ? await api.locale().catch(() => null) : null;
  const wanted = answer?.ok ? answer.value : { locale: resolveLocale(navigator.language), chosen: null };
  const locale = await applyLocale(wanted.locale);
  const pseudo = new URLSearchParams(search).get('locale') === PSEUDO_QUERY;
  if (pseudo) await enablePseudoLocale();
  return { locale, chosen: wanted.chosen, pseudo };
}

/** Shows every message in the pseudo-locale (its code loads only now). */
export async function enablePseudoLocale(): Promise<void> {
  const { pseudoTable, PSEUDO_LOCALE } = await import('../../shared/i18n/pseudo-locale');
  setOverrideTable(pseudoTable(messages.en));
  document.documentElement.lang = PSEUDO_LOCALE;
}
