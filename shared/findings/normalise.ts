import type { Evidence } from '../types';
import type { ErrorLike } from './classify-types';
import { redactQuote } from './redact-quote';
import { parseReplyText, type ReplySegment } from './reply-text';
import { KNOWN_ERROR_CODES } from './known-codes';
import type { Signal } from './signal';

const TRAILER = /\[[a-z0-9][a-z0-9.-]*\.[a-z]{2,}(?:\s[^\]]*)?\]/gi;
const CODE_LIKE = /\b(?:E[A-Z]{3,}|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/gi;
const EVIDENCE_KINDS = new Set(['reply', 'socket-error', 'tls-error', 'fact', 'text']);

/** Lower case, trailer-free, one line: the form every text rule is written against. */
export function normaliseText(text: string): string {
  return text
    .replace(TRAILER, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function errorCodesIn(...texts: readonly unknown[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    for (const m of text.matchAll(CODE_LIKE)) {
      const code = m[0].toUpperCase();
      if (KNOWN_ERROR_CODES.has(code)) found.add(code);
    }
  }
  return [...found];
}

function fromSegment(segment: ReplySegment, command: string | undefined): Signal {
  const signal: Signal = {
    text: normaliseText(segment.text),
    errorCodes: errorCodesIn(segment.text),
    quote: redactQuote(segment.raw),
  };
  if (segment.code !== undefined) signal.code = segment.code;
  if (segment.enhanced !== undefined) signal.enhanced = segment.enhanced;
  const cmd = segment.command ?? command;
  if (cmd) signal.command = cmd.toUpperCase();
  return signal;
}

/** Free text: one signal per failure reply found, plus one for the remaining lines. */
function fromText(text: string, command?: string, extraCodes: readonly string[] = []): Signal[] {
  const parsed = parseReplyText(text);
  // 2xx/3xx lines in a pasted log are the server saying "fine"; they explain nothing.
  const signals = parsed.replies.filter((r) => r.code === undefined || r.code >= 400).map((r) => fromSegment(r, command));
  const rest = parsed.other.join('\n');
  const onlySuccess = parsed.replies.length > 0 && signals.length === 0;
  if (rest.trim() || extraCodes.length > 0 || (signals.length === 0 && !onlySuccess)) {
    const signal: Signal = {
      text: normaliseText(rest),
      errorCodes: [...new Set([...extraCodes, ...errorCodesIn(rest)])],
      quote: redactQuote(rest || text),
    };
    if (command) signal.command = command.toUpperCase();
    signals.push(signal);
  }
  return signals;
}

function fromEvidence(evidence: Evidence): Signal[] {
  switch (evidence.kind) {
    case 'reply': {
      if (evidence.code < 400) return [];
      const enhanced = evidence.enhanced ?? /^\s*([245]\.\d{1,3}\.\d{1,3})\b/.exec(evidence.text)?.[1];
      const body = evidence.text
        .split('\n')
        .map((line) => (enhanced ? line.replace(new RegExp(`^\\s*${enhanced.replace(/\./g, '\\.')}\\s*`), '') : line))
        .join(' ');
      const signal: Signal = {
        code: evidence.code,
        text: normaliseText(body),
        errorCodes: [],
        command: evidence.command.toUpperCase(),
        quote: redactQuote(`${evidence.code} ${enhanced ? `${enhanced} ` : ''}${body}`),
      };
      if (enhanced) signal.enhanced = enhanced;
      return [signal];
    }
    case 'socket-error':
    case 'tls-error':
      return [
        {
          text: normaliseText(evidence.message),
          errorCodes: [...new Set([evidence.code.toUpperCase(), ...errorCodesIn(evidence.message)])],
          quote: redactQuote(`${evidence.code}: ${evidence.message}`),
        },
      ];
    case 'fact':
      return [{ text: '', errorCodes: [], fact: evidence.fact, quote: redactQuote(evidence.detail ?? '') }];
  }
}

function fromError(error: ErrorLike, depth: number): Signal[] {
  const codes = [error.code, error.originalCode, error.timeoutType].filter((c): c is string => typeof c === 'string');
  const command = typeof error.command === 'string' ? error.command : undefined;
  const message = typeof error.message === 'string' ? error.message : '';
  const response = typeof error.response === 'string' ? error.response : '';
  const reason = typeof error.reason === 'string' ? error.reason : '';
  // nodemailer appends the response to the message; classify it once, from the message.
  const text = response && !message.includes(response) ? `${message}\n${response}` : message;
  const signals = fromText([text, reason].filter(Boolean).join('\n'), command, codes.map((c) => c.toUpperCase()));
  if (depth < 2 && error.cause && typeof error.cause === 'object') signals.push(...fromError(error.cause as ErrorLike, depth + 1));
  return signals;
}

/** Any classifier input → signals. Never throws on odd input; unknown shapes become text. */
export function toSignals(input: unknown): Signal[] {
  if (typeof input === 'string') return fromText(input);
  if (input === null || typeof input !== 'object') return fromText(input === undefined ? '' : String(input));
  const kind = (input as { kind?: unknown }).kind;
  if (typeof kind === 'string' && EVIDENCE_KINDS.has(kind)) {
    if (kind === 'text') {
      const text = (input as { text?: unknown }).text;
      return fromText(typeof text === 'string' ? text : '');
    }
    return fromEvidence(input as Evidence);
  }
  return fromError(input as ErrorLike, 0);
}
