/**
 * Validation for everything that ends up inside an exported file. Values reach XML,
 * INI, HTML and (via the profile) an SMTP session, so line breaks, NUL and other
 * control characters are refused outright rather than escaped.
 */
import { z } from 'zod';
import { t, type MessageKey } from '../i18n';
import { hasControlCharacters, isEmailAddress, isHostName } from '../validation';

export const MAX_TEXT_LENGTH = 128;

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
