import ini from 'ini';
import { describe, expect, it } from 'vitest';
import { resolveExportAccount, type ExportAccount } from '../../../shared/export/export-account';
import { buildPrf } from '../../../shared/export/prf';
import { buildPrfImportCmd } from '../../../shared/export/prf-import-cmd';
import { encodeWindows1252 } from '../../../shared/export/windows-1252';
import { prfAccountKeys, prfGeneralKeys, prfPopMapping } from '../../fixtures/export/reference-tables';

function account(input: object): ExportAccount {
  const result = resolveExportAccount(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function prf(input: object): Record<string, Record<string, string>> {
  const built = buildPrf(account(input));
  if (!built.ok) throw new Error(built.error.message);
  // Byte-level Windows-1252 is checked against an independent codec in test/integration/export.
  return ini.parse(built.value.text) as Record<string, Record<string, string>>;
}

const imapInput = { presetId: 'custom', address: 'alice@example.com', displayName: 'Zoë Müller – Café €', host: 'smtp.example.com', incoming: { protocol: 'imap', host: 'imap.example.com' } };
const popInput = { presetId: 'custom', address: 'bob@example.org', host: 'mail.example.org', port: 465, security: 'tls', username: 'bob-smtp', incoming: { protocol: 'pop3', host: 'pop.example.org', username: 'bob' } };

describe('classic Outlook .prf', () => {
  it('uses only keys the reference lists, in the sections Outlook expects', () => {
    for (const input of [imapInput, popInput]) {
      const parsed = prf(input);
      const accountKeys = prfAccountKeys();
      expect(Object.keys(parsed.Account1 ?? {}).filter((k) => !accountKeys.has(k))).toEqual([]);
      const generalKeys = prfGeneralKeys();
      expect(Object.keys(parsed.General ?? {}).filter((k) => !generalKeys.has(k))).toEqual([]);
      expect(parsed.General?.Custom).toBe('1');
    }
  });

  it('copies the Section 7 mapping exactly as the reference gives it', () => {
    const parsed = prf(popInput);
    expect(new Map(Object.entries(parsed.I_Mail ?? {}))).toEqual(prfPopMapping());
    const imap = prf(imapInput).IMAP_I_Mail ?? {};
    for (const [key, value] of prfPopMapping()) {
      if (key === 'LeaveOnServer') continue;
      const imapKey = key.replace('POP3', 'IMAP');
      expect(imap[imapKey], imapKey).toBe(key === 'AccountType' ? 'IMAP' : value);
    }
    expect(imap).toMatchObject({ CheckNewImap: 'PT_LONG,0x1100', RootFolder: 'PT_UNICODE,0x1101' });
  });

  it('writes STARTTLS on 587 as SMTPSecureConnection=2 with the incoming credentials', () => {
    const parsed = prf(imapInput);
    expect(parsed['Internet Account List']).toEqual({ Account1: 'IMAP_I_Mail' });
    expect(parsed.Account1).toMatchObject({
      EmailAddress: 'alice@example.com',
      DisplayName: 'Zoë Müller – Café €',
      IMAPServer: 'imap.example.com',
      IMAPPort: '993',
      IMAPUseSSL: '1',
      SMTPServer: 'smtp.example.com',
      SMTPPort: '587',
      SMTPSecureConnection: '2',
      SMTPUseAuth: '1',
      SMTPAuthMethod: '0',
    });
  });

  it('writes implicit TLS on 465 as 1, and a separate SMTP user name with method 1', () => {
    const parsed = prf(popInput);
    expect(parsed['Internet Account List']).toEqual({ Account1: 'I_Mail' });
    expect(parsed.Account1).toMatchObject({ POP3Server: 'pop.example.org', POP3UserName: 'bob', SMTPSecureConnection: '1', SMTPAuthMethod: '1', SMTPUserName: 'bob-smtp', LeaveOnServer: '0x1' });
  });

  it('is Windows-1252 text with CRLF line ends only and no password', () => {
    const built = buildPrf(account(imapInput));
    if (!built.ok) throw new Error(built.error.message);
    expect(built.value.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const bytes = encodeWindows1252(built.value.text);
    expect(bytes).not.toBeNull();
    expect([...(bytes ?? [])].slice(0, 3)).not.toEqual([0xef, 0xbb, 0xbf]);
    // € is 0x80 in Windows-1252 (Latin-1 has no €).
    expect([...(bytes ?? [])]).toContain(0x80);
    expect(built.value.text).not.toMatch(/^\s*\w*Password\s*=/im);
  });

  it('refuses a name classic Outlook cannot store, rather than garbling it', () => {
    expect(buildPrf(account({ ...imapInput, displayName: '山田 太郎' }))).toMatchObject({ ok: false, error: { field: 'displayName' } });
  });

  it('refuses Microsoft mailboxes with the route that works', () => {
    const result = buildPrf(account({ presetId: 'microsoft365', address: 'carol@contoso.com' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toMatch(/File › Add Account/);
  });

  it('refuses STARTTLS for incoming mail, which .prf cannot express', () => {
    expect(buildPrf(account({ ...imapInput, incoming: { protocol: 'imap', host: 'imap.example.com', security: 'starttls', port: 143 } }))).toMatchObject({ ok: false, error: { field: 'incoming.security' } });
  });

  it('explains Microsoft\'s caveat in its notes', () => {
    const built = buildPrf(account(imapInput));
    expect(built.ok && built.value.notes.join(' ')).toMatch(/KB 4046818/);
  });
});

describe('the .cmd that imports it', () => {
  const cmd = buildPrfImportCmd();

  it('runs outlook.exe /importprf on the .prf with its own name, CRLF, plain ASCII', () => {
    expect(cmd).toContain('start "" outlook.exe /importprf "%~dpn0.prf"');
    expect(cmd.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(cmd.endsWith('\r\n')).toBe(true);
    expect(/^[\x20-\x7e\r\n]*$/.test(cmd)).toBe(true);
  });

  it('has no redirection or command separators outside quotes in its comments', () => {
    for (const line of cmd.split('\r\n').filter((l) => l.startsWith('rem '))) expect(line).not.toMatch(/[<>|&%^]/);
  });
});

describe('Windows-1252 encoder', () => {
  it('maps the characters where Windows-1252 differs from Latin-1', () => {
    expect([...(encodeWindows1252('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ') ?? [])]).toEqual([
      0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f,
    ]);
    expect([...(encodeWindows1252('Aé ÿ') ?? [])]).toEqual([0x41, 0xe9, 0x20, 0xff]);
  });

  it('returns null for characters outside the code page, including C1 controls', () => {
    expect(encodeWindows1252('Łódź')).toBeNull();
    expect(encodeWindows1252('\u0080')).toBeNull();
  });
});
