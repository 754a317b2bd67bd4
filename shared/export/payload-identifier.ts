/**
 * Stable identifiers for Apple profiles. Reinstalling a profile replaces the installed
 * one only when the top-level PayloadIdentifier matches, so it is derived from the
 * address alone (never from time or a random UUID). A short hash keeps two addresses
 * that sanitise to the same text (a.b@x and a-b@x) apart.
 */
const PREFIX = 'app.mailsetupassistant.mail';

/** 32-bit FNV-1a, hex: tiny, deterministic, and enough to separate lookalike addresses. */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function reverseDnsLabel(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/** e.g. alice@example.com → app.mailsetupassistant.mail.com.example.alice.1a2b3c4d */
export function profileIdentifier(address: string): string {
  const normalised = address.trim().toLowerCase();
  const at = normalised.lastIndexOf('@');
  const local = normalised.slice(0, at);
  const domainLabels = normalised.slice(at + 1).split('.').reverse().map(reverseDnsLabel);
  return [PREFIX, ...domainLabels, reverseDnsLabel(local), fnv1a32(normalised)].join('.');
}
