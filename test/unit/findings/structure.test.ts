import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../../../shared/findings';
import { parseReplyText } from '../../../shared/findings/reply-text';

const primary = (text: string, context = {}) => diagnoseText(text, { context }).primary?.id;

// Behaviour the held-out corpus slice showed missing: each case is the general shape
// (a code format, a DSN field, an EHLO listing), written here with made-up hosts.
describe('reply formats in bounces and NDRs', () => {
  it('reads a code after "smtp;" and after "#"', () => {
    expect(parseReplyText('Diagnostic-Code: smtp; 421 mx7 Service refused, please try later').replies[0]?.code).toBe(421);
    const [ndr] = parseReplyText('550 #5.1.0 Address rejected.').replies;
    expect(ndr).toMatchObject({ code: 550, enhanced: '5.1.0' });
  });

  it('still does not read line numbers and ports as codes', () => {
    expect(parseReplyText('error:0A00010B:SSL routines:ssl3_get_record:wrong version number:ssl3_record.c:355:').replies).toEqual([]);
  });
});

describe('who a bounce is about', () => {
  it("a relay's DSN about a name it cannot find is the recipient's domain", () => {
    expect(primary('Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=example.invalid type=A: Host not found')).toBe(
      'send.recipient-rejected',
    );
    // The same words in this computer's own log are still a name lookup failure here.
    expect(primary('postfix/smtp[42]: warning: host or domain name not found. Name service error for name=smtp.example.invalid type=A')).toBe(
      'network.dns-failure',
    );
  });

  it('tells "421 4.3.2 Service not active" from the 432 concurrency limit', () => {
    expect(primary('421 4.3.2 Service not active')).toBe('server.temporary-failure');
    expect(primary('432 4.3.2 Concurrent connections limit exceeded.')).toBe('send.concurrency-limit');
  });

  it("reads a recipient's restriction and a recipient's full inbox", () => {
    expect(primary('550 5.7.133 Sender not authenticated for group')).toBe('send.recipient-rejected');
    expect(primary("552 5.2.2 The recipient's inbox is out of storage space")).toBe('send.recipient-mailbox-full');
  });
});

describe('structure and settings told by the text', () => {
  it('an EHLO with STARTTLS but no AUTH means STARTTLS was skipped before signing in', () => {
    const log = ['250-mx.example.com Hello', '250-SIZE 157286400', '250-STARTTLS', '250 SMTPUTF8', 'SMTP ERROR: AUTH command failed: 504 5.7.4 Unrecognized authentication type'].join('\n');
    expect(primary(log)).toBe('protocol.starttls-required');
    const afterTls = ['250-mx.example.com Hello', '250-AUTH LOGIN XOAUTH2', '504 5.7.4 Unrecognized authentication type'].join('\n');
    expect(primary(afterTls)).toBe('auth.mechanism-unsupported');
  });

  it('implicit TLS on 587 is the setting, whatever the library guesses', () => {
    const mailkit = 'One possibility is that you are trying to connect to a port which does not support SSL/TLS. 1. The server is using a self-signed certificate which cannot be verified.';
    expect(primary(mailkit, { port: 587, security: 'tls' })).toBe('tls.mode-mismatch');
    expect(primary(mailkit)).toBe('tls.handshake-failed');
  });

  it('a client command after the STARTTLS go-ahead means the handshake worked', () => {
    const dropped = ['C: STARTTLS', 'S: 220 2.0.0 Start TLS', 'C: EHLO [192.0.2.1]', 'The SMTP server has unexpectedly disconnected.'].join('\n');
    expect(primary(dropped)).toBe('network.connection-reset');
    const failed = ['CLIENT -> SERVER: STARTTLS', 'SERVER -> CLIENT: 220 2.0.0 SMTP server ready', 'SMTP Error: Could not connect to SMTP host.'].join('\n');
    expect(primary(failed)).toBe('tls.handshake-failed');
  });

  it('a self-signed certificate in the chain of a big public provider is interception', () => {
    expect(primary('self signed certificate in certificate chain', { host: 'smtp.gmail.com' })).toBe('tls.intercepted');
    expect(primary('self signed certificate in certificate chain', { host: 'mail.example.org' })).toBe('tls.certificate-untrusted');
  });
});
