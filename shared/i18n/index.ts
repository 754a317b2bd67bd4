import { en, type MessageKey } from './en';
import { createTranslator } from './translate';

export type { MessageKey } from './en';
export type { MessageParams, MessageTable } from './translate';
export { format, hasMessage, inLocale, prepareFormatting, registerTable } from './translate';
export { activeLocale, isLocale, setActiveLocale } from './active-locale';
export { LANGUAGE_NAMES, LOCALES, type Locale } from './translation';
export { loadLocale } from './load-locale';
export { localeFromEnv, resolveLocale } from './resolve-locale';

/** The English table, the source every translation is made from (shared/i18n/en). */
export const messages: { readonly en: Readonly<Record<MessageKey, string>> } = { en };

/**
 * Translates a typed key in the active locale (shared/i18n/active-locale.ts), English for
 * any key that locale lacks. Keys are literals or come from typed tables
 * (`Record<…, MessageKey>`), never built at run time (test/unit/i18n/no-built-keys.test.ts).
 */
export const t = createTranslator(en);
