/**
 * The redaction guard every report passes through. The probe already redacts its
 * transcript; this is defence in depth for results loaded from disk or produced by an
 * older build: it strips AUTH arguments, base64 continuation lines, bearer tokens,
 * JWTs, "password=…" pairs, secret-named keys and any secret the caller names.
 */
import { secretForms } from '../secret-forms';
import type { ProbeResult, TranscriptLine } from '../types';

export { secretForms };

export const REDACTED = '[redacted]';
/** Shorter secrets are not stripped by value: they would match ordinary text. */

const SECRET_KEYS = /^(password|passwd|pass|pwd|secret|clientsecret|client_secret|token|accesstoken|access_token|refreshtoken|refresh_token|idtoken|id_token|authorization|credentials?)$/i;
const MECHANISM = /^(PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|CRAM-MD5|DIGEST-MD5|NTLM|GSSAPI|SCRAM-[A-Z0-9-]+|EXTERNAL|ANONYMOUS)$/i;
// An argument after "AUTH <MECHANISM>" (SASL names are upper case, which keeps prose such
// as "SMTP AUTH is off" untouched); the argument is checked against mechanism names below.
const AUTH_WITH_ARGUMENT = /\b(AUTH[ \t]+[A-Z0-9_-]+)[ \t]+(\S+)/g;
// Client lines get the stricter, case-insensitive rule: anything after the mechanism is data.
const CLIENT_AUTH_LINE = /^(\s*AUTH[ \t]+\S+)[ \t]+\S.*$/i;
// Markers the probe (or this guard) already put in place.
const ALREADY_REDACTED = /^[<[]redacted\b/i;
const BEARER = /\b(Bearer)[ \t]+[A-Za-z0-9\-._~+/]+=*/gi;
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
const KEY_VALUE = /\b(password|passwd|pwd|pass|secret|client_secret|access_token|refresh_token|accessToken|refreshToken|token)(\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;&]+)/gi;
const BASE64_TOKEN = /^[A-Za-z0-9+/]+={0,2}$/;
// Commands a client sends in the clear; they happen to be valid base64 too (QUIT, DATA…).
const SMTP_VERBS = /^(EHLO|HELO|MAIL|RCPT|DATA|QUIT|RSET|NOOP|STARTTLS|AUTH|VRFY|EXPN|HELP|BDAT)\b/i;

/** Redacts secrets inside one piece of free text. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    for (const form of secretForms(secret)) out = out.split(form).join(REDACTED);
  }
  return out
    .replace(AUTH_WITH_ARGUMENT, (whole, command: string, argument: string) =>
      // "AUTH LOGIN PLAIN" in a capability list names mechanisms; anything else is credential data.
      MECHANISM.test(argument) || ALREADY_REDACTED.test(argument) ? whole : `${command} ${REDACTED}`,
    )
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(KEY_VALUE, `$1$2${REDACTED}`);
}

/** A client line that is only a base64 blob is an AUTH continuation (user name, password, token). */
function redactTranscriptLine(line: TranscriptLine): TranscriptLine {
  const fromClient = line.marker === '->' || line.marker === '~>';
  const body = line.text.trim();
  if (!fromClient) return line;
  if (body.length >= 4 && BASE64_TOKEN.test(body) && !SMTP_VERBS.test(body)) return { ...line, text: REDACTED };
  const auth = CLIENT_AUTH_LINE.exec(line.text);
  const argument = line.text.slice(auth?.[1]?.length ?? 0).trim();
  if (auth && !ALREADY_REDACTED.test(argument)) return { ...line, text: `${auth[1]?.trim()} ${REDACTED}` };
  return line;
}

/** Deep copy of any JSON value with every string redacted and secret-named keys blanked. */
export function redactValue(value: unknown, secrets: readonly string[] = []): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = SECRET_KEYS.test(key) && item !== null && typeof item !== 'boolean' ? REDACTED : redactValue(item, secrets);
    }
    return out;
  }
  return value;
}

/** The whole result through the guard; transcript continuation lines get the marker-aware rule too. */
export function redactProbeResult(result: ProbeResult, secrets: readonly string[] = []): ProbeResult {
  const copy = redactValue(result, secrets) as ProbeResult;
  return { ...copy, transcript: copy.transcript.map(redactTranscriptLine) };
}
