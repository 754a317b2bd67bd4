import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../../../shared/i18n/active-locale';
import {
  formatDateTime,
  formatDay,
  formatDays,
  formatHours,
  formatList,
  formatMinutes,
  formatMonth,
  formatNumber,
  formatShortDateTime,
  intlLocale,
} from '../../../shared/i18n/intl-format';

afterEach(() => setActiveLocale('en'));

// One moment in winter: 09:30 UTC is 10:30 in Berlin (CET, UTC+1).
const MOMENT = new Date(Date.UTC(2026, 11, 2, 9, 30, 0));

describe('Intl formatting follows the active locale', () => {
  it('formats English values in British English, as the messages are written', () => {
    expect(intlLocale()).toBe('en-GB');
    expect(formatDay('2026-10-01')).toBe('1 October 2026');
    expect(formatMonth('2026-12')).toBe('December 2026');
    expect(formatNumber(10000)).toBe('10,000');
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(8)).toBe('8 minutes');
    expect(formatHours(3)).toBe('3 hours');
    expect(formatDays(1)).toBe('1 day');
    expect(formatList(['PLAIN', 'LOGIN', 'XOAUTH2'])).toBe('PLAIN, LOGIN and XOAUTH2');
    expect(formatList(['a', 'b'], 'disjunction')).toBe('a or b');
    expect(formatDateTime(MOMENT, 'UTC')).toBe('2 December 2026 at 09:30:00 UTC');
    expect(formatShortDateTime(MOMENT, 'UTC')).toBe('2 Dec 2026, 09:30');
  });

  it('formats German values in German', () => {
    setActiveLocale('de');
    expect(intlLocale()).toBe('de');
    expect(formatDay('2026-10-01')).toBe('1. Oktober 2026');
    expect(formatMonth('2026-12')).toBe('Dezember 2026');
    expect(formatNumber(10000)).toBe('10.000');
    expect(formatMinutes(1)).toBe('1 Minute');
    expect(formatMinutes(8)).toBe('8 Minuten');
    expect(formatHours(3)).toBe('3 Stunden');
    expect(formatDays(2)).toBe('2 Tage');
    expect(formatList(['PLAIN', 'LOGIN', 'XOAUTH2'])).toBe('PLAIN, LOGIN und XOAUTH2');
    expect(formatList(['a', 'b'], 'disjunction')).toBe('a oder b');
    expect(formatDateTime(MOMENT, 'Europe/Berlin')).toBe('2. Dezember 2026 um 10:30:00 MEZ');
    expect(formatShortDateTime(MOMENT, 'Europe/Berlin')).toBe('02.12.2026, 10:30');
  });

  it('names the time zone in the long form, so a reader abroad knows which clock', () => {
    expect(formatDateTime(MOMENT, 'America/New_York')).toBe('2 December 2026 at 04:30:00 GMT-5');
  });

  it('rejects a day or month that is not ISO, which is a bug in a fact', () => {
    expect(() => formatDay('1 Oct 2026')).toThrow(/YYYY-MM-DD/);
    expect(() => formatMonth('2026-H2')).toThrow(/YYYY-MM/);
  });
});
