/** Shorter values are not scrubbed by value: they would match ordinary text. */
export const MIN_SECRET_LENGTH = 4;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The forms a secret can take on the wire and in logs: as is, and base64 at each of the
 * three byte alignments (inside a longer SASL payload such as PLAIN's "\0user\0pass" or
 * XOAUTH2's "user=…\x01auth=Bearer …" it is encoded at an offset). Only the characters
 * fixed by the secret's own bytes are kept, so the core matches wherever the secret sits.
 * Longest first, so a longer form is replaced before a shorter one inside it. Pure, so the
 * probe (main) and the exporters (shared) scrub exactly the same forms.
 */
export function secretForms(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const bytes = new TextEncoder().encode(secret);
  const forms = new Set<string>([secret, base64(bytes)]);
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const core = base64(padded).slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    if (core.length >= MIN_SECRET_LENGTH) forms.add(core);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
