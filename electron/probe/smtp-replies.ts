/**
 * Reading what the server said: replies, the EHLO offer, the clock in the greeting, and
 * the errors nodemailer or Node raised, each turned into evidence for the classifier.
 * Pure functions; the text arrives already escaped (session.ts escapes at the door).
 */
import type { Evidence } from '../../shared/types';

export interface SmtpReply {
  code: number;
  /** Enhanced status code such as "5.7.139", when the first line carries one. */
  enhanced?: string;
  /** Reply text without code prefixes; multi-line replies joined with "\n". */
  text: string;
}

/** Parses a raw (possibly multi-line) SMTP reply as nodemailer hands it over. */
export function parseReply(raw: string): SmtpReply | null {
  const lines = raw.split(/\r?\n/).filter((line) => line.length > 0);
  const first = lines[0];
  const match = first === undefined ? null : /^(\d{3})(?:[ -]|$)/.exec(first);
  if (!match) return null;
  // Every line of a reply carries the same code (RFC 5321 §4.2.1); "235-a" then "250 b" is no 235.
  if (!lines.every((line) => line.startsWith(match[1] ?? '') && /^\d{3}(?:[ -]|$)/.test(line))) return null;
  const code = Number(match[1]);
  const texts = lines.map((line) => line.replace(/^\d{3}[ -]?/, ''));
  const enhancedMatch = /^([245]\.\d{1,3}\.\d{1,3})(?:\s|$)/.exec(texts[0] ?? '');
  const reply: SmtpReply = { code, text: texts.join('\n') };
  if (enhancedMatch?.[1]) {
    reply.enhanced = enhancedMatch[1];
    texts[0] = (texts[0] ?? '').slice(enhancedMatch[0].length);
    reply.text = texts.join('\n');
  }
  return reply;
}

/** Reply evidence for the classifier; unparsable replies keep their raw text with code 0. */
export function replyEvidence(command: string, raw: string): Evidence {
  const reply = parseReply(raw);
  if (!reply) return { kind: 'reply', command, code: 0, text: raw.trim() };
  return reply.enhanced === undefined
    ? { kind: 'reply', command, code: reply.code, text: reply.text }
    : { kind: 'reply', command, code: reply.code, enhanced: reply.enhanced, text: reply.text };
}

/** One short line for stage details: "535 5.7.139 Authentication unsuccessful, …". */
export function replySummary(raw: string, max = 160): string {
  const firstLine = raw.split(/\r?\n/)[0] ?? '';
  return firstLine.length > max ? `${firstLine.slice(0, max - 1)}…` : firstLine;
}

export interface Capabilities {
  /** Extension keywords with their parameters, e.g. "SIZE 157286400", "AUTH LOGIN XOAUTH2". */
  extensions: string[];
  /** SASL mechanisms in upper case, as advertised. */
  authMechanisms: string[];
  /** Whether an AUTH line was present at all (it may list nothing we know). */
  authAdvertised: boolean;
  starttls: boolean;
  pipelining: boolean;
  size: number | null;
}

export const NO_CAPABILITIES: Readonly<Capabilities> = {
  extensions: [],
  authMechanisms: [],
  authAdvertised: false,
  starttls: false,
  pipelining: false,
  size: null,
};

/** Reads an EHLO reply: the first line is the server's name, the rest are extensions. */
export function parseEhlo(raw: string): Capabilities {
  const reply = parseReply(raw);
  if (!reply || reply.code < 200 || reply.code > 299) return { ...NO_CAPABILITIES, extensions: [] };
  // The enhanced-code parse does not apply to EHLO; take the lines as they came.
  const lines = raw
    .split(/\r?\n/)
    .map((line) => line.replace(/^\d{3}[ -]?/, '').trim())
    .filter((line) => line.length > 0)
    .slice(1);
  const mechanisms = new Set<string>();
  let authAdvertised = false;
  let size: number | null = null;
  for (const line of lines) {
    // Old servers also send the pre-RFC form "AUTH=LOGIN".
    const auth = /^AUTH(?:[\s=](.*))?$/i.exec(line);
    if (auth) {
      authAdvertised = true;
      for (const mech of (auth[1] ?? '').split(/[\s=]+/)) if (mech) mechanisms.add(mech.toUpperCase());
    }
    const sizeMatch = /^SIZE(?:\s+(\d+))?$/i.exec(line);
    if (sizeMatch) size = sizeMatch[1] === undefined ? null : Number(sizeMatch[1]);
  }
  const keywords = new Set(lines.map((line) => (line.split(/[\s=]/)[0] ?? '').toUpperCase()));
  return {
    extensions: lines,
    authMechanisms: [...mechanisms],
    authAdvertised,
    starttls: keywords.has('STARTTLS'),
    pipelining: keywords.has('PIPELINING'),
    size,
  };
}

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

/** What the probe reads from an error nodemailer or Node raised. */
export interface ErrorLike {
  code?: string;
  originalCode?: string;
  message?: string;
  response?: string;
  command?: string;
  library?: string;
}

/** Codes that come from the TLS layer rather than the network. */
export function isTlsErrorCode(code: string | undefined): boolean {
  return code !== undefined && /^(ERR_SSL_|ERR_TLS_|ERR_OSSL_)/.test(code);
}

/**
 * Evidence from an error: the server's reply when there is one, and the socket or TLS
 * error underneath. `command` names what was in flight when nodemailer did not say.
 */
export function errorEvidence(error: unknown, command: string): Evidence[] {
  const e = (error ?? {}) as ErrorLike;
  const evidence: Evidence[] = [];
  if (typeof e.response === 'string' && e.response.trim()) {
    evidence.push(replyEvidence(e.command && e.command !== 'CONN' ? e.command : command, e.response));
  }
  const code = e.originalCode ?? e.code;
  const message = firstLine(e.message ?? String(error));
  if (isTlsErrorCode(code) || e.library === 'SSL routines') {
    evidence.push({ kind: 'tls-error', code: code ?? 'ERR_SSL', message });
  } else if (code === 'ETIMEDOUT' && !e.originalCode) {
    evidence.push({ kind: 'fact', fact: 'timeout', detail: message, params: { command } });
  } else if (code === 'ECONNECTION' || /closed unexpectedly/i.test(message)) {
    // nodemailer's "Connection closed unexpectedly": to the person, a reset connection.
    evidence.push({ kind: 'socket-error', code: 'ECONNRESET', message });
  } else if (code && evidence.length === 0 && !/^E(AUTH|ENVELOPE|MESSAGE|PROTOCOL)$/.test(code)) {
    evidence.push({ kind: 'socket-error', code, message });
  }
  return evidence;
}

/** One line for a stage detail or the transcript. */
export function errorSummary(error: unknown): string {
  const e = (error ?? {}) as ErrorLike;
  const code = e.originalCode ?? e.code;
  const message = firstLine(e.message ?? String(error));
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

function firstLine(message: string): string {
  return message.split(/\r?\n/)[0]?.trim() ?? '';
}
