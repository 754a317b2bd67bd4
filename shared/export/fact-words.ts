/**
 * Values from the facts table in the words people read: "1 October 2026" rather than
 * "2026-10-01". Texts take dates from here so a corrected fact changes every sentence.
 */
import { fact } from '../facts';
import { formatDay, formatMinutes, formatMonth } from '../i18n/intl-format';

/** "2026-10-01" → "1 October 2026" in the active locale (the day as written, no time zone involved). */
export function longDate(isoDay: string): string {
  return formatDay(isoDay);
}

export function factValue(id: string): string {
  const value = fact(id).value;
  if (value === undefined) throw new Error(`fact "${id}" has no value`);
  return value;
}

/** A fact's date (YYYY-MM-DD or YYYY-MM) in words, for a sentence's {date} or {month}. */
export function factDate(id: string): string {
  const value = factValue(id);
  return /^\d{4}-\d{2}$/.test(value) ? formatMonth(value) : formatDay(value);
}

/** How long iOS keeps a downloaded profile waiting for Install, as words: "8 minutes". */
export function iosProfileWindow(): string {
  return formatMinutes(Number(factValue('ios.profile-install')));
}

/** The EWS dates as message parameters: {blockedFrom} and {off}. */
export function ewsDates(): { blockedFrom: string; off: string } {
  return { blockedFrom: longDate(factValue('exchange-online.ews-blocked-from')), off: longDate(factValue('exchange-online.ews-off')) };
}

/** True once Exchange Online has switched EWS off for good: no EWS profile can work any more. */
export function ewsIsGone(now: Date): boolean {
  return now.toISOString().slice(0, 10) >= factValue('exchange-online.ews-off');
}
