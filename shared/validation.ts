/**
 * Input validation for everything that crosses the IPC boundary or reaches an SMTP
 * command. Main treats every argument as unknown input; CR, LF and NUL are rejected
 * in any field that could end up in an SMTP command line (command injection).
 */
import { z } from 'zod';
import { PRESET_IDS } from './presets';

const NO_CONTROL = /^[^\r\n\0]*$/;

export const safeText = (max: number) =>
  z.string().max(max).regex(NO_CONTROL, { message: 'must not contain line breaks or NUL' });

// RFC 1123 host name or IPv4 literal; IPv6 literals in brackets are not needed here.
const HOST_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;
export const hostSchema = z
  .string()
  .trim()
  .min(1, { message: 'is required' })
  .regex(HOST_RE, { message: 'is not a valid server name' });

// Deliberately practical, not RFC 5322 complete: one @, no spaces or control characters.
const ADDRESS_RE = /^[^\s\0@<>()[\]\\,;:"]+@[^\s\0@<>()[\]\\,;:"]+\.[^\s\0@<>()[\]\\,;:"]+$/;
export const addressSchema = z
  .string()
  .trim()
  .max(254)
  .regex(ADDRESS_RE, { message: 'is not a valid email address' });

export const portSchema = z.number().int().min(1).max(65535);
export const securitySchema = z.enum(['starttls', 'tls', 'none']);
export const presetIdSchema = z.enum(PRESET_IDS as [string, ...string[]]);

const secretSchema = z.string().min(1).max(16_384).regex(NO_CONTROL, { message: 'must not contain line breaks or NUL' });

const timeoutMs = z.number().int().min(100).max(300_000);

export const probeRequestSchema = z.object({
  host: hostSchema,
  port: portSchema,
  security: securitySchema,
  auth: z.discriminatedUnion('method', [
    z.object({ method: z.literal('none') }),
    z.object({ method: z.literal('password'), user: safeText(320).min(1), password: secretSchema }),
    z.object({ method: z.literal('oauth2'), user: safeText(320).min(1), accessToken: secretSchema }),
  ]),
  sendTestTo: addressSchema.optional(),
  presetId: presetIdSchema.optional(),
  timeouts: z
    .object({
      resolve: timeoutMs,
      connect: timeoutMs,
      greeting: timeoutMs,
      command: timeoutMs,
      tls: timeoutMs,
      data: timeoutMs,
    })
    .partial()
    .optional(),
  clientName: hostSchema.optional(),
  trustFingerprint256: z
    .string()
    .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/i, { message: 'is not a SHA-256 fingerprint' })
    .optional(),
});

/** First problem in plain English, e.g. "host: is not a valid server name". */
export function describeIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  const message = issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'invalid input';
  return { field, message };
}
