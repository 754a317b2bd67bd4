import { describe, expect, it } from 'vitest';
import { classify, type FindingId } from '../../../shared/findings';

const ids = (...args: Parameters<typeof classify>): FindingId[] => classify(...args).map((m) => m.id);
const GENERIC_535 = '535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]';

describe('context sharpens the classification', () => {
  it('535 5.7.3 right after XOAUTH2 is a rejected token, and no password is blamed', () => {
    expect(ids(GENERIC_535)[0]).toBe('auth.bad-credentials');
    const oauth = ids(GENERIC_535, { authMethod: 'oauth2' });
    expect(oauth[0]).toBe('auth.oauth-token-rejected');
    expect(oauth).not.toContain('auth.bad-credentials');
    // The command alone (from the probe's reply evidence) says the same.
    expect(ids({ kind: 'reply', command: 'AUTH XOAUTH2', code: 535, enhanced: '5.7.3', text: 'Authentication unsuccessful' })[0]).toBe(
      'auth.oauth-token-rejected',
    );
  });

  it('535 5.7.3 after a password never suggests a rejected OAuth token', () => {
    const password = ids(GENERIC_535, { authMethod: 'password' });
    expect(password[0]).toBe('auth.bad-credentials');
    expect(password).not.toContain('auth.oauth-token-rejected');
    expect(ids({ kind: 'reply', command: 'AUTH LOGIN', code: 535, enhanced: '5.7.3', text: 'Authentication unsuccessful' })).not.toContain(
      'auth.oauth-token-rejected',
    );
    // A named 5.7.139 reason is untouched by it.
    const tenant = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
    expect(ids(tenant, { authMethod: 'password' })[0]).toBe('auth.smtp-auth-disabled-tenant');
    expect(ids(tenant, { authMethod: 'password' })).not.toContain('auth.bad-credentials');
  });

  it('keeps a named 5.7.139 reason first even with XOAUTH2 (SMTP AUTH must be on for OAuth too)', () => {
    const text = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
    expect(ids(text, { authMethod: 'oauth2' })[0]).toBe('auth.smtp-auth-disabled-tenant');
  });

  it('465 against a Microsoft host is tls.port-465-unsupported, not a network fault', () => {
    const timeout = { kind: 'socket-error', code: 'ETIMEDOUT', message: 'connect ETIMEDOUT 52.96.0.1:465' } as const;
    expect(ids(timeout, { host: 'mail.example.org', port: 465 })[0]).toBe('network.port-blocked');
    const microsoft = ids(timeout, { host: 'smtp.office365.com', port: 465 });
    expect(microsoft[0]).toBe('tls.port-465-unsupported');
    expect(microsoft.filter((id) => id.startsWith('network.'))).toEqual([]);
    expect(ids(timeout, { host: 'smtp.office365.com', port: 587 })[0]).toBe('network.port-blocked');
  });

  it('a password on Outlook.com means OAuth2 is required', () => {
    const text = '535 5.7.139 Authentication unsuccessful, basic authentication is disabled.';
    expect(ids(text)[0]).toBe('auth.basic-auth-disabled');
    expect(ids(text, { presetId: 'outlook-com', authMethod: 'password' })[0]).toBe('auth.oauth-required');
    expect(ids(text, { host: 'SMTP-MAIL.OUTLOOK.COM' })[0]).toBe('auth.oauth-required');
    // Microsoft 365 with a password keeps the tenant-setting explanation.
    expect(ids(text, { presetId: 'microsoft365', authMethod: 'password' })[0]).toBe('auth.basic-auth-disabled');
    // Already on OAuth: "use OAuth" would be no advice at all.
    expect(ids(GENERIC_535, { presetId: 'outlook-com', authMethod: 'oauth2' })[0]).toBe('auth.oauth-token-rejected');
  });

  it('a timeout on port 25 from a home network is the ISP, not Microsoft', () => {
    const timeout = { kind: 'fact', fact: 'timeout' } as const;
    const home = ids(timeout, { port: 25, network: 'home', host: 'contoso-com.mail.protection.outlook.com' });
    expect(home).toEqual(['network.port-25-blocked']);
    expect(ids(timeout, { port: 25, network: 'office' })).toEqual(['network.port-blocked']);
    expect(ids(timeout, { port: 25 })).toEqual(['network.port-blocked', 'network.port-25-blocked']);
    expect(ids(timeout, { port: 587, network: 'home' })).toEqual(['network.port-blocked']);
  });

  it('a refused STARTTLS command means the server offers no encryption', () => {
    expect(ids('500 5.5.1 Command not recognized', { stage: 'starttls' })[0]).toBe('tls.starttls-unavailable');
    expect(ids('500 5.5.1 Command not recognized', { stage: 'ehlo' })[0]).toBe('protocol.command-unrecognized');
  });

  it('a self-signed certificate in the chain of a Microsoft host is interception', () => {
    const error = { kind: 'tls-error', code: 'SELF_SIGNED_CERT_IN_CHAIN', message: 'self-signed certificate in certificate chain' } as const;
    expect(ids(error, { host: 'smtp.office365.com', port: 587 })[0]).toBe('tls.intercepted');
    expect(ids(error, { host: 'relay.internal.example', port: 25 })[0]).toBe('tls.certificate-untrusted');
  });

  // "mailbox unavailable" (RFC 5321's 550 text) now names the recipient by itself, so the
  // stage is checked with a reply that says nothing at all.
  it('uses the stage for replies that say little', () => {
    const reply = { kind: 'reply', command: 'RCPT TO', code: 550, text: 'Requested action not taken' } as const;
    expect(ids(reply)[0]).toBe('send.recipient-rejected');
    expect(ids({ ...reply, command: 'DATA' })).toEqual(['unknown']);
  });
});
