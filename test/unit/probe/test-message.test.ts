import { afterEach, describe, expect, it } from 'vitest';
import { buildTestMessage } from '../../../electron/probe/send';
import { setActiveLocale } from '../../../shared/i18n/active-locale';

// The body as a reader sees it: undo quoted-printable soft breaks and escapes (RFC 2045 §6.7).
function bodyText(raw: Buffer): string {
  const text = raw.toString('utf8');
  const body = text.slice(text.indexOf('\r\n\r\n') + 4);
  const qp = /Content-Transfer-Encoding: quoted-printable/i.test(text);
  if (!qp) return body;
  const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

const base = { from: 'anna@contoso.example', to: 'anna@contoso.example', host: 'smtp.office365.com', port: 587, now: new Date(Date.UTC(2026, 11, 2, 9, 30, 0)) };

describe('the test message', () => {
  afterEach(() => setActiveLocale('en'));

  it('says when it was sent in the reader’s words, with the time zone named', async () => {
    const body = bodyText(await buildTestMessage({ ...base, security: 'starttls', timeZone: 'Europe/Berlin' }));
    expect(body).toContain('on port 587 (STARTTLS)');
    expect(body).toContain('When: 2 December 2026 at 10:30:00 CET');
  });

  it('writes the date in the active locale and "not encrypted" from the messages', async () => {
    expect(bodyText(await buildTestMessage({ ...base, security: 'none', timeZone: 'UTC' }))).toContain('on port 587 (not encrypted)');
    setActiveLocale('de');
    expect(bodyText(await buildTestMessage({ ...base, security: 'tls', timeZone: 'Europe/Berlin' }))).toContain('2. Dezember 2026 um 10:30:00 MEZ');
  });
});
