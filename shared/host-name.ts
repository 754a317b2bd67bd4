/**
 * The host-name rule: RFC 1123 labels (letters, digits, hyphens, 1–63 characters, no
 * hyphen at either end) and at most 253 characters in all, as DNS carries them, or an
 * IPv4 address. Internationalised names (IDNs) are accepted as typed and go on the wire
 * in their ASCII (punycode, `xn--`) form, RFC 5890/5891; people see them in Unicode.
 * Pure: the userland punycode.js package, because shared/ cannot use Node's `url`.
 */
import punycode from 'punycode.js';

// A default import: the package is CommonJS, and Node's ESM loader sees no named exports in it.
const { decode, toASCII, toUnicode } = punycode;

const MAX_HOST = 253;
const ASCII_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
// A Unicode label may hold letters, marks and digits (IDNA2008 allows nothing else, RFC 5892)
// and hyphens, but no symbol, space, control or format character.
const UNICODE_LABEL = /^[\p{L}\p{M}\p{N}-]+$/u;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
// The full stops IDNA treats as label separators (RFC 3490 §3.1): ideographic, fullwidth, halfwidth.
const DOTS = /[\u3002\uff0e\uff61]/g;

export function isIPv4(value: string): boolean {
  return IPV4.test(value);
}

/**
 * The ASCII form of a host name as it goes to DNS, TLS (SNI) and EHLO, or null when the
 * value is not a host name. A trailing dot is dropped; Unicode labels are normalised
 * (NFC, lower case) and punycode-encoded; ASCII labels keep their case.
 */
export function toWireHost(value: string): string | null {
  // A Unicode form is never longer than its ASCII form, so this bound is safe and
  // keeps a pasted megabyte away from the encoder.
  if (value.length === 0 || value.length > MAX_HOST + 1) return null;
  const host = value.replace(DOTS, '.').replace(/\.$/, '');
  if (host.length === 0) return null;
  if (IPV4.test(host)) return host;
  const labels = host.split('.');
  const ascii: string[] = [];
  for (const label of labels) {
    const wire = wireLabel(label);
    if (wire === null) return null;
    ascii.push(wire);
  }
  const joined = ascii.join('.');
  if (joined.length > MAX_HOST) return null;
  // An all-digit last label would be a malformed IP address, not a name.
  if (/^\d+$/.test(ascii[ascii.length - 1] ?? '')) return null;
  return joined;
}

function wireLabel(label: string): string | null {
  if (/^[\x20-\x7e]*$/.test(label)) {
    if (!ASCII_LABEL.test(label)) return null;
    // An A-label must decode to something a person could have typed (RFC 5891 §5.4).
    if (/^xn--/i.test(label)) return decodesToUnicodeLabel(label.slice(4)) ? label : null;
    return label;
  }
  const unicode = label.normalize('NFC').toLowerCase();
  if (!UNICODE_LABEL.test(unicode) || unicode.startsWith('-') || unicode.endsWith('-')) return null;
  let encoded: string;
  try {
    encoded = toASCII(unicode);
  } catch {
    return null;
  }
  return ASCII_LABEL.test(encoded) ? encoded : null;
}

function decodesToUnicodeLabel(punycode: string): boolean {
  try {
    const decoded = decode(punycode);
    return decoded.length > 0 && UNICODE_LABEL.test(decoded) && !/^[\x20-\x7e]*$/.test(decoded);
  } catch {
    return false;
  }
}

/** Whether the value is a host name (ASCII or Unicode) or an IPv4 address. */
export function isHostName(value: string): boolean {
  return toWireHost(value) !== null;
}

/**
 * The form to show people: Unicode labels for `xn--` labels. A name is shown in ASCII
 * when its Unicode form would hold anything but letters, marks, digits and hyphens, so
 * a crafted A-label can never put a control or reordering character on screen.
 */
export function toDisplayHost(value: string): string {
  const wire = toWireHost(value);
  if (wire === null) return value;
  let unicode: string;
  try {
    unicode = toUnicode(wire);
  } catch {
    return wire;
  }
  return unicode.split('.').every((label) => UNICODE_LABEL.test(label)) ? unicode : wire;
}
