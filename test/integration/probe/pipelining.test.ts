/**
 * The test message with PIPELINING (RFC 2920, Exchange Online offers it): MAIL FROM,
 * RCPT TO and DATA leave in one flight and each reply still ends its own stage. The lab
 * server logs which envelope commands arrived in one read ("=== read MAIL RCPT DATA"),
 * so the wire is observed from the server side, before any reply was sent.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { runProbe } from '../../../electron/probe/run-probe';
import { postfixLab, SCENARIOS, startLab, type Lab } from '../../lab';
import { labDeps, labRequest, leakForms, probeLab, stageOf, statuses } from './lab-probe';

let lab: Lab | null = null;
afterEach(async () => {
  await lab?.close();
  lab = null;
});

/** The server log from the first envelope read to the end of the session. */
const envelopeLog = (l: Lab) => l.log.slice(l.log.findIndex((line) => line.startsWith('=== read ')));

describe('test message with PIPELINING advertised', () => {
  it('sends MAIL FROM, RCPT TO and DATA in one read, then the message after the 354', async () => {
    lab = await startLab('healthy');
    const { result } = await probeLab(lab, labRequest(lab, { sendTestTo: lab.credentials.user }));
    expect(result.verdict).toBe('pass');
    const log = envelopeLog(lab);
    expect(log[0]).toBe('=== read MAIL RCPT DATA');
    expect(log.slice(1, 7).map((line) => line.slice(0, 9))).toEqual(['C: MAIL F', 'S: 250 2.', 'C: RCPT T', 'S: 250 2.', 'C: DATA', 'S: 354 St']);
    expect(log.filter((line) => line.startsWith('=== read '))).toEqual(['=== read MAIL RCPT DATA']);
    // Each reply is still its own stage, with its own evidence.
    expect(stageOf(result, 'mail-from').evidence).toEqual([expect.objectContaining({ kind: 'reply', command: 'MAIL FROM', code: 250, enhanced: '2.1.0' })]);
    expect(stageOf(result, 'rcpt-to').evidence).toEqual([expect.objectContaining({ kind: 'reply', command: 'RCPT TO', code: 250, enhanced: '2.1.5' })]);
    expect(stageOf(result, 'data').evidence).toEqual([
      expect.objectContaining({ kind: 'reply', command: 'DATA', code: 354 }),
      expect.objectContaining({ kind: 'reply', command: 'DATA', code: 250, enhanced: '2.0.0' }),
    ]);
    expect(lab.received).toHaveLength(1);
  });

  it('a 550 to RCPT TO fails the rcpt-to stage, and the message itself is never sent', async () => {
    lab = await startLab('recipient-rejected');
    const { result } = await probeLab(lab, labRequest(lab, { sendTestTo: lab.credentials.user }));
    expect(envelopeLog(lab)[0]).toBe('=== read MAIL RCPT DATA');
    expect(statuses(result)).toMatchObject({ 'mail-from': 'pass', 'rcpt-to': 'fail', data: 'skipped' });
    const reply = SCENARIOS['recipient-rejected'].reply;
    expect(stageOf(result, 'rcpt-to').evidence).toContainEqual(expect.objectContaining({ kind: 'reply', command: 'RCPT TO', code: reply?.code, enhanced: reply?.enhanced }));
    // The DATA sent along was refused by the server; no message body followed.
    expect(lab.log.some((line) => line.startsWith('C: <message'))).toBe(false);
    expect(lab.received).toEqual([]);
  });

  it('a refusal at MAIL FROM stays the mail-from stage’s failure', async () => {
    lab = await startLab('send-as-denied');
    const { result } = await probeLab(lab, labRequest(lab, { sendTestTo: lab.credentials.user }));
    expect(statuses(result)).toMatchObject({ 'mail-from': 'fail', 'rcpt-to': 'skipped', data: 'skipped' });
    expect(stageOf(result, 'mail-from').evidence).toContainEqual(expect.objectContaining({ kind: 'reply', command: 'MAIL FROM', code: 550, enhanced: '5.7.60' }));
    expect(lab.log.some((line) => line.startsWith('C: <message'))).toBe(false);
  });
});

describe('test message without PIPELINING', () => {
  it('waits for each reply before the next command, as before', async () => {
    lab = await startLab('healthy', { pipelining: false });
    const { result } = await probeLab(lab, labRequest(lab, { sendTestTo: lab.credentials.user }));
    expect(result.verdict).toBe('pass');
    expect(result.capabilities.extensions).not.toContain('PIPELINING');
    const log = envelopeLog(lab).filter((line) => /^(=== read|S: (250 2\.1|354))/.test(line));
    expect(log).toEqual(['=== read MAIL', expect.stringMatching(/^S: 250 2\.1\.0/), '=== read RCPT', expect.stringMatching(/^S: 250 2\.1\.5/), '=== read DATA', expect.stringMatching(/^S: 354/)]);
    expect(lab.received).toHaveLength(1);
  });
});

describe('the lab server’s read log', () => {
  it('names verbs only: no AUTH data, no address, no message text', async () => {
    lab = await startLab('healthy');
    await probeLab(lab, labRequest(lab, { sendTestTo: lab.credentials.user }), labDeps(lab));
    const reads = lab.log.filter((line) => line.startsWith('=== read '));
    expect(reads).toEqual(['=== read MAIL RCPT DATA']);
    const text = lab.log.join('\n');
    for (const form of leakForms(lab.credentials.password)) expect(text).not.toContain(form);
    expect(text).not.toContain('sending email from this computer works');
  });
});

describe('the real Postfix on loopback (it offers PIPELINING)', () => {
  it('gets MAIL FROM, RCPT TO and DATA before the first of their replies, accepts them as proper pipelining, and delivers', async () => {
    const postfix = await postfixLab();
    const logBefore = (await readFile('/var/log/postfix.log', 'utf8').catch(() => '')).length;
    const result = await runProbe(
      { host: postfix.host, port: postfix.port, security: 'starttls', presetId: 'custom', auth: { method: 'password', user: postfix.user, password: postfix.password }, sendTestTo: postfix.recipient },
      { tlsServername: postfix.servername, extraCa: [postfix.caPem], env: {} },
      () => {},
    );
    expect(result.verdict).toBe('pass');
    expect(result.capabilities.extensions).toContain('PIPELINING');
    const lines = result.transcript.map((line) => `${line.marker} ${line.text}`);
    const mail = lines.findIndex((line) => line.startsWith('~> MAIL FROM:'));
    expect(lines.slice(mail, mail + 4)).toEqual([expect.stringMatching(/^~> MAIL FROM:/), expect.stringMatching(/^~> RCPT TO:/), '~> DATA', expect.stringMatching(/^<~ 250 2\.1\.0/)]);
    expect(statuses(result)).toMatchObject({ 'mail-from': 'pass', 'rcpt-to': 'pass', data: 'pass' });
    const queued = /queued as ([0-9A-F]+)/i.exec(JSON.stringify(stageOf(result, 'data').detail))?.[1];
    await postfix.waitForDelivery(String(queued));
    // Postfix logs "improper command pipelining" for a client that pipelines where it may not.
    const logAfter = (await readFile('/var/log/postfix.log', 'utf8').catch(() => '')).slice(logBefore);
    expect(logAfter).not.toMatch(/improper command pipelining/);
  });
});
