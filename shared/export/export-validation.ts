/**
 * Validation for everything that ends up inside an exported file. Values reach XML,
 * INI, HTML and (via the profile) an SMTP session, so line breaks, NUL and other
 * control characters are refused outright rather than escaped.
 */
import { z } from 'zod';
import { t, type MessageKey } from '../i18n';

// C0, DEL, C1 and the Unicode line/paragraph separators: none belongs in a setting.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const HOST_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export const MAX_TEXT_LENGTH = 128;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/** Host names as DNS writes them (letters, digits, hyphens; IDNs in xn-- form) or an IPv4 address. */
export function isHostName(value: string): boolean {
  const host = value.endsWith('.') ? value.slice(0, -1) : value;
  if (host.length === 0 || host.length > 253) return false;
  if (IPV4.test(host)) return true;
  const labels = host.split('.');
  // An all-digit last label would be a malformed IP address, not a name.
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every((label) => HOST_LABEL.test(label));
}

export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL_PART.test(local) && domain.includes('.') && isHostName(domain) && !IPV4.test(domain);
}

function fieldName(field: MessageKey): string {
  return t(field);
}

/** A trimmed string that refuses control characters, with a message naming the field. */
function cleanString(field: MessageKey, max: number = MAX_TEXT_LENGTH) {
  return z
    .string()
    .superRefine((value, ctx) => {
      if (hasControlCharacters(value)) {
        ctx.addIssue({ code: 'custom', message: t('export.invalid.control-characters', { field: fieldName(field) }) });
      } else if (value.trim().length > max) {
        ctx.addIssue({ code: 'custom', message: t('export.invalid.text-too-long', { field: fieldName(field), max }) });
      }
    })
    .transform((value) => value.trim());
}

export function textField(field: MessageKey) {
  return cleanString(field);
}

export function addressField(field: MessageKey = 'export.field.address') {
  return cleanString(field, 254).superRefine((value, ctx) => {
    if (!isEmailAddress(value)) ctx.addIssue({ code: 'custom', message: t('export.invalid.address', { value }) });
  });
}

export function hostField(field: MessageKey) {
  return cleanString(field, 253)
    .superRefine((value, ctx) => {
      if (!isHostName(value)) ctx.addIssue({ code: 'custom', message: t('export.invalid.host', { value }) });
    })
    .transform((value) => value.replace(/\.$/, '').toLowerCase());
}

export function portField() {
  return z.number({ error: () => t('export.invalid.port') }).int(t('export.invalid.port')).min(1, t('export.invalid.port')).max(65535, t('export.invalid.port'));
}

export const securitySchema = z.enum(['starttls', 'tls', 'none']);
export const authMethodSchema = z.enum(['password', 'oauth2', 'none']);
export const incomingProtocolSchema = z.enum(['imap', 'pop3']);

/** The first zod issue as a plain message plus the field path ("incoming.host"). */
export function firstIssue(error: z.ZodError): { message: string; field: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'invalid input', field: '' };
  const field = issue.path.map(String).join('.');
  const message = issue.code === 'custom' ? issue.message : t('export.invalid.field', { field: field || 'input', reason: issue.message });
  return { message, field };
}
