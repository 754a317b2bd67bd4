import { LOCALES, type Locale } from './translation';

/**
 * The one locale the process speaks right now: main and the CLI set it at start (OS locale,
 * saved choice or --lang), the renderer when the person picks a language. Formatting helpers
 * (dates, numbers, durations through Intl) and the translator read it from here, so no code
 * hard-codes English words for values.
 */
let active: Locale = 'en';

export function activeLocale(): Locale {
  return active;
}

export function setActiveLocale(locale: Locale): void {
  active = locale;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
