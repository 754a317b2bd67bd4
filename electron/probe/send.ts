/**
 * The optional test message (MAIL FROM, RCPT TO, DATA) to the person's own address, and
 * QUIT. Without a test message the envelope stages are skipped: a MAIL FROM + RSET with
 * the sign-in address could not catch Send As refusals (5.7.60 needs a different From)
 * and would cost two round trips on every healthy probe.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { t } from '../../shared/i18n';
import { stageDetail } from '../../shared/stage-details';
import { commandOf } from '../../shared/stages';
import type { Security, StageId } from '../../shared/types';
import { stageDeadline, type Run } from './recorder';
import { endInterrupted, waitFor, type SmtpSession } from './session';
import { errorEvidence, errorSummary, parseReply, replyEvidence, replySummary } from './smtp-replies';

export async function runSend(run: Run, session: SmtpSession): Promise<boolean> {
  const { rec, request, transcript } = run;
  const to = request.sendTestTo;
  if (!to) {
    for (const id of ['mail-from', 'rcpt-to', 'data'] as const) rec.skip(id, 'no-test-message');
    return true;
  }
  const from = request.auth.method !== 'none' && request.auth.user.includes('@') ? request.auth.user : to;
  const message = await buildTestMessage({ from, to, host: request.host, port: request.port, security: request.security, now: run.now() });

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

export const TEST_MESSAGE_SUBJECT = t('probe.test-message.subject');

/** The test message: to the person's own address, saying what was tested and when. */
export function buildTestMessage(input: { from: string; to: string; host: string; port: number; security: Security; now: Date }): Promise<Buffer> {
  const security = input.security === 'starttls' ? 'STARTTLS' : input.security === 'tls' ? 'TLS' : 'not encrypted';
  const mail = new MailComposer({
    from: input.from,
    to: input.to,
    subject: TEST_MESSAGE_SUBJECT,
    date: input.now,
    text: t('probe.test-message.body', { host: input.host, port: input.port, security, when: input.now.toUTCString() }),
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Mailer': 'Mail Setup Assistant' },
  });
  return mail.compile().build();
}
