/**
 * The translator: every user-facing string lives in a message table keyed by a stable id
 * (shared/i18n/en/*.ts), written in ICU MessageFormat, and is formatted by FormatJS
 * (@formatjs/intl, https://formatjs.github.io/docs/intl) in the process's active locale
 * (active-locale.ts). A key the active locale's table lacks is formatted from English
 * with English plural rules: the screen never shows a gap, and the locale tests
 * (test/unit/i18n/locales.test.ts) report the missing key instead of the user.
 */
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { activeLocale, setActiveLocale } from './active-locale';
import type { Locale } from './translation';

export type MessageTable = Readonly<Record<string, string>>;
/** Argument values: numbers stay numbers so ICU `plural` and `number` can use them. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The source language: every other table is a translation of it, and it fills any gap. */
export const SOURCE_LOCALE = 'en';

const cache = createIntlCache();
const tables = new Map<string, MessageTable>();
const intls = new Map<string, IntlShape>();
/** When set (tests and dev only), every message is shown through this table instead (the pseudo-locale). */
let override: MessageTable | null = null;

// A missing translation falls back to English by design; a formatting problem (a value
// missing) must not crash a screen or the CLI: FormatJS then returns the message as written.
const quiet = () => undefined;

function intlFor(locale: string): IntlShape | undefined {
  let intl = intls.get(locale);
  const table = tables.get(locale);
  if (!intl && table) {
    intl = createIntl({ locale, defaultLocale: SOURCE_LOCALE, messages: table, onError: quiet }, cache);
    intls.set(locale, intl);
  }
  return intl;
}

/**
 * Sets up the active locale's formatter before its first use. Intl loads its locale data on
 * the first call (~15 ms of a cold CLI process); a caller that waits for the network anyway
 * (the probe, while the server's greeting is on its way) pays for it there rather than
 * between the verdict and its output. Returns the locale it prepared.
 */
export function prepareFormatting(): string {
  const wanted = override ? 'override' : activeLocale();
  const locale = tables.has(wanted) ? wanted : SOURCE_LOCALE;
  const intl = intlFor(locale);
  intl?.formatters.getPluralRules(intl.locale).select(1);
  return locale;
}

/** Makes a locale's table available to every translator (the loader calls this; tests may too). */
export function registerTable(locale: string, table: MessageTable): void {
  tables.set(locale, table);
  intls.delete(locale);
}

export function hasTable(locale: string): boolean {
  return tables.has(locale);
}

/** Shows every message through `table` (the pseudo-locale), or stops doing so with null. */
export function setOverrideTable(table: MessageTable | null): void {
  override = table;
  intls.delete('override');
  if (table) intls.set('override', createIntl({ locale: SOURCE_LOCALE, messages: table, onError: quiet }, cache));
}

// `{name}` arguments only, no plural/select/number and no ICU quoting: most messages.
const SIMPLE_ARGUMENT = /\{(\w+)\}/g;
const isPlain = (message: string) => !/[{}]/.test(message.replace(SIMPLE_ARGUMENT, '')) && !/'['{}]/.test(message);

/**
 * Formats one message. `{name}` arguments, `plural`, `select`, `number` and `date` are ICU;
 * tags are plain text (`<you@company.com>` stays as typed). A message with only `{name}`
 * arguments is filled in directly, exactly as ICU would (the value as text): FormatJS
 * would first set up Intl.NumberFormat, ~25 ms of the CLI's cold start (`explain` must stay
 * near Node's own start-up, test/bench/cli-cold-start-bench.ts).
 */
function render(intl: () => IntlShape, key: string, message: string, fallback: string, params?: MessageParams): string {
  if (isPlain(message)) return params ? message.replace(SIMPLE_ARGUMENT, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole)) : message;
  return intl().formatMessage({ id: key, defaultMessage: fallback }, params, { ignoreTag: true }) as string;
}

export function createTranslator<T extends MessageTable>(source: T) {
  registerTable(SOURCE_LOCALE, source);
  return function t(key: keyof T & string, params?: MessageParams): string {
    const english = source[key];
    // A key outside the table is a bug the typecheck stops; at run time show the key, never crash.
    if (english === undefined) return key;
    const locale = override ? 'override' : activeLocale();
    const table = override ?? tables.get(locale);
    const translated = table?.[key];
    // A key the locale lacks is English, with English plural rules.
    const [shownLocale, message] = translated === undefined ? [SOURCE_LOCALE, english] : [locale, translated];
    return render(() => intlFor(shownLocale) as IntlShape, key, message, english, params);
  };
}

/**
 * Runs `fn` with `locale` active (and no pseudo-locale), e.g. the IT message "in English"
 * beside the translated one. Synchronous only, so nothing else runs while it is switched.
 */
export function inLocale<R>(locale: Locale, fn: () => R): R {
  const before = activeLocale();
  const pseudo = override;
  setActiveLocale(locale);
  override = null;
  try {
    return fn();
  } finally {
    setActiveLocale(before);
    override = pseudo;
  }
}

/**
 * `{name}` replacement for text that is not a message (the catalogue's PowerShell lines and
 * portal paths, which must stay exactly as Microsoft documents them). Unknown placeholders
 * stay visible so a missing value shows up in review rather than as an empty gap.
 */
export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Whether the table has the key (tests check generated key lists with it). */
export function hasMessage(table: MessageTable, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}
