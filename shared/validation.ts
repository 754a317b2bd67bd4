/**
 * One input rule per fact, used by IPC, the CLI, profiles and exports alike. Main treats
 * every argument as unknown input. The rules are built so that no accepted value can add
 * a command to an SMTP session or a field to a SASL string (test/unit/injection-
 * properties.test.ts proves it): every field that reaches a command line refuses control
 * characters, the sign-in name refuses spaces and invisible characters too (XOAUTH2
 * separates its fields with \x01, PLAIN with NUL), and an access token is RFC 6750's
 * b64token.
 */
import { z } from 'zod';
import { t } from './i18n';
import { isHostName, isIPv4, toDisplayHost, toWireHost } from './host-name';
import { PRESET_IDS } from './presets';

export { isHostName, toDisplayHost, toWireHost } from './host-name';

const NO_CONTROL = /^[^\r\n\0]*$/;

/** Free text (names, labels): no line breaks or NUL. */
export const safeText = (max: number) => z.string().max(max).regex(NO_CONTROL, { error: () => t('validation.line-breaks') });

// C0, DEL, C1 and the Unicode line/paragraph separators: none belongs in a setting.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Unicode "other" (controls, format characters such as bidi overrides and zero-width
// joiners, surrogates, private use, unassigned) and "separator" (spaces, LS, PS).
const INVISIBLE_OR_SPACE = /[\p{C}\p{Z}]/u;
// RFC 5322 dot-atom; RFC 6531 adds UTF-8 to atext, of which we take letters, marks and digits.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\p{L}\p{M}\p{N}-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\p{L}\p{M}\p{N}-]+)*$/u;
// RFC 6750 §2.1 b64token: what an OAuth bearer token (a JWT from Microsoft) is made of.
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

export const MAX_ADDRESS = 254;
export const MAX_USER = 256;
export const MAX_SECRET = 16_384;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

// Characters that reorder text (bidi marks, embeddings, overrides, isolates): a name with
// them can read differently from what it is.
const REORDERING = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A name people give a thing (a profile): any letters, emoji or punctuation, nothing that controls or reorders text. */
export const displayNameSchema = (max: number) =>
  z
    .string()
    .refine((value) => !hasControlCharacters(value) && !REORDERING.test(value), { error: () => t('validation.name-characters') })
    .trim()
    .min(1, { error: () => t('validation.required') })
    .max(max, { error: () => t('validation.too-long', { max }) });

const utf8Length = (value: string) => new TextEncoder().encode(value).length;

/**
 * An address as Microsoft 365 issues them: a dot-atom local part at a dotted host name.
 * The domain may be internationalised, and the local part may hold non-ASCII letters,
 * which only a server offering SMTPUTF8 accepts (see needsSmtpUtf8).
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > MAX_ADDRESS) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (utf8Length(local) > 64 || !LOCAL_PART.test(local)) return false;
  const wire = toWireHost(domain);
  return wire !== null && wire.includes('.') && !isIPv4(wire) && local.length + 1 + wire.length <= MAX_ADDRESS;
}

/** The address as it goes into MAIL FROM / RCPT TO: the domain in ASCII (punycode). */
export function toWireAddress(address: string): string {
  const at = address.lastIndexOf('@');
  const wire = at > 0 ? toWireHost(address.slice(at + 1)) : null;
  return wire === null ? address : `${address.slice(0, at)}@${wire}`;
}

/** The address as people read it: the domain in Unicode. */
export function toDisplayAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at > 0 ? `${address.slice(0, at)}@${toDisplayHost(address.slice(at + 1))}` : address;
}

/**
 * A non-ASCII local part can be sent only to a server that offers SMTPUTF8 (RFC 6531);
 * the domain never needs it because it goes out as punycode.
 */
export function needsSmtpUtf8(address: string): boolean {
  const at = address.lastIndexOf('@');
  return at > 0 && !/^[\x20-\x7e]*$/.test(address.slice(0, at));
}

/** The sign-in name: printable text without control, format or separator characters. */
export function isSignInUser(value: string): boolean {
  return value.length > 0 && value.length <= MAX_USER && !INVISIBLE_OR_SPACE.test(value);
}

/** An OAuth access token as RFC 6750 defines it. */
export function isAccessToken(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SECRET && B64TOKEN.test(value);
}

/**
 * The envelope sender of the test message: the sign-in name when it is an address (it is
 * the mailbox the server checks Send As against), else the recipient, who is the person.
 */
export function envelopeSender(auth: { method: string; user?: string }, sendTestTo: string): string {
  return toWireAddress(auth.method !== 'none' && auth.user !== undefined && auth.user.includes('@') ? auth.user : sendTestTo);
}

// Control characters are refused before trimming: a pasted "\n" is never silently dropped.
const noControlCharacters = (value: string) => !hasControlCharacters(value);
const controlMessage = { error: () => t('validation.line-breaks') };

export const hostSchema = z
  .string()
  .refine(noControlCharacters, controlMessage)
  .trim()
  .min(1, { error: () => t('validation.required') })
  .refine(isHostName, { error: () => t('validation.host') })
  // What passed goes on in its wire form, so DNS, SNI and EHLO only ever see ASCII.
  .overwrite((value) => toWireHost(value) ?? value);

export const addressSchema = z
  .string()
  .refine(noControlCharacters, controlMessage)
  .trim()
  .max(MAX_ADDRESS, { error: () => t('validation.too-long', { max: MAX_ADDRESS }) })
  .refine(isEmailAddress, { error: () => t('validation.address') })
  .overwrite(toWireAddress);

export const signInUserSchema = z
  .string()
  .refine(noControlCharacters, controlMessage)
  .trim()
  .min(1, { error: () => t('validation.required') })
  .max(MAX_USER, { error: () => t('validation.too-long', { max: MAX_USER }) })
  .refine(isSignInUser, { error: () => t('validation.user-characters') });

export const passwordSchema = z
  .string()
  .min(1, { error: () => t('validation.required') })
  .max(MAX_SECRET, { error: () => t('validation.too-long', { max: MAX_SECRET }) })
  .refine(noControlCharacters, { error: () => t('validation.password-characters') });

export const accessTokenSchema = z
  .string()
  .min(1, { error: () => t('validation.required') })
  .max(MAX_SECRET, { error: () => t('validation.too-long', { max: MAX_SECRET }) })
  .refine(isAccessToken, { error: () => t('validation.token-characters') });

export const portSchema = z.number().int().min(1).max(65535);
export const securitySchema = z.enum(['starttls', 'tls', 'none']);
export const presetIdSchema = z.enum(PRESET_IDS as [string, ...string[]]);

const timeoutMs = z.number().int().min(100).max(300_000);

/** The probe request's fields; every entrance also applies the sender rule below (probeRequestSchema). */
export const probeRequestFields = z.object({
  host: hostSchema,
  port: portSchema,
  security: securitySchema,
  auth: z.discriminatedUnion('method', [
    z.object({ method: z.literal('none') }),
    z.object({ method: z.literal('password'), user: signInUserSchema, password: passwordSchema }),
    z.object({ method: z.literal('oauth2'), user: signInUserSchema, accessToken: accessTokenSchema }),
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
    .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/i, { error: () => t('validation.fingerprint') })
    .optional(),
});

/** The sign-in name becomes MAIL FROM when it holds an "@": then it must be an address. */
export function senderRule(request: { sendTestTo?: string | undefined; auth: { method: string; user?: string } }, ctx: z.RefinementCtx): void {
  const user = request.auth.user;
  if (request.sendTestTo === undefined || request.auth.method === 'none' || user === undefined) return;
  if (user.includes('@') && !isEmailAddress(user)) ctx.addIssue({ code: 'custom', path: ['auth', 'user'], message: t('validation.sender-address') });
}

export const probeRequestSchema = probeRequestFields.superRefine(senderRule);

export type ParsedProbeRequest = z.output<typeof probeRequestSchema>;

/**
 * The probe request as every entrance should use it: validated, and with hosts and
 * addresses in their wire form (punycode), so the engine never sends what the rule did
 * not produce. Checking alone and then using the raw value would send an IDN unconverted.
 */
export function parseProbeRequest(value: unknown): { ok: true; request: ParsedProbeRequest } | { ok: false; field: string; message: string } {
  const parsed = probeRequestSchema.safeParse(value);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, ...describeIssue(parsed.error) };
}

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
