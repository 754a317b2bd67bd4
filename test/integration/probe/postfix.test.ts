import { describe, expect, it } from 'vitest';
import { runProbe } from '../../../electron/probe/run-probe';
import { postfixLab } from '../../lab';
import { stageOf, statuses } from './lab-probe';
import { stageDetailText } from '../../../shared/stage-details';

/** Postfix as an independent peer: real STARTTLS, Cyrus SASL and local delivery. */
describe('probe against the real Postfix on loopback', () => {
  it('STARTTLS on 2587, SASL LOGIN, and a test message that lands in the mailbox', async () => {
    const postfix = await postfixLab();
    const result = await runProbe(
      {
        host: postfix.host,
        port: postfix.port,
        security: 'starttls',
        presetId: 'custom',
        auth: { method: 'password', user: postfix.user, password: postfix.password },
        sendTestTo: postfix.recipient,
      },
      { tlsServername: postfix.servername, extraCa: [postfix.caPem], env: {} },
      () => {},
    );
    expect(result.verdict).toBe('pass');
    expect(statuses(result)).toEqual({
      resolve: 'pass',
      connect: 'pass',
      greeting: 'pass',
      ehlo: 'pass',
      starttls: 'pass',
      'ehlo-tls': 'pass',
      auth: 'pass',
      'mail-from': 'pass',
      'rcpt-to': 'pass',
      data: 'pass',
      quit: 'pass',
    });
    expect(result.tls).toMatchObject({ verified: true, diagnosis: 'trusted' });
    // Postfix offers PLAIN and LOGIN; a careful client picks LOGIN.
    expect(result.capabilities.authMechanisms).toEqual(expect.arrayContaining(['PLAIN', 'LOGIN']));
    expect(stageDetailText(stageOf(result, 'auth').detail)).toMatch(/^LOGIN: 235/);
    // Postfix does not greet as Exchange: the Username:/Password: dialogue, no initial response.
    const client = result.transcript.filter((line) => line.marker === '~>').map((line) => line.text);
    expect(client).toContain('AUTH LOGIN');
    expect(result.transcript.filter((line) => line.marker === '<~').map((line) => line.text)).toContain('334 VXNlcm5hbWU6');
    // Postfix offers CHUNKING; the test message still goes with DATA, as mail apps send it
    // (shared/facts/service.ts: smtp.exchange-bdat-trouble).
    expect(result.capabilities.extensions).toContain('CHUNKING');
    expect(client).toContain('DATA');
    expect(client.some((line) => /^BDAT\b/i.test(line))).toBe(false);
    const queued = /queued as ([0-9A-F]+)/i.exec(stageDetailText(stageOf(result, 'data').detail))?.[1];
    expect(queued).toBeDefined();
    const mailbox = await postfix.waitForDelivery(String(queued));
    const delivered = mailbox.slice(mailbox.lastIndexOf(String(queued)));
    expect(delivered).toContain('Subject: Mail Setup Assistant test message');
    expect(delivered).toContain('sending email from this computer works');
  });

  it('implicit TLS on 2465 signs in too', async () => {
    const postfix = await postfixLab();
    const result = await runProbe(
      { host: postfix.host, port: postfix.tlsPort, security: 'tls', auth: { method: 'password', user: postfix.user, password: postfix.password } },
      { tlsServername: postfix.servername, extraCa: [postfix.caPem], env: {} },
      () => {},
    );
    expect(result.verdict).toBe('pass');
    expect(result.stages.map((s) => `${s.id}:${s.status}`)).toEqual([
      'resolve:pass',
      'connect:pass',
      'tls:pass',
      'greeting:pass',
      'ehlo:pass',
      'auth:pass',
      'mail-from:skipped',
      'rcpt-to:skipped',
      'data:skipped',
      'quit:pass',
    ]);
    expect(result.transcript.some((line) => line.marker === '<~' && /^220 /.test(line.text))).toBe(true);
  });

  it('a wrong password gets Postfix\'s own 535', async () => {
    const postfix = await postfixLab();
    const result = await runProbe(
      { host: postfix.host, port: postfix.port, security: 'starttls', auth: { method: 'password', user: postfix.user, password: 'not-the-password' } },
      { tlsServername: postfix.servername, extraCa: [postfix.caPem], env: {} },
      () => {},
    );
    expect(stageOf(result, 'auth')).toMatchObject({ status: 'fail', evidence: [expect.objectContaining({ kind: 'reply', code: 535, enhanced: '5.7.8' })] });
  });
});
