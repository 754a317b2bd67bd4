const MONTHS: Readonly<Record<string, number>> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/**
 * The server's clock as stated in its greeting, when it states one. Microsoft's banner
 * ends "ready at Mon, 17 Nov 2026 10:00:00 +0000"; Postfix and most others say nothing.
 */
export function serverTimeFromGreeting(text: string): Date | null {
  const match = /(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*([+-]\d{4}|GMT|UTC|Z)?/.exec(text);
  if (!match) return null;
  const [, day, mon, year, hh, mm, ss, zone] = match;
  const month = MONTHS[(mon ?? '').toLowerCase()];
  if (month === undefined) return null;
  let ms = Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss));
  if (zone && /^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    ms -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
  }
  return Number.isNaN(ms) ? null : new Date(ms);
}
