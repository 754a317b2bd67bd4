/**
 * A translation of one English message file: every key of the English table, each a
 * string in ICU MessageFormat with the same arguments as the English. Typed so that a
 * missing or misspelt key fails the typecheck (`shared/i18n/<locale>/<area>.ts` are
 * written against it). Which English text each translation was made from is recorded in
 * `shared/i18n/<locale>/translated-from.json`; `npm run i18n:status` lists what is missing
 * or stale, and the locale tests fail until it is translated again.
 */
export type Translation<Source> = { readonly [K in keyof Source]: string };

/** The locales the app ships, English first (the source language). */
export const LOCALES = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt-BR', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Each language named in itself, as the picker lists it: a person who cannot read the
 * current language still finds their own. Not messages: they are the same in every locale.
 */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  nl: 'Nederlands',
  it: 'Italiano',
  'pt-BR': 'Português (Brasil)',
  pl: 'Polski',
};
