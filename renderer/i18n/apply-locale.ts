import { loadLocale, setActiveLocale, type Locale } from '../../shared/i18n';

/**
 * Loads a locale's table (its own chunk; English is bundled), makes it the active one and
 * tells the page's `<html lang>`, so screen readers speak the words in that language.
 * Resolves the locale actually shown: English when this build lacks the folder.
 */
export async function applyLocale(locale: Locale): Promise<Locale> {
  const shown = (await loadLocale(locale)) ? locale : 'en';
  setActiveLocale(shown);
  document.documentElement.lang = shown;
  return shown;
}
