import { MIN_SECRET_LENGTH, secretForms } from '../../shared/secret-forms';
import type { ProbeRequest, RedactedProbeRequest } from '../../shared/types';

/** Secrets out: what to scrub for a request, the scrubbing itself, and the request made safe to keep. */
export { secretForms };

export const REDACTED_AUTH_ARGUMENT = '<redacted base64 AUTH argument>';
export const REDACTED_SECRET = '<redacted>';

/** The values to scrub for a request: password or token in every form; the user name only in base64. */
export function requestSecrets(auth: ProbeRequest['auth']): string[] {
  if (auth.method === 'none') return [];
  const secret = auth.method === 'password' ? auth.password : auth.accessToken;
  // The user name is not secret in plain (it appears in MAIL FROM), but its base64 form
  // only ever appears inside an AUTH argument.
  const userBase64 = auth.user.length >= MIN_SECRET_LENGTH ? secretForms(auth.user).filter((f) => f !== auth.user) : [];
  return [...secretForms(secret), ...userBase64];
}

export class Redactor {
  private readonly forms: string[];

  constructor(secrets: readonly string[]) {
    // Longest first, so a longer form is replaced before a shorter one inside it.
    this.forms = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  }

  scrub(text: string): string {
    let out = text;
    for (const form of this.forms) if (out.includes(form)) out = out.split(form).join(REDACTED_SECRET);
    return out;
  }

  /** Scrubs every string inside plain data (results, events) as a last line of defence. */
  scrubDeep<T>(value: T): T {
    if (this.forms.length === 0) return value;
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.scrub(value);
    if (Array.isArray(value)) return value.map((item) => this.walk(item));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.walk(item)]));
    }
    return value;
  }
}

/**
 * Tracks the SASL exchange in a transcript: from a client "AUTH …" line until the server
 * answers with anything but 334, every client line is a credential (user names too).
 */
export class AuthExchangeRedactor {
  private inExchange = false;

  client(line: string): string {
    if (this.inExchange) return line.length === 0 ? line : REDACTED_AUTH_ARGUMENT;
    const auth = /^(AUTH\s+\S+)(\s+\S.*)?$/i.exec(line);
    if (!auth) return line;
    this.inExchange = true;
    return auth[2] === undefined ? line : `${auth[1]} ${REDACTED_AUTH_ARGUMENT}`;
  }

  server(line: string): void {
    if (this.inExchange && !/^334(?:[ -]|$)/.test(line)) this.inExchange = false;
  }
}

/** The request without its password, token or trusted fingerprint: safe to return and store. */
export function redactRequest(request: ProbeRequest): RedactedProbeRequest {
  const { auth, trustFingerprint256: _fingerprint, ...rest } = request;
  return {
    ...rest,
    ...(rest.timeouts ? { timeouts: { ...rest.timeouts } } : {}),
    auth: auth.method === 'none' ? { method: 'none' } : { method: auth.method, user: auth.user },
  };
}
