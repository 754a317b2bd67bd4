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
