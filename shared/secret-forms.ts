/** Shorter values are not scrubbed by value: they would match ordinary text. */
export const MIN_SECRET_LENGTH = 4;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const base64url = (text: string) => text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const lowerPercent = (text: string) => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());

/**
 * The forms a secret can take on the wire and in logs: as is; base64 and base64url at
 * each of the three byte alignments (inside a longer SASL payload such as PLAIN's
 * "\0user\0pass" or XOAUTH2's "user=…\x01auth=Bearer …" it is encoded at an offset; only
 * the characters fixed by the secret's own bytes are kept, so the core matches wherever
 * the secret sits); URL-encoded (a form body or query string, %XX in either case, space
 * as %20 or +, and every byte escaped); and hex in either case (a byte dump). Longest
 * first, so a longer form is replaced before a shorter one inside it. Pure, so the probe
 * (main) and the exporters (shared) scrub exactly the same forms.
 */
export function secretForms(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const bytes = new TextEncoder().encode(secret);
  const forms = new Set<string>([secret, base64(bytes), base64url(base64(bytes))]);
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const core = base64(padded).slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    forms.add(core);
    forms.add(base64url(core));
  }
  const component = encodeURIComponent(secret);
  const everyByte = [...bytes].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  for (const encoded of [component, component.replace(/%20/g, '+'), everyByte]) {
    forms.add(encoded);
    forms.add(lowerPercent(encoded));
  }
  forms.add(hex(bytes));
  forms.add(hex(bytes).toUpperCase());
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}
