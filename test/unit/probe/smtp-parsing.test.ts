import { describe, expect, it } from 'vitest';
import { chooseMechanism, sendsUserInAuthCommand } from '../../../electron/probe/sign-in';
import { errorEvidence, parseEhlo, parseReply, replyEvidence, replySummary, serverTimeFromGreeting } from '../../../electron/probe/smtp-replies';

const M365_EHLO_TLS = [
  '250-BY1PR10CA0041.outlook.office365.com Hello [203.0.113.5]',
  '250-SIZE 157286400',
  '250-PIPELINING',
  '250-DSN',
  '250-ENHANCEDSTATUSCODES',
  '250-AUTH LOGIN XOAUTH2',
  '250-8BITMIME',
  '250-BINARYMIME',
  '250-CHUNKING',
  '250 SMTPUTF8',
].join('\n');

describe('parseReply / replyEvidence', () => {
  it('splits code, enhanced code and text; keeps the trailer for the classifier to strip', () => {
    const raw = '535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [BY1PR10CA0041.namprd10.prod.outlook.com 2026-11-23T10:00:00.000Z 08DEB430F51D1974]';
    expect(parseReply(raw)).toEqual({
      code: 535,
      enhanced: '5.7.139',
      text: 'Authentication unsuccessful, the user credentials were incorrect. [BY1PR10CA0041.namprd10.prod.outlook.com 2026-11-23T10:00:00.000Z 08DEB430F51D1974]',
    });
    expect(replyEvidence('AUTH LOGIN', raw)).toMatchObject({ kind: 'reply', command: 'AUTH LOGIN', code: 535, enhanced: '5.7.139' });
  });

  it('joins multi-line replies without their code prefixes and has no enhanced code for a greeting', () => {
    expect(parseReply('220-first\n220 second')).toEqual({ code: 220, text: 'first\nsecond' });
    expect(replyEvidence('CONNECT', '220 host ESMTP')).toEqual({ kind: 'reply', command: 'CONNECT', code: 220, text: 'host ESMTP' });
  });

  it('keeps unparsable text as code 0 and shortens summaries', () => {
    expect(parseReply('garbage')).toBeNull();
    expect(replyEvidence('CONNECT', 'garbage\r\n')).toEqual({ kind: 'reply', command: 'CONNECT', code: 0, text: 'garbage' });
    expect(replySummary(`250 ${'x'.repeat(300)}`, 20)).toHaveLength(20);
    expect(replySummary('250-a\n250 b')).toBe('250-a');
  });
});

describe('parseEhlo', () => {
  it("reads Microsoft's post-TLS capabilities", () => {
    const caps = parseEhlo(M365_EHLO_TLS);
    expect(caps.authAdvertised).toBe(true);
    expect(caps.authMechanisms).toEqual(['LOGIN', 'XOAUTH2']);
    expect(caps.size).toBe(157286400);
    expect(caps.pipelining).toBe(true);
    expect(caps.starttls).toBe(false);
    expect(caps.extensions).toHaveLength(9);
  });

  it('sees STARTTLS and no AUTH before TLS, and the old AUTH= form', () => {
    const before = parseEhlo('250-host Hello\n250-STARTTLS\n250 SIZE');
    expect(before).toMatchObject({ starttls: true, authAdvertised: false, authMechanisms: [], size: null });
    expect(parseEhlo('250-host\n250-AUTH=LOGIN PLAIN\n250 OK').authMechanisms).toEqual(['LOGIN', 'PLAIN']);
    expect(parseEhlo('250-host\n250 AUTH').authAdvertised).toBe(true);
  });

  it('returns no capabilities for a refused EHLO', () => {
    expect(parseEhlo('502 5.5.2 Error: command not recognized')).toMatchObject({ extensions: [], authAdvertised: false });
  });
});

describe('chooseMechanism', () => {
  const caps = (line: string) => parseEhlo(`250-host\n250 ${line}`);
  const password = { method: 'password', user: 'a@b.c', password: 'secret-1' } as const;
  const oauth = { method: 'oauth2', user: 'a@b.c', accessToken: 'tok-123456' } as const;

  it('uses XOAUTH2 for a token and LOGIN for a password at Microsoft', () => {
    expect(chooseMechanism(oauth, caps('AUTH LOGIN XOAUTH2'))).toEqual({ mechanism: 'XOAUTH2', evidence: [] });
    expect(chooseMechanism(password, caps('AUTH LOGIN XOAUTH2'))).toEqual({ mechanism: 'LOGIN', evidence: [] });
  });

  it('prefers LOGIN over PLAIN, uses PLAIN when it is the only one', () => {
    expect(chooseMechanism(password, caps('AUTH PLAIN LOGIN')).mechanism).toBe('LOGIN');
    expect(chooseMechanism(password, caps('AUTH PLAIN')).mechanism).toBe('PLAIN');
  });

  it('records a missing AUTH offer as a fact and still chooses a mechanism to try', () => {
    const choice = chooseMechanism(password, parseEhlo('250-host\n250 SIZE 1000'));
    expect(choice.mechanism).toBe('PLAIN');
    expect(choice.evidence).toEqual([{ kind: 'fact', fact: 'no-auth-after-tls', detail: expect.any(String) }]);
  });

  it('records an unsupported mechanism', () => {
    const choice = chooseMechanism(oauth, caps('AUTH LOGIN PLAIN'));
    expect(choice.mechanism).toBe('XOAUTH2');
    expect(choice.evidence).toEqual([
      { kind: 'fact', fact: 'mechanism-unsupported', detail: expect.stringContaining('LOGIN PLAIN'), params: { mechanism: 'XOAUTH2', offered: 'LOGIN PLAIN' } },
    ]);
  });
});

describe('errorEvidence', () => {
  it('turns a nodemailer EAUTH error into reply evidence', () => {
    const error = Object.assign(new Error('Invalid login: 535 5.7.3 Authentication unsuccessful'), {
      code: 'EAUTH',
      response: '535 5.7.3 Authentication unsuccessful',
      responseCode: 535,
      command: 'AUTH LOGIN',
    });
    expect(errorEvidence(error, 'AUTH')).toEqual([{ kind: 'reply', command: 'AUTH LOGIN', code: 535, enhanced: '5.7.3', text: 'Authentication unsuccessful' }]);
  });

  it('keeps socket and TLS codes apart and maps a closed connection to a reset', () => {
    expect(errorEvidence(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET', originalCode: 'ECONNREFUSED' }), 'CONNECT')).toEqual([
      { kind: 'socket-error', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
    ]);
    expect(errorEvidence(Object.assign(new Error('wrong version number'), { code: 'ESOCKET', originalCode: 'ERR_SSL_WRONG_VERSION_NUMBER' }), 'CONNECT')).toEqual([
      { kind: 'tls-error', code: 'ERR_SSL_WRONG_VERSION_NUMBER', message: 'wrong version number' },
    ]);
    expect(errorEvidence(Object.assign(new Error('Connection closed unexpectedly'), { code: 'ECONNECTION' }), 'EHLO')).toEqual([
      { kind: 'socket-error', code: 'ECONNRESET', message: 'Connection closed unexpectedly' },
    ]);
  });
});

describe('serverTimeFromGreeting', () => {
  it("reads Microsoft's banner date with its zone", () => {
    const banner = 'BY1PR10CA0041.outlook.office365.com Microsoft ESMTP MAIL Service ready at Mon, 23 Nov 2026 15:35:30 +0100';
    expect(serverTimeFromGreeting(banner)?.toISOString()).toBe('2026-11-23T14:35:30.000Z');
  });

  it('returns null when the banner has no date', () => {
    expect(serverTimeFromGreeting('lab.localhost ESMTP Postfix (Debian/GNU)')).toBeNull();
  });
});

describe('sendsUserInAuthCommand: AUTH LOGIN with the user name in it only for Exchange', () => {
  const exchange = '220 BY1PR10CA0041.outlook.office365.com Microsoft ESMTP MAIL Service ready at Mon, 23 Nov 2026 15:36:44 +0000';
  it('is on for LOGIN to a server that greets as Exchange (Online or on-premises)', () => {
    expect(sendsUserInAuthCommand('LOGIN', exchange)).toBe(true);
    expect(sendsUserInAuthCommand('LOGIN', '220-EX01.contoso.local Microsoft ESMTP MAIL Service ready at Tue, 1 Dec 2026 09:00:00 +0100\n220 second line')).toBe(true);
  });
  it('is off for other servers, other mechanisms, no greeting, and a look-alike greeting', () => {
    expect(sendsUserInAuthCommand('LOGIN', '220 mail.example.org ESMTP Postfix (Debian/GNU)')).toBe(false);
    expect(sendsUserInAuthCommand('XOAUTH2', exchange)).toBe(false);
    expect(sendsUserInAuthCommand('PLAIN', exchange)).toBe(false);
    expect(sendsUserInAuthCommand('LOGIN', null)).toBe(false);
    expect(sendsUserInAuthCommand('LOGIN', '220 mail.example.org ESMTP ready; not a Microsoft ESMTP MAIL Service')).toBe(false);
    expect(sendsUserInAuthCommand('LOGIN', '554 BY1PR10CA0041.outlook.office365.com Microsoft ESMTP MAIL Service unavailable')).toBe(false);
  });
});
