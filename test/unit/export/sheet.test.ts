import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { resolveExportAccount, type ExportAccount } from '../../../shared/export/export-account';
import { renderSheetHtml } from '../../../shared/export/sheet-html';

function account(input: object): ExportAccount {
  const result = resolveExportAccount(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const now = new Date('2026-11-23T10:00:00Z');
const CLIENTS = ['New Outlook for Windows', 'Classic Outlook for Windows', 'Outlook for Mac', 'Apple Mail on a Mac'];

describe('instruction sheet', () => {
  it('for Microsoft 365: the values, sign-in with Microsoft, and steps for each client', () => {
    const html = renderSheetHtml(account({ presetId: 'microsoft365', address: 'carol@contoso.com' }), { now });
    expect(XMLValidator.validate(html)).toBe(true);
    for (const client of CLIENTS) expect(html).toContain(`<h3>${client}</h3>`);
    expect(html).toContain('Server smtp.office365.com, port 587, encryption STARTTLS');
    expect(html).toContain('Server outlook.office365.com, port 993, encryption SSL/TLS');
    expect(html).toContain('Sign in with Microsoft (modern authentication, OAuth2)');
    expect(html).toContain('Created 23 November 2026');
    expect(html).toMatch(/end of December 2026/);
    expect(html).toContain('Microsoft Exchange');
  });

  it('for Outlook.com: says POP and IMAP are off by default', () => {
    const html = renderSheetHtml(account({ presetId: 'outlook-com', address: 'dave@outlook.com' }), { now });
    expect(html).toMatch(/Forwarding and IMAP/);
  });

  it('for a password account: manual steps naming the protocol, and the .prf route with its caveat', () => {
    const html = renderSheetHtml(account({ presetId: 'custom', address: 'alice@example.com', host: 'smtp.example.com', incoming: { protocol: 'pop3', host: 'pop.example.com' } }), { now });
    for (const client of CLIENTS) expect(html).toContain(`<h3>${client}</h3>`);
    expect(html).toContain('choose POP');
    expect(html).toContain('Incoming mail (POP)');
    expect(html).toMatch(/\.prf[^<]*no longer recommends/);
    expect(html).not.toMatch(/Sign in with Microsoft/);
  });

  it('for the relay: values and what IT must allow, no mail-app steps', () => {
    const html = renderSheetHtml(account({ presetId: 'microsoft365-relay', address: 'scanner@contoso.com' }), { now });
    expect(html).toContain('contoso-com.mail.protection.outlook.com, port 25');
    expect(html).toMatch(/connector/);
    expect(html).not.toContain('<h3>');
  });

  it('for a send-only smart host: values and a note, no mail-app steps', () => {
    const html = renderSheetHtml(account({ presetId: 'smart-host', address: 'printer@example.com', host: 'relay.example.com' }), { now });
    expect(html).toContain('Server relay.example.com, port 25, encryption STARTTLS');
    expect(html).toMatch(/only send mail/);
    expect(html).not.toContain('<h3>');
  });

  it('escapes every value and loads nothing from outside', () => {
    const html = renderSheetHtml(account({ presetId: 'custom', address: 'alice@example.com', host: 'smtp.example.com', username: '<script>alert("x")</script>&', incoming: { protocol: 'imap', host: 'imap.example.com' } }), { now });
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
    expect(XMLValidator.validate(html)).toBe(true);
    expect(html).not.toMatch(/<link|<img|<iframe|src=|url\(|@import/i);
    expect(html).toMatch(/@media print/);
  });
});
