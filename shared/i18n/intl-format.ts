import { activeLocale } from './active-locale';
import type { Locale } from './translation';

/**
 * Values inside sentences (dates, times, numbers, durations, lists) in the words of the
 * active locale, through the platform's Intl (full ICU in Node 20, Chromium and Electron),
 * so no message or code spells a month, a unit or "and" in English.
 */

/**
 * The BCP 47 tag Intl formats with. The English messages are written in British English
 * ("organisation", "1 October 2026"), so English values follow en-GB rather than en-US.
 */
export function intlLocale(locale: Locale = activeLocale()): string {
  return locale === 'en' ? 'en-GB' : locale;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function utcDay(year: string, month: string, day = '01'): Date {
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** "2026-10-01" → "1 October 2026" / "1. Oktober 2026": the day as written, no time zone involved. */
export function formatDay(isoDay: string): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${isoDay}`);
  const [, year = '', month = '', day = ''] = match;
  return new Intl.DateTimeFormat(intlLocale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDay(year, month, day));
}

/** "2026-12" → "December 2026" / "Dezember 2026". */
export function formatMonth(isoMonth: string): string {
  const match = ISO_MONTH.exec(isoMonth);
  if (!match) throw new Error(`not a YYYY-MM month: ${isoMonth}`);
  const [, year = '', month = ''] = match;
  return new Intl.DateTimeFormat(intlLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDay(year, month));
}

/**
 * A moment with its date, time and time zone name, e.g. "2 December 2026 at 09:30:00 GMT+1"
 * / "2. Dezember 2026 um 09:30:00 MEZ". `timeZone` defaults to this computer's zone.
 */
export function formatDateTime(moment: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long', timeStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(moment);
}

/** A moment as date and short time in this computer's zone ("2 Dec 2026, 09:30"). */
export function formatShortDateTime(moment: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(moment);
}

/** 10000 → "10,000" / "10.000"; `fractionDigits` fixes the decimals (1.2 → "1.20" / "1,20"). */
export function formatNumber(value: number, fractionDigits?: number): string {
  const digits = fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return new Intl.NumberFormat(intlLocale(), digits).format(value);
}

type DurationUnit = 'minute' | 'hour' | 'day';

/** A count with its unit, singular or plural as the language needs: "1 minute", "8 Minuten". */
export function formatDuration(value: number, unit: DurationUnit): string {
  return new Intl.NumberFormat(intlLocale(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

export const formatMinutes = (value: number): string => formatDuration(value, 'minute');
export const formatHours = (value: number): string => formatDuration(value, 'hour');
export const formatDays = (value: number): string => formatDuration(value, 'day');

/** ["a", "b", "c"] → "a, b and c" / "a, b und c" (conjunction), or "a, b or c" (disjunction). */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(intlLocale(), { type, style: 'long' }).format(items);
}
