import { fact } from '../facts';
import { t, type MessageKey } from '../i18n';
import { formatDay, formatMonth, formatNumber } from '../i18n/intl-format';

/** A fact's value; facts without one are claims only and cannot be placed in words. */
export function factValue(id: string): string {
  const value = fact(id).value;
  if (value === undefined) throw new Error(`fact "${id}" has no value to show`);
  return value;
}

/** The i18n key of a fact's words (an admin portal path); facts without one are a bug here. */
export function factWords(id: string): MessageKey {
  const words = fact(id).words;
  if (words === undefined) throw new Error(`fact "${id}" has no words to show`);
  return words;
}

/**
 * Placeholders the finding words may use for dated or changeable values, each bound to
 * the fact that holds it. Words write `{m365Host}`, never the host itself, so a corrected
 * fact corrects every sentence (the facts test checks no word repeats a value).
 */
export const FACT_PLACEHOLDERS = {
  m365Host: 'host.m365-smtp',
  m365Port: 'port.m365-submission',
  port465: 'port.465-unsupported',
  tlsMinimum: 'tls.minimum-version',
  outlookComHost: 'host.outlook-com-smtp',
  legacyHost: 'host.legacy-tls',
  obsoleteHost: 'host.obsolete-regional',
  loginHost: 'host.entra-login',
  smtpSendScope: 'oauth.smtp-send-scope',
  basicOffMonth: 'smtp-auth.basic-off-by-default',
  finalDateHalf: 'smtp-auth.final-date-announcement',
  outlookComEnded: 'outlook-com.basic-auth-ended',
  g2Root: 'tls.digicert-g2',
  recipientsPerDay: 'limits.recipients-per-day',
  concurrentConnections: 'limits.concurrent-connections',
  delistPortal: 'ndr.5.7.606-banned-ip',
  mxSuffix: 'mx.worldwide-suffix',
} as const satisfies Record<string, string>;

export type FactPlaceholder = keyof typeof FACT_PLACEHOLDERS;

/** Placeholders whose value is a count: written with the locale's digit grouping ("10,000", "10.000"). */
const COUNT_PLACEHOLDERS: ReadonlySet<FactPlaceholder> = new Set(['recipientsPerDay', 'concurrentConnections']);

/** Dates in facts are ISO-like (2024-09-16, 2026-12, 2027-H2); people read them in words, through Intl. */
export function formatFactValue(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  if (/^\d{4}-\d{2}$/.test(value)) return formatMonth(value);
  const half = /^(\d{4})-H([12])$/.exec(value);
  if (half) return t(half[2] === '1' ? 'finding.date.first-half' : 'finding.date.second-half', { year: half[1] ?? '' });
  return value;
}

/** One fact placeholder's value as people read it. */
export function factPlaceholderValue(name: FactPlaceholder): string {
  const value = factValue(FACT_PLACEHOLDERS[name]);
  return COUNT_PLACEHOLDERS.has(name) ? formatNumber(Number(value)) : formatFactValue(value);
}

/** Every fact placeholder with its value as people read it. */
export function factPlaceholderValues(): Record<FactPlaceholder, string> {
  return Object.fromEntries(FACT_PLACEHOLDER_NAMES.map((name) => [name, factPlaceholderValue(name)])) as Record<FactPlaceholder, string>;
}

export const FACT_PLACEHOLDER_NAMES = Object.keys(FACT_PLACEHOLDERS) as FactPlaceholder[];

/**
 * Message values where some are worked out only when a message reads them: a date or a
 * number goes through Intl, whose first date or number format costs ~15 ms (its locale
 * data), and most findings name no date at all (`npm run bench -- 6`, explain's cold start).
 * Each value is worked out once; the object reads like a plain one (own, enumerable keys).
 */
export function lazyValues<T extends Record<string, string | number>>(plain: T, later: Record<string, () => string | number>): T & Record<string, string | number> {
  const values: Record<string, string | number> = { ...plain };
  for (const [name, compute] of Object.entries(later)) {
    let cached: string | number | undefined;
    Object.defineProperty(values, name, { enumerable: true, configurable: false, get: () => (cached ??= compute()) });
  }
  return values as T & Record<string, string | number>;
}
