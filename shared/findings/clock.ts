/**
 * This computer's clock against the server's: SMTP greetings often carry the server's
 * time ("220 … Microsoft ESMTP MAIL Service ready at Mon, 8 Aug 2016 13:27:39 +0000").
 * Certificates are issued hours before use, so only a real offset explains a certificate
 * that looks expired or not yet valid; under a few minutes the clock is right.
 */
export const CLOCK_TOLERANCE_MINUTES = 5;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// RFC 5322 date-time, the form Exchange, Postfix and Exim put in their 220 line.
const RFC5322_DATE = /\b(?:(?:mon|tue|wed|thu|fri|sat|sun),\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|gmt|utc|z)\b/i;

/** The date a greeting states, or undefined when it states none with a time zone. */
export function greetingDate(text: string): Date | undefined {
  const m = RFC5322_DATE.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[2] ?? '').toLowerCase());
  if (month < 0) return undefined;
  const zone = (m[7] ?? '').toLowerCase();
  const offsetMinutes = /^[+-]\d{4}$/.test(zone) ? (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) : 0;
  const utc = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  const date = new Date(utc - offsetMinutes * 60_000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Minutes this computer is ahead (positive) or behind (negative) of the server. */
export function clockOffsetMinutes(localTime: Date, serverTime: Date): number {
  return Math.round((localTime.getTime() - serverTime.getTime()) / 60_000);
}

export function clockIsOff(offsetMinutes: number | undefined): boolean | undefined {
  return offsetMinutes === undefined ? undefined : Math.abs(offsetMinutes) >= CLOCK_TOLERANCE_MINUTES;
}
