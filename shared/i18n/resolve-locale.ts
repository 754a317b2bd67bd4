import { LOCALES, type Locale } from './translation';

/**
 * Picks the shipped locale closest to a BCP 47 tag (Electron's app.getLocale(), the
 * browser's navigator.language) or a POSIX locale (LANG=de_DE.UTF-8): the exact locale when
 * shipped, else the language's shipped variant, else English. Plain code, so main, the CLI
 * and the renderer choose alike and tests run it without Electron.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  // POSIX form: language[_territory][.codeset][@modifier]; "C" and "POSIX" mean no preference.
  const cleaned = (tag ?? '').trim().split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  if (!cleaned || cleaned === 'C' || cleaned === 'POSIX') return 'en';
  const lower = cleaned.toLowerCase();
  const exact = LOCALES.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  const sameLanguage = LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language);
  // pt-PT (and pt-AO, pt-MZ) get pt-BR: Brazilian Portuguese is the closest one shipped, and
  // far easier to read for a Portuguese speaker than English.
  return sameLanguage ?? 'en';
}

/**
 * The CLI's locale from the environment, by POSIX precedence: LC_ALL, then LC_MESSAGES
 * (the category for messages), then LANG; an empty variable counts as unset.
 * https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/V1_chap08.html
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value.trim() !== '');
  return resolveLocale(tag);
}
