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

// C0, DEL, C1 and the Unicode line/paragraph separators: none belongs in a setting.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const HOST_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/**
 * Host names as DNS writes them (letters, digits, hyphens; IDNs in xn-- form) or an IPv4
 * address. One rule for the wizard, IPC, profiles and exports, so a server the test
 * accepted is never refused later by an export.
 */
export function isHostName(value: string): boolean {
  const host = value.endsWith('.') ? value.slice(0, -1) : value;
  if (host.length === 0 || host.length > 253) return false;
  if (IPV4.test(host)) return true;
  const labels = host.split('.');
  // An all-digit last label would be a malformed IP address, not a name.
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every((label) => HOST_LABEL.test(label));
}

/** An address as Microsoft 365 issues them: a dot-atom local part at a dotted host name. */
export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL_PART.test(local) && domain.includes('.') && isHostName(domain) && !IPV4.test(domain);
}

// Control characters are refused before trimming: a pasted "\n" is never silently dropped.
const noControlCharacters = (value: string) => !hasControlCharacters(value);

export const hostSchema = z
  .string()
  .refine(noControlCharacters, { message: 'must not contain line breaks or control characters' })
  .trim()
  .min(1, { message: 'is required' })
  .refine(isHostName, { message: 'is not a valid server name' });

export const addressSchema = z
  .string()
  .refine(noControlCharacters, { message: 'must not contain line breaks or control characters' })
  .trim()
  .max(254)
  .refine(isEmailAddress, { message: 'is not a valid email address' });

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

/**
 * The probe request rule every entrance applies (IPC, the CLI, the engine): the first
 * problem as `{ field, message }`, or null when the request is fine.
 */
export function checkProbeRequest(value: unknown): { field: string; message: string } | null {
  const parsed = probeRequestSchema.safeParse(value);
  return parsed.success ? null : describeIssue(parsed.error);
}
