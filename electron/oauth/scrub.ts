/**
 * Removes anything token-shaped from a text before it is logged, stored or shown: JWTs
 * (access and ID tokens start "eyJ"), and long runs of base64/base64url (refresh tokens,
 * authorization codes, XOAUTH2 arguments). GUIDs (trace and correlation ids) stay readable.
 */
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
const LONG_OPAQUE = /[A-Za-z0-9+/_~.-]{60,}={0,2}/g;

export function scrubSecrets(text: string): string {
  return text.replace(JWT, '<redacted>').replace(LONG_OPAQUE, '<redacted>');
}
