/**
 * Quotes are shown, exported and sent to IT, so anything that could be a secret is
 * masked first: SASL arguments, long base64/JWT-like runs, "password=…" pairs.
 * Defence in depth: client lines are already dropped before a quote is built.
 */
const SASL_ARGUMENT = /\b(AUTH\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|CRAM-MD5))\s+\S+/gi;
const KEY_VALUE_SECRET = /\b(pass(?:word)?|pwd|secret|token|access_token|refresh_token)(\s*[=:]\s*)\S+/gi;
// Microsoft server ids (FR4P281CA0258) and trailer ids are shorter than 24 characters.
const LONG_TOKEN = /[A-Za-z0-9+/_-]{24,}={0,2}/g;
const MAX_QUOTE = 400;

export function redactQuote(text: string): string {
  const masked = text
    .replace(SASL_ARGUMENT, '$1 [redacted]')
    .replace(KEY_VALUE_SECRET, '$1$2[redacted]')
    .replace(LONG_TOKEN, (token) => (/\d/.test(token) && /[A-Za-z]/.test(token) ? '[redacted]' : token))
    .replace(/\s+/g, ' ')
    .trim();
  return masked.length > MAX_QUOTE ? `${masked.slice(0, MAX_QUOTE - 1)}…` : masked;
}
