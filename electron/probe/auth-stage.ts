import type { Evidence } from '../../shared/types';
import { chooseMechanism } from './auth-mechanism';
import { errorEvidence, errorSummary } from './error-evidence';
import { cancelRun, stageDeadline, type RunContext } from './run-context';
import type { SmtpSession, WaitResult } from './smtp-session';
import { replyEvidence, replySummary } from './smtp-reply';

/** Waits for an event `accept` wants, or for anything that ends the wait (timeout, abort, error, close). */
export async function waitFor(
  ctx: RunContext,
  session: SmtpSession,
  deadline: number,
  accept: (event: WaitResult) => boolean,
): Promise<WaitResult> {
  for (;;) {
    const event = await session.next(deadline, ctx.signal);
    if (accept(event) || ['timeout', 'aborted', 'error', 'closed'].includes(event.kind)) return event;
  }
}

/** Ends the open stage for a wait that did not bring what it waited for. Returns false. */
export function endInterrupted(ctx: RunContext, event: WaitResult, command: string): false {
  if (event.kind === 'aborted') {
    cancelRun(ctx);
  } else if (event.kind === 'timeout') {
    ctx.transcript.error(`timed out waiting for the reply to ${command}`);
    ctx.rec.end('fail', `no answer to ${command} in time`, [{ kind: 'fact', fact: 'timeout', detail: `waiting for the reply to ${command}` }]);
  } else if (event.kind === 'error') {
    ctx.transcript.error(errorSummary(event.error));
    ctx.rec.end('fail', errorSummary(event.error), errorEvidence(event.error, command));
  } else if (event.kind === 'closed') {
    ctx.transcript.error('connection closed by the server');
    ctx.rec.end('fail', 'the server closed the connection', [{ kind: 'socket-error', code: 'ECONNRESET', message: 'Connection closed unexpectedly' }]);
  }
  return false;
}

/**
 * Always really signs in when credentials are given: no AUTH in EHLO is recorded as a
 * fact and the attempt still goes out, because the server's answer is the evidence
 * (nodemailer's verify() would silently skip it). Credentials never go out in plain.
 */
export async function runAuth(ctx: RunContext, session: SmtpSession): Promise<boolean> {
  const { auth } = ctx.request;
  if (auth.method === 'none') {
    ctx.rec.skip('auth', 'no-credentials');
    return true;
  }
  ctx.rec.begin('auth');
  if (!session.secure) {
    const detail = 'credentials are never sent over an unencrypted connection';
    ctx.transcript.error(detail);
    ctx.rec.end('fail', detail, [{ kind: 'fact', fact: 'plain-connection', detail }]);
    return false;
  }
  const choice = chooseMechanism(auth, ctx.caps);
  const command = `AUTH ${choice.mechanism}`;
  session.login(choice.mechanism, auth.user, auth.method === 'password' ? auth.password : auth.accessToken);
  const event = await waitFor(ctx, session, stageDeadline(ctx, 'auth'), (e) => e.kind === 'auth-done');
  if (event.kind !== 'auth-done') return endInterrupted(ctx, event, command);

  if (event.error) {
    const evidence: Evidence[] = [...choice.evidence, ...errorEvidence(event.error, command)];
    // After a failed XOAUTH2 exchange nodemailer's error may not carry the final reply.
    if (!evidence.some((e) => e.kind === 'reply') && event.reply && /^[45]\d\d/.test(event.reply)) {
      evidence.push(replyEvidence(command, event.reply));
    }
    const reply = evidence.find((e) => e.kind === 'reply');
    const detail = reply && reply.kind === 'reply' ? `${choice.mechanism}: ${reply.code} ${reply.enhanced ?? ''} ${reply.text}`.replace(/\s+/g, ' ') : errorSummary(event.error);
    ctx.rec.end('fail', detail, evidence);
    return false;
  }
  const okReply = event.reply ?? '235';
  // Signing in where AUTH was not advertised worked, but the offer was still missing.
  ctx.rec.end(choice.evidence.length > 0 ? 'warn' : 'pass', `${choice.mechanism}: ${replySummary(okReply)}`, [...choice.evidence, replyEvidence(command, okReply)]);
  return true;
}
