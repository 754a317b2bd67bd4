/** Decoding of the two SASL mechanisms Microsoft 365 offers: LOGIN and XOAUTH2. */

export const LOGIN_USERNAME_PROMPT = Buffer.from('Username:').toString('base64'); // VXNlcm5hbWU6
export const LOGIN_PASSWORD_PROMPT = Buffer.from('Password:').toString('base64'); // UGFzc3dvcmQ6

/** Strict base64 → UTF-8; null when the text is not base64 (Microsoft answers 501 then). */
export function decodeBase64(text: string): string | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(trimmed) || trimmed.length % 4 !== 0) return null;
  return Buffer.from(trimmed, 'base64').toString('utf8');
}

/**
 * XOAUTH2 initial response: base64("user=" u "\x01auth=Bearer " token "\x01\x01")
 * (Microsoft's SASL XOAUTH2 format, https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth). Null when malformed.
 */
export function decodeXoauth2(text: string): { user: string; token: string } | null {
  const decoded = decodeBase64(text);
  if (decoded === null) return null;
  const fields = new Map<string, string>();
  for (const part of decoded.split('\x01')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const user = fields.get('user');
  const auth = fields.get('auth');
  if (!user || !auth?.startsWith('Bearer ')) return null;
  return { user, token: auth.slice('Bearer '.length) };
}
