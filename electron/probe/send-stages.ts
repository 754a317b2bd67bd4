import type { StageId } from '../../shared/types';
import { endInterrupted, waitFor } from './auth-stage';
import { errorEvidence, errorSummary } from './error-evidence';
import { commandOf, stageDeadline, type RunContext } from './run-context';
import type { SmtpSession } from './smtp-session';
import { parseReply, replyEvidence, replySummary } from './smtp-reply';
import { buildTestMessage } from './test-message';

const ENVELOPE_STAGES: readonly StageId[] = ['mail-from', 'rcpt-to', 'data'];

/**
 * The optional test message (MAIL FROM, RCPT TO, DATA) to the person's own address.
 * Without one these stages are skipped: a MAIL FROM + RSET with the sign-in address
 * could not catch Send As refusals (5.7.60 needs a different From) and would cost two
 * round trips on every healthy probe.
 */
export async function runSend(ctx: RunContext, session: SmtpSession): Promise<boolean> {
  const to = ctx.request.sendTestTo;
  if (!to) {
    for (const id of ENVELOPE_STAGES) ctx.rec.skip(id, 'no-test-message');
    return true;
  }
  const { auth } = ctx.request;
  const from = auth.method !== 'none' && auth.user.includes('@') ? auth.user : to;
  const message = await buildTestMessage({ from, to, host: ctx.request.host, port: ctx.request.port, security: ctx.request.security, now: ctx.now() });

  ctx.transcript.info(`test message to ${to}: ${message.length} bytes`);
  let stage: StageId = 'mail-from';
  ctx.rec.begin(stage);
  let deadline = stageDeadline(ctx, stage);
  session.send(from, to, message);
  const next = (id: StageId) => {
    stage = id;
    ctx.rec.begin(id);
    deadline = stageDeadline(ctx, id);
  };

  for (;;) {
    const event = await waitFor(ctx, session, deadline, (e) => e.kind === 'reply' || e.kind === 'sent');
    if (event.kind === 'sent') {
      if (ctx.rec.current === null) return !event.error;
      if (event.error) {
        ctx.transcript.error(errorSummary(event.error));
        ctx.rec.end('fail', errorSummary(event.error), errorEvidence(event.error, commandOf(stage)));
        return false;
      }
      ctx.rec.end('pass', replySummary(event.response ?? ''), event.response ? [replyEvidence('DATA', event.response)] : []);
      return true;
    }
    if (event.kind !== 'reply') {
      if (ctx.rec.current === null) return false;
      return endInterrupted(ctx, event, commandOf(stage));
    }
    if (ctx.rec.current === null) continue; // replies to pipelined commands after a failure
    const code = parseReply(event.raw)?.code ?? 0;
    const evidence = [replyEvidence(commandOf(stage), event.raw)];
    if (event.step === 'data-start') {
      if (code === 354) ctx.rec.note(...evidence);
      else ctx.rec.end('fail', replySummary(event.raw), evidence);
      continue;
    }
    if (event.step !== stage) continue;
    if (code < 200 || code > 299) {
      ctx.rec.end('fail', replySummary(event.raw), evidence);
      continue; // nodemailer still reports the send as failed; wait for that to finish
    }
    ctx.rec.end('pass', replySummary(event.raw), evidence);
    if (stage === 'mail-from') next('rcpt-to');
    else if (stage === 'rcpt-to') next('data');
  }
}

/** QUIT politely when the session is still open; waits for the server to close. */
export async function runQuit(ctx: RunContext, session: SmtpSession): Promise<void> {
  if (session.isClosed) {
    ctx.rec.skip('quit', 'earlier-failure');
    return;
  }
  ctx.rec.begin('quit');
  session.quit();
  const event = await waitFor(ctx, session, stageDeadline(ctx, 'quit'), (e) => e.kind === 'closed');
  if (event.kind === 'aborted') {
    endInterrupted(ctx, event, 'QUIT');
    return;
  }
  const reply = session.lastReply;
  if (event.kind === 'closed' && reply && /^221/.test(reply)) {
    ctx.rec.end('pass', replySummary(reply), [replyEvidence('QUIT', reply)]);
  } else {
    // The verdict is already known; a missing goodbye only deserves a warning.
    ctx.rec.end('warn', event.kind === 'timeout' ? 'no reply to QUIT' : 'the connection closed without a reply to QUIT');
  }
}
