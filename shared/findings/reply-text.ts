/**
 * Finds SMTP replies inside free text: a pasted bounce, a library error message
 * ("Invalid login: 535 5.7.3 …"), a PHPMailer debug log, a Python tuple
 * (`(535, b'5.7.139 …')`) or a .NET message ("The server response was: 5.7.57 …").
 */
export interface ReplySegment {
  code?: number;
  enhanced?: string;
  /** Reply text after the codes, original case. */
  text: string;
  /** The reply as written, from its code on (for quoting). */
  raw: string;
  /** Client command seen just before this reply in a transcript ("AUTH XOAUTH2"). */
  command?: string;
}

export interface ParsedText {
  replies: ReplySegment[];
  /** Lines that are neither replies nor client lines: error messages, tracebacks. */
  other: string[];
}

// Python's smtplib exceptions carry (code, b'text'[, sender]).
const PY_TUPLE = /\(\s*([2-5][0-5]\d)\s*,\s*b?(['"])((?:\\.|(?!\2).)*)\2\s*[,)]/gi;
const CLIENT_LINE = /client\s*->\s*server|^\s*(?:c:|->|~>)\s/i;
const SERVER_PREFIX = /^.*?(?:server\s*->\s*client:|smtp -> from server:)\s*|^\s*(?:s:|<-|<~|\*\*\*)\s*/i;
const CLIENT_AUTH = /\bAUTH\s+(XOAUTH2|OAUTHBEARER|LOGIN|PLAIN|CRAM-MD5)\b/i;
// "535 5.7.139" anywhere; a bare "535" only where a reply can start (line start, after ":", "=", "(").
// "535: 5.7.3" (MailKit) joins the two codes with a colon.
const CODE_AND_ENHANCED = /(?<![\w.])([2-5][0-5]\d)(-|:?[ \t]+)#?([245]\.\d{1,3}\.\d{1,3})(?![\w.])/g;
// A bare code must be followed by its text, and a colon before it must be followed by a
// space: "ssl3_record.c:355" is a line number and "20.190.160.1:443" a port. Bounces write
// "smtp; 421 …" and Exchange NDRs "#550 …" / "#5.1.0".
const BARE_CODE = /(?:^\s*|[=(;#]\s*|:\s+)([2-5][0-5]\d)(?=[ \t-])(-?)/g;
const BARE_ENHANCED = /(?:^\s*|[:=(#]\s*)([245]\.\d{1,3}\.\d{1,3})(?=[\s,;]|$)/g;

interface Anchor {
  start: number;
  end: number;
  code?: number;
  enhanced?: string;
  continued: boolean;
}

function unescapePython(body: string): string {
  return body.replace(/\\r\\n|\\n|\\r/g, ' ').replace(/\\(['"\\])/g, '$1');
}

function anchorsOf(line: string): Anchor[] {
  const found: Anchor[] = [];
  for (const m of line.matchAll(CODE_AND_ENHANCED)) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, code: Number(m[1]), enhanced: m[3], continued: m[2] === '-' });
  }
  const taken = (at: number) => found.some((a) => at >= a.start && at < a.end);
  for (const m of line.matchAll(BARE_CODE)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    if (!taken(start)) found.push({ start, end: start + 3 + (m[2] ?? '').length, code: Number(m[1]), continued: m[2] === '-' });
  }
  for (const m of line.matchAll(BARE_ENHANCED)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    if (!taken(start)) found.push({ start, end: start + (m[1] ?? '').length, enhanced: m[1], continued: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

function stripRepeatedEnhanced(text: string, enhanced: string | undefined): string {
  return enhanced ? text.replace(new RegExp(`^${enhanced.replace(/\./g, '\\.')}\\s*`), '') : text;
}

export function parseReplyText(input: string): ParsedText {
  const text = input.replace(PY_TUPLE, (_all, code: string, _q: string, body: string) => `\n${code} ${unescapePython(body)}\n`);
  const replies: ReplySegment[] = [];
  const other: string[] = [];
  let command: string | undefined;
  let previousContinued = false;
  let previousReply: ReplySegment | undefined;

  for (const rawLine of text.split(/\r?\n/)) {
    if (CLIENT_LINE.test(rawLine)) {
      const auth = CLIENT_AUTH.exec(rawLine);
      command = auth ? `AUTH ${(auth[1] ?? '').toUpperCase()}` : undefined;
      continue;
    }
    const line = rawLine.replace(SERVER_PREFIX, '');
    const anchors = anchorsOf(line);
    if (anchors.length === 0) {
      const rest = line.trim();
      // A bounce wrapped by a mail client continues its reply on the next line.
      if (rest && previousReply) {
        previousReply.text = `${previousReply.text} ${rest}`;
        previousReply.raw = `${previousReply.raw}\n${rest}`;
      }
      if (rest) other.push(rest);
      previousReply = undefined;
      previousContinued = false;
      continue;
    }
    anchors.forEach((anchor, i) => {
      const next = anchors[i + 1];
      const end = next ? next.start : line.length;
      const body = stripRepeatedEnhanced(line.slice(anchor.end, end).trim(), anchor.enhanced);
      const raw = line.slice(anchor.start, end).trim();
      const last = replies[replies.length - 1];
      // Multi-line reply: "535-5.7.3 …" followed by "535 5.7.3 …" is one reply.
      if (previousContinued && i === 0 && last && last.code === anchor.code) {
        last.text = `${last.text} ${body}`.trim();
        last.raw = `${last.raw}\n${raw}`;
        previousReply = last;
      } else {
        const segment: ReplySegment = { text: body, raw };
        if (anchor.code !== undefined) segment.code = anchor.code;
        if (anchor.enhanced !== undefined) segment.enhanced = anchor.enhanced;
        if (command !== undefined) segment.command = command;
        replies.push(segment);
        previousReply = segment;
      }
      previousContinued = anchor.continued;
    });
  }
  return { replies, other };
}
