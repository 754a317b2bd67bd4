import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveExportAccount } from '../../../shared/export/export-account';

const base = { presetId: 'custom', address: 'alice@example.com', host: 'smtp.example.com', incoming: { protocol: 'imap', host: 'imap.example.com' } };

describe('resolveExportAccount', () => {
  it('resolves a Microsoft 365 preset with the address as user name and both incoming servers', () => {
    const result = resolveExportAccount({ presetId: 'microsoft365', address: 'Alice@Contoso.com' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.microsoft).toBe(true);
    expect(result.value.domain).toBe('contoso.com');
    expect(result.value.outgoing).toEqual({ host: 'smtp.office365.com', port: 587, security: 'starttls', auth: 'oauth2', username: 'Alice@Contoso.com' });
    expect(result.value.incoming.map((s) => `${s.protocol}:${s.host}:${s.port}:${s.security}`)).toEqual([
      'imap:outlook.office365.com:993:tls',
      'pop3:outlook.office365.com:995:tls',
    ]);
  });

  it('puts the chosen incoming protocol first', () => {
    const result = resolveExportAccount({ presetId: 'microsoft365', address: 'a@contoso.com', incoming: { protocol: 'pop3' } });
    expect(result.ok && result.value.incoming[0]?.protocol).toBe('pop3');
  });

  it('guesses the relay host from the domain when none is given (offline)', () => {
    const result = resolveExportAccount({ presetId: 'microsoft365-relay', address: 'scanner@contoso.co.uk' });
    expect(result.ok && result.value.outgoing).toMatchObject({ host: 'contoso-co-uk.mail.protection.outlook.com', port: 25, auth: 'none', username: null });
  });

  it('marks a custom account on a Microsoft host as Microsoft', () => {
    const result = resolveExportAccount({ ...base, host: 'smtp.office365.com' });
    expect(result.ok && result.value.microsoft).toBe(true);
  });

  it('requires a host for presets without one', () => {
    const result = resolveExportAccount({ presetId: 'smart-host', address: 'a@example.com' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'host' } });
  });

  it('uses the plain-text port when incoming encryption is switched off', () => {
    const result = resolveExportAccount({ ...base, incoming: { protocol: 'imap', host: 'imap.example.com', security: 'none' } });
    expect(result.ok && result.value.incoming[0]).toMatchObject({ port: 143, security: 'none' });
  });

  it('refuses an unknown preset and names the valid ones', () => {
    const result = resolveExportAccount({ ...base, presetId: 'gmail' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('microsoft365');
  });

  it.each([0, 65536, 1.5, Number.NaN, -1])('refuses port %s', (port) => {
    const result = resolveExportAccount({ ...base, port });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'port' } });
  });

  const textFields: [string, (v: string) => object][] = [
    ['address', (v) => ({ ...base, address: v })],
    ['displayName', (v) => ({ ...base, displayName: v })],
    ['organization', (v) => ({ ...base, organization: v })],
    ['description', (v) => ({ ...base, description: v })],
    ['host', (v) => ({ ...base, host: v })],
    ['username', (v) => ({ ...base, username: v })],
    ['incoming.host', (v) => ({ ...base, incoming: { protocol: 'imap', host: v } })],
  ];

  it.each(textFields)('refuses CR, LF and NUL in %s', (field, make) => {
    for (const bad of ['x\r\nRCPT TO:<evil@example.net>', 'x\ny', 'x\u0000y', 'x\ry', 'x\u2028y']) {
      const result = resolveExportAccount(make(`alice${bad}@example.com`));
      expect(result, `${field} ${JSON.stringify(bad)}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    }
  });

  it('refuses any control character in the name (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 0x1f }), fc.string(), (before, code, after) => {
        const result = resolveExportAccount({ ...base, displayName: `${before}${String.fromCharCode(code)}${after}` });
        return !result.ok;
      }),
    );
  });

  it('drops secret keys instead of carrying them into the account', () => {
    const result = resolveExportAccount({ ...base, password: 'hunter2-canary', accessToken: 'tok-canary' });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('canary');
  });
});
