/**
 * Issue 13: internationalised addresses. The domain always goes out as punycode; a
 * non-ASCII local part goes out only to a server that offers SMTPUTF8 (RFC 6531),
 * otherwise nothing is sent and the stage says why.
 */
import { describe, expect, it } from 'vitest';
import { runProbe } from '../../../electron/probe';
import { classifyAll } from '../../../shared/findings';
import type { ProbeResult } from '../../../shared/types';
import { startHostileServer } from '../../lab/fuzz/hostile-server';
import { labPki } from '../../lab/lab-pki';

async function send(user: string, smtpUtf8: boolean): Promise<{ result: ProbeResult; lines: string[] }> {
  const pki = await labPki();
  const server = await startHostileServer({ index: 0, seed: 1, security: 'starttls', auth: 'password', sendTest: true, moment: null, behaviour: null, smtpUtf8 }, pki.served.healthy);
  try {
    const result = await runProbe(
      { host: '127.0.0.1', port: server.port, security: 'starttls', auth: { method: 'password', user, password: 'Pa55 wörd' }, sendTestTo: user },
      { extraCa: [pki.rootPem], tlsServername: 'smtp.office365.com', env: {}, systemCertificates: () => [], classify: classifyAll },
      () => undefined,
    );
    // The lab reads bytes as latin1; the client sent UTF-8.
    return { result, lines: server.observed.clientLines.map((line) => Buffer.from(line, 'latin1').toString('utf8')) };
  } finally {
    await server.close();
  }
}

const envelope = (lines: string[]) => lines.filter((line) => /^(MAIL FROM|RCPT TO):/.test(line));

describe('internationalised addresses on the wire', () => {
  it('an IDN domain goes out as punycode, without needing SMTPUTF8', async () => {
    const { result, lines } = await send('amy@bücher.example', false);
    expect(result.verdict).toBe('pass');
    expect(envelope(lines)).toEqual([expect.stringMatching(/^MAIL FROM:<amy@xn--bcher-kva\.example> SIZE=\d+$/), 'RCPT TO:<amy@xn--bcher-kva.example>']);
  });

  it('a non-ASCII local part is not sent to a server without SMTPUTF8, and the stage says why', async () => {
    const { result, lines } = await send('jürgen@bücher.example', false);
    expect(envelope(lines)).toEqual([]);
    const mail = result.stages.find((s) => s.id === 'mail-from');
    expect(mail?.status).toBe('fail');
    expect(mail?.evidence).toEqual([expect.objectContaining({ kind: 'fact', fact: 'smtputf8-unsupported' })]);
    expect(mail?.findings[0]).toBe('send.smtputf8-unsupported');
    expect(result.stages.find((s) => s.id === 'rcpt-to')?.status).toBe('skipped');
  });

  it('a non-ASCII local part goes to a server that offers SMTPUTF8, with the SMTPUTF8 parameter', async () => {
    const { result, lines } = await send('jürgen@bücher.example', true);
    expect(result.verdict).toBe('pass');
    expect(envelope(lines)).toEqual([expect.stringMatching(/^MAIL FROM:<jürgen@xn--bcher-kva\.example> SMTPUTF8 SIZE=\d+$/), 'RCPT TO:<jürgen@xn--bcher-kva.example>']);
  });
});
