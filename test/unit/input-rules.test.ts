import { describe, expect, it } from 'vitest';
import { ProfileInputSchema } from '../../shared/profile';
import {
  addressSchema,
  envelopeSender,
  hostSchema,
  isEmailAddress,
  isHostName,
  needsSmtpUtf8,
  parseProbeRequest,
  probeRequestSchema,
  signInUserSchema,
  toDisplayAddress,
  toDisplayHost,
  toWireHost,
} from '../../shared/validation';

const base = { host: 'smtp.office365.com', port: 587, security: 'starttls' as const };
const withUser = (user: string, extra: Record<string, unknown> = {}) => ({
  ...base,
  auth: { method: 'password', user, password: 'pw-1234' },
  ...extra,
});

describe('the sign-in name (issue 13: user field reached SMTP unchecked)', () => {
  it.each([
    ['alice@contoso.example\x01auth=Bearer EVIL\x01\x01', 'a second XOAUTH2 field'],
    ['alice@contoso.example\tx', 'TAB'],
    ['alice\x1b[2J@contoso.example', 'ESC'],
    ['alice\u0085@contoso.example', 'NEL'],
    ['alice\u2028@contoso.example', 'line separator'],
    ['alice @contoso.example', 'a space inside'],
    ['alice\u202e@contoso.example', 'a bidi override'],
    ['alice\u200b@contoso.example', 'a zero-width space'],
    ['alice\u00a0x@contoso.example', 'a no-break space'],
    ['a'.repeat(257), 'over 256 characters'],
    ['', 'empty'],
  ])('refuses %j (%s)', (user) => {
    expect(signInUserSchema.safeParse(user).success).toBe(false);
    expect(probeRequestSchema.safeParse(withUser(user)).success).toBe(false);
  });

  it.each(['alice@contoso.example', 'CONTOSO\\alice', 'alice', 'jürgen@bücher.example', 'o\'neil+tag@contoso.example'])('accepts %j', (user) => {
    expect(probeRequestSchema.safeParse(withUser(user)).success).toBe(true);
  });

  it('trims spaces a paste added at either end, but refuses line breaks before trimming', () => {
    expect(signInUserSchema.parse('  alice@contoso.example ')).toBe('alice@contoso.example');
    expect(signInUserSchema.safeParse('alice@contoso.example\n').success).toBe(false);
  });

  it('a sign-in name that becomes the sender of the test message must be a whole address', () => {
    const to = { sendTestTo: 'alice@contoso.example' };
    const refused = probeRequestSchema.safeParse(withUser('alice@contoso.example>x', to));
    expect(refused.success).toBe(false);
    if (!refused.success) expect(refused.error.issues[0]?.path).toEqual(['auth', 'user']);
    expect(probeRequestSchema.safeParse(withUser('a@b@contoso.example', to)).success).toBe(false);
    // Without a test message, the same name is only a sign-in name.
    expect(probeRequestSchema.safeParse(withUser('a@b@contoso.example')).success).toBe(true);
    // A name without "@" is not the sender: the recipient is.
    expect(probeRequestSchema.safeParse(withUser('CONTOSO\\alice', to)).success).toBe(true);
    expect(envelopeSender({ method: 'password', user: 'CONTOSO\\alice' }, 'alice@contoso.example')).toBe('alice@contoso.example');
    expect(envelopeSender({ method: 'password', user: 'bob@bücher.example' }, 'alice@contoso.example')).toBe('bob@xn--bcher-kva.example');
  });
});

describe('secrets', () => {
  it('a password may hold spaces and any letter, but no control character', () => {
    const request = (password: string) => ({ ...base, auth: { method: 'password', user: 'a@contoso.example', password } });
    expect(probeRequestSchema.safeParse(request('correct horse €')).success).toBe(true);
    for (const bad of ['pw\x01x', 'pw\tx', 'pw\u0085', 'pw\x00', 'pw\r\n']) expect(probeRequestSchema.safeParse(request(bad)).success).toBe(false);
  });

  it('an access token is an RFC 6750 b64token: a \\x01 could start a new XOAUTH2 field', () => {
    const request = (accessToken: string) => ({ ...base, auth: { method: 'oauth2', user: 'a@contoso.example', accessToken } });
    expect(probeRequestSchema.safeParse(request('eyJ0eXAi.eyJhdWQi.c2ln-_~+/==')).success).toBe(true);
    for (const bad of ['tok\x01host=evil', 'tok en', 'tok=x', 'tök']) expect(probeRequestSchema.safeParse(request(bad)).success).toBe(false);
  });
});

describe('host names (RFC 1123 labels and lengths, IDN)', () => {
  it('goes out as punycode and is shown in Unicode', () => {
    expect(toWireHost('Bücher.example')).toBe('xn--bcher-kva.example');
    expect(toWireHost('SMTP.Office365.com')).toBe('SMTP.Office365.com'); // ASCII keeps its case
    expect(hostSchema.parse(' bücher.example ')).toBe('xn--bcher-kva.example');
    expect(toDisplayHost('xn--bcher-kva.example')).toBe('bücher.example');
    expect(toWireHost('mail。bücher。example')).toBe('mail.xn--bcher-kva.example');
    expect(toWireHost('smtp.office365.com.')).toBe('smtp.office365.com');
  });

  it('never shows a crafted A-label as reordering or invisible characters', () => {
    const crafted = `xn--${'a'}`; // decodes to nothing a person types
    expect(isHostName(`${crafted}.example`)).toBe(false);
    expect(toDisplayHost('smtp.example.com')).toBe('smtp.example.com');
  });

  it('counts the length of the wire form: 253 at most, 63 per label', () => {
    const label = 'a'.repeat(63);
    expect(isHostName([label, label, label, 'a'.repeat(61)].join('.'))).toBe(true);
    expect(isHostName([label, label, label, 'a'.repeat(62)].join('.'))).toBe(false);
    expect(isHostName(`${'ü'.repeat(60)}.example`)).toBe(false); // its A-label is longer than 63
    expect(isHostName('h'.repeat(300))).toBe(false);
  });
});

describe('addresses', () => {
  it('an internationalised domain is accepted and sent as punycode', () => {
    expect(addressSchema.parse('alice@bücher.example')).toBe('alice@xn--bcher-kva.example');
    expect(toDisplayAddress('alice@xn--bcher-kva.example')).toBe('alice@bücher.example');
    expect(needsSmtpUtf8('alice@xn--bcher-kva.example')).toBe(false);
  });

  it('a non-ASCII local part is allowed but flagged as needing SMTPUTF8', () => {
    expect(isEmailAddress('jürgen@contoso.example')).toBe(true);
    expect(needsSmtpUtf8('jürgen@contoso.example')).toBe(true);
    expect(isEmailAddress('jür\u202egen@contoso.example')).toBe(false);
    expect(isEmailAddress(`${'ü'.repeat(33)}@contoso.example`)).toBe(false); // 66 bytes of UTF-8
  });
});

describe('profiles accept only what the rule accepts', () => {
  const profile = (fields: Record<string, unknown>) => ({
    name: 'Work',
    preset: 'custom',
    address: 'alice@contoso.example',
    host: 'smtp.contoso.example',
    port: 587,
    security: 'starttls',
    authMethod: 'password',
    ...fields,
  });

  it.each(['alice\x01auth=Bearer EVIL', 'alice\tx', 'alice x', 'alice\u202e'])('refuses the user %j', (user) => {
    expect(ProfileInputSchema.safeParse(profile({ user })).success).toBe(false);
  });

  it('stores hosts and addresses in their wire form', () => {
    const parsed = ProfileInputSchema.parse(profile({ host: 'smtp.bücher.example', address: 'a@bücher.example' }));
    expect(parsed.host).toBe('smtp.xn--bcher-kva.example');
    expect(parsed.address).toBe('a@xn--bcher-kva.example');
  });
});

describe('profile names', () => {
  const named = (name: string) => ({
    name,
    preset: 'custom',
    address: 'alice@contoso.example',
    host: 'smtp.contoso.example',
    port: 587,
    security: 'starttls',
    authMethod: 'password',
  });

  it.each(['Work\x1b[2J', 'Work\u202eliam', 'Work\u0085', 'Work\tmail', 'Work\u2066x'])('refuses %j: it would control or reorder the text', (name) => {
    expect(ProfileInputSchema.safeParse(named(name)).success).toBe(false);
  });

  it.each(['Work mail', 'Büro — Köln', 'メール', 'Family 👨‍👩‍👧'])('accepts %j', (name) => {
    expect(ProfileInputSchema.safeParse(named(name)).success).toBe(true);
  });
});

describe('parseProbeRequest: the request every entrance uses', () => {
  it('gives the wire form to use, or the first problem', () => {
    const parsed = parseProbeRequest({ host: ' smtp.bücher.example ', port: 587, security: 'starttls', auth: { method: 'none' }, sendTestTo: 'amy@bücher.example' });
    expect(parsed).toMatchObject({ ok: true, request: { host: 'smtp.xn--bcher-kva.example', sendTestTo: 'amy@xn--bcher-kva.example' } });
    expect(parseProbeRequest({ host: 'smtp\r\nRSET', port: 587, security: 'starttls', auth: { method: 'none' } })).toEqual({
      ok: false,
      field: 'host',
      message: 'host: must not contain line breaks or control characters',
    });
  });
});
