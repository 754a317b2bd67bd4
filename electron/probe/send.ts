/**
 * The optional test message (MAIL FROM, RCPT TO, DATA) to the person's own address, and
 * QUIT. Without a test message the envelope stages are skipped: a MAIL FROM + RSET with
 * the sign-in address could not catch Send As refusals (5.7.60 needs a different From)
 * and would cost two round trips on every healthy probe.
 * The message goes with DATA even where CHUNKING is offered: BDAT would save a round trip,
 * but it has failed against smtp.office365.com where DATA works, and the test message must
 * go the way the person's mail app sends (shared/facts/service.ts: smtp.exchange-bdat-trouble).
 */
import { t } from '../../shared/i18n';
import { formatDateTime } from '../../shared/i18n/intl-format';
import { stageDetail } from '../../shared/stage-details';
import { commandOf } from '../../shared/stages';
import type { Security, StageId } from '../../shared/types';
import { stageDeadline, type Run } from './recorder';
import { endInterrupted, waitFor, type SmtpSession } from './session';
import { errorEvidence, errorSummary, parseReply, replyEvidence, replySummary, type Capabilities } from './smtp-replies';
import { envelopeSender, needsSmtpUtf8, toWireAddress } from '../../shared/validation';

export interface TestMessage {
  /** The envelope in its wire form: domains as punycode (shared/validation.ts). */
  from: string;
  to: string;
  message: Promise<Buffer>;
}

/**
 * Starts building the test message, so it is ready when the sign-in answers (call it
 * as the AUTH command leaves); null when the person asked for none.
 */
export function prepareTestMessage(run: Run): TestMessage | null {
  const { request } = run;
  if (!request.sendTestTo) return null;
  const to = toWireAddress(request.sendTestTo);
  const from = envelopeSender(request.auth, to);
  const message = buildTestMessage({ from, to, host: request.host, port: request.port, security: request.security, now: run.now() });
  // Awaited by runSend only after a sign-in; without one nobody would see a failure.
  message.catch(() => {});
  return { from, to, message };
}

export async function runSend(run: Run, session: SmtpSession, caps: Capabilities, test: TestMessage | null): Promise<boolean> {
  const { rec, transcript } = run;
  if (!test) {
    for (const id of ['mail-from', 'rcpt-to', 'data'] as const) rec.skip(id, 'no-test-message');
    return true;
  }
  const { from, to } = test;
  if ((needsSmtpUtf8(from) || needsSmtpUtf8(to)) && !caps.extensions.some((e) => /^SMTPUTF8\b/i.test(e))) {
    // RFC 6531: a non-ASCII local part goes only to a server that offers SMTPUTF8; nothing is sent.
    const message = 'SMTPUTF8 is required, but was not offered: the address has non-ASCII characters before the @';
    rec.begin('mail-from');
    transcript.error(message);
    rec.end('fail', stageDetail('error', { message }), [{ kind: 'fact', fact: 'smtputf8-unsupported', detail: message }]);
    return false;
  }
  const message = await test.message;

  transcript.info(`test message to ${to}: ${message.length} bytes`);
  let stage: StageId = 'mail-from';
  let deadline = 0;
  const next = (id: StageId) => {
    stage = id;
    rec.begin(id);
    deadline = stageDeadline(run, id);
  };
  next('mail-from');
  session.send(from, to, message);

  for (;;) {
    const event = await waitFor(run, session, deadline, (e) => e.kind === 'reply' || e.kind === 'sent');
    if (event.kind === 'sent') {
      if (rec.current === null) return !event.error;
      if (event.error) {
        transcript.error(errorSummary(event.error));
        rec.end('fail', stageDetail('error', { message: errorSummary(event.error) }), errorEvidence(event.error, commandOf(stage)));
        return false;
      }
      const response = event.response ?? '';
      rec.end('pass', stageDetail('reply', { reply: replySummary(response) }), response ? [replyEvidence('DATA', response)] : []);
      return true;
    }
    if (event.kind !== 'reply') return rec.current === null ? false : endInterrupted(run, event, commandOf(stage));
    if (rec.current === null) continue; // replies to pipelined commands after a failure
    const code = parseReply(event.raw)?.code ?? 0;
    const evidence = [replyEvidence(commandOf(stage), event.raw)];
    const detail = stageDetail('reply', { reply: replySummary(event.raw) });
    if (event.step === 'data-start') {
      if (code === 354) rec.note(...evidence);
      else rec.end('fail', detail, evidence);
      continue;
    }
    if (event.step !== stage) continue;
    if (code < 200 || code > 299) {
      rec.end('fail', detail, evidence);
      continue; // nodemailer still reports the send as failed; wait for that to finish
    }
    rec.end('pass', detail, evidence);
    if (stage === 'mail-from') next('rcpt-to');
    else if (stage === 'rcpt-to') next('data');
  }
}

/** QUIT politely when the session is still open; waits for the server to close. */
export async function runQuit(run: Run, session: SmtpSession): Promise<void> {
  const { rec } = run;
  if (session.isClosed) {
    rec.skip('quit', 'earlier-failure');
    return;
  }
  rec.begin('quit');
  session.quit();
  const event = await waitFor(run, session, stageDeadline(run, 'quit'), (e) => e.kind === 'closed');
  if (event.kind === 'aborted') {
    endInterrupted(run, event, 'QUIT');
    return;
  }
  const reply = session.lastReply;
  if (event.kind === 'closed' && reply && /^221/.test(reply)) {
    rec.end('pass', stageDetail('reply', { reply: replySummary(reply) }), [replyEvidence('QUIT', reply)]);
  } else {
    // The verdict is already known; a missing goodbye only deserves a warning.
    rec.end('warn', stageDetail(event.kind === 'timeout' ? 'quit.no-reply' : 'quit.closed'));
  }
}

/** The test message: to the person's own address, saying what was tested and when. */
export async function buildTestMessage(input: { from: string; to: string; host: string; port: number; security: Security; now: Date; timeZone?: string }): Promise<Buffer> {
  // Loaded only for a test message: most probes send none, and it is most of nodemailer.
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const security = input.security === 'starttls' ? 'STARTTLS' : input.security === 'tls' ? 'TLS' : t('probe.test-message.not-encrypted');
  const mail = new MailComposer({
    from: input.from,
    to: input.to,
    // Written in the language active when it is sent (read per message, not once at start).
    subject: t('probe.test-message.subject'),
    date: input.now,
    text: t('probe.test-message.body', { host: input.host, port: input.port, security, when: formatDateTime(input.now, input.timeZone) }),
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Mailer': 'Mail Setup Assistant' },
  });
  return mail.compile().build();
}
