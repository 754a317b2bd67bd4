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

/** Every fact placeholder with its value as people read it. */
export function factPlaceholderValues(): Record<FactPlaceholder, string> {
  const entries = Object.entries(FACT_PLACEHOLDERS).map(([name, id]) => {
    const value = factValue(id);
    return [name, COUNT_PLACEHOLDERS.has(name as FactPlaceholder) ? formatNumber(Number(value)) : formatFactValue(value)];
  });
  return Object.fromEntries(entries) as Record<FactPlaceholder, string>;
}
