import type { ProbeRequest } from '../../shared/types';

export const REDACTED_AUTH_ARGUMENT = '<redacted base64 AUTH argument>';
export const REDACTED_SECRET = '<redacted>';

/** Shorter values are not scrubbed by value: they would match ordinary text. */
const MIN_SECRET_LENGTH = 4;

/**
 * The forms a secret can take on the wire and in logs: as is, and base64 at each of the
 * three byte alignments (a secret inside a longer SASL payload such as PLAIN's
 * "\0user\0pass" or XOAUTH2's "user=…\x01auth=Bearer …" is encoded at an offset).
 * Only the characters determined by the secret's own bytes are kept, so the core
 * matches wherever the secret sits.
 */
export function secretForms(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const bytes = Buffer.from(secret, 'utf8');
  const forms = new Set<string>([secret, bytes.toString('base64')]);
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const start = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    const core = encoded.slice(start, end);
    if (core.length >= MIN_SECRET_LENGTH) forms.add(core);
  }
  return [...forms];
}

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
