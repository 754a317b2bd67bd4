import fc from 'fast-check';
import * as plist from 'plist';
import { describe, expect, it } from 'vitest';
import { resolveExportAccount, type ExportAccount } from '../../../shared/export/export-account';
import { hasControlCharacters } from '../../../shared/validation';
import { buildMobileconfig, type MobileconfigOptions } from '../../../shared/export/mobileconfig';
import { checkProfile } from '../../fixtures/export/apple-schema';

function account(input: object): ExportAccount {
  const result = resolveExportAccount(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function counterUuid(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

function profileOf(acc: ExportAccount, options: MobileconfigOptions = {}): Record<string, unknown> {
  const built = buildMobileconfig(acc, options);
  if (!built.ok) throw new Error(built.error.message);
  return plist.parse(built.value.text) as Record<string, unknown>;
}

function payloadOf(profile: Record<string, unknown>): Record<string, unknown> {
  return (profile.PayloadContent as Record<string, unknown>[])[0] as Record<string, unknown>;
}

const imap = account({ presetId: 'custom', address: 'alice@example.com', displayName: 'Alice Example', organization: 'Example Ltd', host: 'smtp.example.com', incoming: { protocol: 'imap', host: 'imap.example.com' } });
const pop465 = account({ presetId: 'custom', address: 'bob@example.org', host: 'mail.example.org', port: 465, security: 'tls', incoming: { protocol: 'pop3', host: 'mail.example.org' } });
const m365 = account({ presetId: 'microsoft365', address: 'carol@contoso.com' });
const outlook = account({ presetId: 'outlook-com', address: 'dave@outlook.com' });

describe('Apple profile for IMAP/POP + SMTP accounts', () => {
  it('passes every key against Apple\'s schema on iOS and macOS', () => {
    expect(checkProfile(profileOf(imap), ['iOS', 'macOS'])).toEqual([]);
    expect(checkProfile(profileOf(pop465), ['iOS', 'macOS'])).toEqual([]);
  });

  it('writes the servers, explicit SSL flags and no password', () => {
    const built = buildMobileconfig(imap);
    const payload = payloadOf(profileOf(imap));
    expect(payload).toMatchObject({
      PayloadType: 'com.apple.mail.managed',
      EmailAccountType: 'EmailTypeIMAP',
      EmailAccountName: 'Alice Example',
      EmailAddress: 'alice@example.com',
      IncomingMailServerHostName: 'imap.example.com',
      IncomingMailServerPortNumber: 993,
      IncomingMailServerUseSSL: true,
      IncomingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingMailServerHostName: 'smtp.example.com',
      OutgoingMailServerPortNumber: 587,
      OutgoingMailServerUseSSL: true,
      OutgoingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingPasswordSameAsIncomingPassword: true,
    });
    expect(Object.keys(payload).filter((k) => /password$/i.test(k) && k !== 'OutgoingPasswordSameAsIncomingPassword')).toEqual([]);
    expect(built.ok && built.value.text).not.toMatch(/<key>(Incoming|Outgoing)?Password<\/key>/);
  });

  it('uses POP and port 465 with SSL when asked', () => {
    expect(payloadOf(profileOf(pop465))).toMatchObject({ EmailAccountType: 'EmailTypePOP', IncomingMailServerPortNumber: 995, OutgoingMailServerPortNumber: 465, OutgoingMailServerUseSSL: true });
  });

  it('writes UseSSL false explicitly for an unencrypted server', () => {
    const plain = account({ presetId: 'custom', address: 'e@example.com', host: 'relay.example.com', port: 25, security: 'none', auth: 'none', incoming: { protocol: 'imap', host: 'imap.example.com', security: 'none' } });
    const payload = payloadOf(profileOf(plain));
    expect(payload).toMatchObject({ IncomingMailServerUseSSL: false, OutgoingMailServerUseSSL: false, OutgoingMailServerAuthentication: 'EmailAuthNone', OutgoingPasswordSameAsIncomingPassword: false });
    expect(payload).not.toHaveProperty('OutgoingMailServerUsername');
    expect(checkProfile(profileOf(plain), ['iOS', 'macOS'])).toEqual([]);
  });

  it('keeps PayloadIdentifier stable per account and makes UUIDs fresh each time', () => {
    const first = profileOf(imap);
    const second = profileOf(imap);
    expect(first.PayloadIdentifier).toBe(second.PayloadIdentifier);
    expect(payloadOf(first).PayloadIdentifier).toBe(payloadOf(second).PayloadIdentifier);
    expect(first.PayloadUUID).not.toBe(second.PayloadUUID);
    expect(payloadOf(first).PayloadUUID).not.toBe(payloadOf(second).PayloadUUID);
    expect(first.PayloadUUID).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(String(payloadOf(first).PayloadIdentifier).startsWith(`${String(first.PayloadIdentifier)}.`)).toBe(true);
  });

  it('gives different accounts different identifiers, even when they sanitise alike', () => {
    const a = profileOf(account({ ...baseInput, address: 'a.b@example.com' }));
    const b = profileOf(account({ ...baseInput, address: 'a-b@example.com' }));
    expect(a.PayloadIdentifier).not.toBe(b.PayloadIdentifier);
  });

  it('uses the injected UUID function', () => {
    const profile = profileOf(imap, { uuid: counterUuid() });
    expect([payloadOf(profile).PayloadUUID, profile.PayloadUUID]).toEqual(['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']);
  });

  it('round-trips any printable name through the plist parser (escaping)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }).filter((s) => !hasControlCharacters(s) && s.trim() === s && s.length > 0 && !/[\ud800-\udfff]/.test(s)), (name) => {
        const payload = payloadOf(profileOf(account({ ...baseInput, address: 'name@example.com', displayName: name, organization: name })));
        return payload.EmailAccountName === name && payload.PayloadOrganization === name;
      }),
    );
  });

  it('has a schema check that really flags unknown keys, wrong types, bad values, OS gaps and missing keys', () => {
    const profile = profileOf(imap);
    const payload = payloadOf(profile);
    payload.IncomingMailServerUseSSL = 'yes';
    payload.EmailAccountType = 'EmailTypeExchange';
    payload.OAuth = true;
    payload.PreventMove = true;
    delete payload.IncomingMailServerHostName;
    const problems = checkProfile(profile, ['iOS', 'macOS']).join('\n');
    expect(problems).toMatch(/IncomingMailServerUseSSL: expected <boolean>/);
    expect(problems).toMatch(/EmailAccountType: "EmailTypeExchange" not in/);
    expect(problems).toMatch(/OAuth: not in/);
    expect(problems).toMatch(/PreventMove: not supported on macOS/);
    expect(problems).toMatch(/IncomingMailServerHostName: required but missing/);
  });

  it('refuses the relay preset and accounts with no incoming server', () => {
    expect(buildMobileconfig(account({ presetId: 'microsoft365-relay', address: 'scanner@contoso.com' }))).toMatchObject({ ok: false });
    expect(buildMobileconfig(account({ presetId: 'smart-host', address: 'a@example.com', host: 'relay.example.com' }))).toMatchObject({ ok: false, error: { field: 'incoming.host' } });
  });
});

const baseInput = { presetId: 'custom', host: 'smtp.example.com', incoming: { protocol: 'imap', host: 'imap.example.com' } };

describe('Apple profile for Microsoft mailboxes', () => {
  it('uses Exchange ActiveSync with OAuth for iPhone/iPad, valid on iOS', () => {
    const profile = profileOf(m365);
    expect(checkProfile(profile, ['iOS'])).toEqual([]);
    expect(profile.TargetDeviceType).toBe(1);
    expect(payloadOf(profile)).toMatchObject({ PayloadType: 'com.apple.eas.account', EmailAddress: 'carol@contoso.com', OAuth: true });
    expect(payloadOf(profile)).not.toHaveProperty('Host');
    expect(payloadOf(profile)).not.toHaveProperty('Password');
  });

  it('is not installable on a Mac (the schema says so), which the check catches', () => {
    expect(checkProfile(profileOf(m365), ['macOS']).join('\n')).toMatch(/not supported on macOS/);
  });

  it('uses EWS with OAuth for a Mac, valid on macOS, and warns about the retirement', () => {
    const built = buildMobileconfig(outlook, { appleTarget: 'macos' });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const profile = plist.parse(built.value.text) as Record<string, unknown>;
    expect(checkProfile(profile, ['macOS'])).toEqual([]);
    expect(payloadOf(profile)).toMatchObject({ PayloadType: 'com.apple.ews.account', OAuth: true });
    expect(profile.TargetDeviceType).toBe(5);
    expect(String(profile.PayloadDescription)).toMatch(/1 April 2027/);
    expect(built.value.notes.join(' ')).toMatch(/EWS.*1 October 2026/);
  });

  it('says plainly that the mail payload cannot sign in with OAuth and names the path that works', () => {
    const built = buildMobileconfig(m365);
    expect(built.ok && built.value.notes[0]).toMatch(/cannot sign in with Microsoft \(OAuth\).*Microsoft Exchange/);
    expect(built.ok && built.value.text).not.toContain('com.apple.mail.managed');
  });
});
