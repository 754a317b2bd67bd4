import { describe, expect, it } from 'vitest';
import { classify } from '../../../shared/findings';
import { parseReplyText } from '../../../shared/findings/reply-text';
import { redactQuote } from '../../../shared/findings/redact-quote';

describe('parseReplyText', () => {
  it('reads code and enhanced code behind a library prefix', () => {
    const [reply] = parseReplyText('Error: Invalid login: 535 5.7.3 Authentication unsuccessful').replies;
    expect(reply).toMatchObject({ code: 535, enhanced: '5.7.3', text: 'Authentication unsuccessful' });
  });

  it("unpacks Python's (code, b'text') tuples, including escaped quotes", () => {
    const [reply] = parseReplyText(`smtplib.SMTPAuthenticationError: (535, b'5.7.139 it\\'s disabled\\r\\nsecond line')`).replies;
    expect(reply).toMatchObject({ code: 535, enhanced: '5.7.139' });
    expect(reply?.text).toBe("it's disabled second line");
  });

  it('joins a multi-line reply into one', () => {
    const { replies } = parseReplyText('535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8 https://support.google.com/mail/?p=BadCredentials');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain('not accepted. Learn more at https://support.google.com');
  });

  it('splits a reply that quotes an earlier one (530 carrying the 535 reason)', () => {
    const { replies } = parseReplyText('530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.');
    expect(replies.map((r) => [r.code, r.enhanced])).toEqual([
      [530, '5.7.57'],
      [535, '5.7.139'],
    ]);
  });

  it('reads the .NET form that has only the enhanced code', () => {
    const [reply] = parseReplyText('The server response was: 5.7.57 Client not authenticated to send mail.').replies;
    expect(reply).toMatchObject({ enhanced: '5.7.57', text: 'Client not authenticated to send mail.' });
    expect(reply?.code).toBeUndefined();
  });

  it('drops client lines of a PHPMailer log but remembers the AUTH mechanism', () => {
    const log = [
      'SERVER -> CLIENT: 250-AUTH LOGIN XOAUTH2',
      'CLIENT -> SERVER: AUTH XOAUTH2 dXNlcj1hbm5hQGNvbnRvc28uY29tAWF1dGg9QmVhcmVyIGV5SjBlWEFp',
      'SERVER -> CLIENT: 535 5.7.3 Authentication unsuccessful',
    ].join('\n');
    const { replies, other } = parseReplyText(log);
    expect(replies.map((r) => r.code)).toEqual([250, 535]);
    expect(replies[1]?.command).toBe('AUTH XOAUTH2');
    expect(JSON.stringify({ replies, other })).not.toContain('dXNlcj1');
  });

  it('does not mistake numbers in error messages for reply codes', () => {
    const { replies, other } = parseReplyText('Connection timed out after 450 ms; connect ETIMEDOUT 40.101.128.18:465');
    expect(replies).toEqual([]);
    expect(other).toHaveLength(1);
  });

  it('keeps a bounce line wrapped by a mail client with its reply', () => {
    const wrapped = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is\ndisabled for the Tenant.';
    expect(classify(wrapped)[0]?.id).toBe('auth.smtp-auth-disabled-tenant');
  });
});

describe('quotes never carry secrets', () => {
  it('masks SASL arguments, bearer tokens and password pairs', () => {
    expect(redactQuote('AUTH PLAIN AGFubmFAY29udG9zby5jb20Ac2VjcmV0')).toBe('AUTH PLAIN [redacted]');
    expect(redactQuote('token=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczov')).toBe('token=[redacted]');
    expect(redactQuote('login failed password: Summer2026!')).toBe('login failed password: [redacted]');
    expect(redactQuote('bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9')).toBe('bearer [redacted]');
  });

  it("keeps Microsoft's own words and trailer intact", () => {
    const reply = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. [FR4P281CA0258.DEUP281.PROD.OUTLOOK.COM 2026-05-17T18:38:18.362Z 08DEB430F51D1974]';
    expect(redactQuote(reply)).toBe(reply);
  });

  it('never returns a base64 AUTH argument from a pasted log, even when unrecognised', () => {
    const secret = 'U3VwZXJTZWNyZXRQYXNzd29yZDIwMjY=';
    const pasted = `-> AUTH LOGIN\n<- 334 VXNlcm5hbWU6\n-> YW5uYUBjb250b3NvLmNvbQ==\n<- 334 UGFzc3dvcmQ6\n-> ${secret}\n<- 599 9.9.9 odd`;
    expect(JSON.stringify(classify(pasted))).not.toContain(secret);
    expect(JSON.stringify(classify(`weird thing ${secret}`))).not.toContain(secret);
  });
});
