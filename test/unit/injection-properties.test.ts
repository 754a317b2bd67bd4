/**
 * Issue 13, "one input rule per fact": no value the probe request rule accepts can add a
 * command to an SMTP session or a field to a SASL string. Hostile characters are woven
 * into otherwise valid values; whatever the rule lets through is built into the lines the
 * probe sends (as nodemailer writes them) and taken apart again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envelopeSender, hostSchema, isEmailAddress, probeRequestSchema } from '../../shared/validation';
import { hostileAddress, hostileHost, hostileSecret, hostileUser } from '../fixtures/hostile-values';

const userArb = hostileUser;
const hostArb = hostileHost;
const secretArb = hostileSecret;
const addressArb = hostileAddress;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const unb64 = (text: string) => Buffer.from(text, 'base64').toString('utf8');

/** One SMTP command line: nothing that ends it early or starts another. */
function expectOneCommandLine(line: string) {
  expect(line).not.toMatch(/[\r\n\0]/);
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
}

const ACCEPTED = { requests: 0, senders: 0 };

describe('no accepted value can add a field to an SMTP command or a SASL string (properties)', () => {
  it('host and EHLO name: only LDH labels or an IPv4 address reach DNS, SNI and EHLO', () => {
    let accepted = 0;
    fc.assert(
      fc.property(hostArb, (host) => {
        const parsed = hostSchema.safeParse(host);
        if (!parsed.success) return;
        accepted++;
        expect(parsed.data).toMatch(/^[A-Za-z0-9.-]+$/);
        expect(parsed.data.length).toBeLessThanOrEqual(253);
        const ehlo = `EHLO ${parsed.data}`;
        expectOneCommandLine(ehlo);
        expect(ehlo.split(' ')).toHaveLength(2);
      }),
      { numRuns: 2000, seed: 1301 },
    );
    expect(accepted).toBeGreaterThan(200);
    console.log(`host rule: ${2000 - accepted} of 2000 hostile values refused, ${accepted} accepted and checked`);
  });

  it('sign-in name and secret: PLAIN, LOGIN and XOAUTH2 keep exactly their fields', () => {
    fc.assert(
      fc.property(userArb, secretArb, fc.constantFrom('password' as const, 'oauth2' as const), (user, secret, method) => {
        const auth = method === 'password' ? { method, user, password: secret } : { method, user, accessToken: secret };
        const parsed = probeRequestSchema.safeParse({ host: 'smtp.office365.com', port: 587, security: 'starttls', auth });
        if (!parsed.success || parsed.data.auth.method === 'none') return;
        ACCEPTED.requests++;
        const a = parsed.data.auth;
        if (a.method === 'oauth2') {
          // reference: https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
          const sasl = unb64(b64(`user=${a.user}\x01auth=Bearer ${a.accessToken}\x01\x01`));
          expect(sasl.split('\x01')).toEqual([`user=${a.user}`, `auth=Bearer ${a.accessToken}`, '', '']);
          expect(a.accessToken).toMatch(/^[A-Za-z0-9\-._~+/]+=*$/);
        } else {
          // RFC 4616: [authzid] NUL authcid NUL passwd
          expect(`\0${a.user}\0${a.password}`.split('\0')).toEqual(['', a.user, a.password]);
          expectOneCommandLine(a.password);
        }
        // LOGIN sends the name and the secret base64-encoded, one line each.
        for (const line of [`AUTH LOGIN ${b64(a.user)}`, b64(a.method === 'oauth2' ? a.accessToken : a.password), `AUTH XOAUTH2 ${b64(a.user)}`]) {
          expectOneCommandLine(line);
          expect(line.split(' ').length).toBeLessThanOrEqual(3);
        }
        expect(a.user).not.toMatch(/[\p{C}\p{Z}]/u);
      }),
      { numRuns: 3000, seed: 1302 },
    );
    expect(ACCEPTED.requests).toBeGreaterThan(300);
    console.log(`sign-in rule: ${3000 - ACCEPTED.requests} of 3000 hostile name/secret pairs refused, ${ACCEPTED.requests} accepted and checked`);
  });

  it('envelope: MAIL FROM and RCPT TO carry one path each, an address, nothing after it', () => {
    fc.assert(
      fc.property(userArb, addressArb, (user, to) => {
        const parsed = probeRequestSchema.safeParse({
          host: 'smtp.office365.com',
          port: 587,
          security: 'starttls',
          auth: { method: 'password', user, password: 'pw-123456' },
          sendTestTo: to,
        });
        if (!parsed.success || !parsed.data.sendTestTo) return;
        ACCEPTED.senders++;
        const from = envelopeSender(parsed.data.auth, parsed.data.sendTestTo);
        for (const [verb, address] of [['MAIL FROM', from], ['RCPT TO', parsed.data.sendTestTo]] as const) {
          const line = `${verb}:<${address}>`;
          expectOneCommandLine(line);
          expect(isEmailAddress(address)).toBe(true);
          expect(address).not.toMatch(/[<>\s"]/);
          // The domain is ASCII on the wire; only a non-ASCII local part would need SMTPUTF8.
          expect(address.slice(address.lastIndexOf('@') + 1)).toMatch(/^[A-Za-z0-9.-]+$/);
          expect(line.match(/</g)).toHaveLength(1);
        }
      }),
      { numRuns: 3000, seed: 1303 },
    );
    expect(ACCEPTED.senders).toBeGreaterThan(200);
    console.log(`envelope rule: ${3000 - ACCEPTED.senders} of 3000 hostile sender/recipient pairs refused, ${ACCEPTED.senders} accepted and checked`);
  });

  it('the examples from the audit are refused', () => {
    const request = (user: string, extra: object = {}) => ({
      host: 'smtp.office365.com',
      port: 587,
      security: 'starttls',
      auth: { method: 'oauth2', user, accessToken: 'eyJ0eXAi.eyJ.sig' },
      ...extra,
    });
    expect(probeRequestSchema.safeParse(request('alice@contoso.example\x01auth=Bearer EVIL\x01\x01')).success).toBe(false);
    for (const c of ['\t', '\x1b', '\u0085', '\u2028', ' ']) expect(probeRequestSchema.safeParse(request(`alice${c}@contoso.example`)).success).toBe(false);
    expect(probeRequestSchema.safeParse(request('alice@contoso.example', { host: 'a'.repeat(300) })).success).toBe(false);
    expect(probeRequestSchema.safeParse(request('a'.repeat(5000))).success).toBe(false);
    expect(probeRequestSchema.safeParse(request('alice@contoso.example', { sendTestTo: 'x@y.example> NOTIFY=NEVER' })).success).toBe(false);
  });
});
