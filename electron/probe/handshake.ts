import type { TLSSocket } from 'node:tls';
import type { Evidence, StageId, StageStatus } from '../../shared/types';
import { parseEhlo } from './ehlo-capabilities';
import { errorEvidence, errorSummary } from './error-evidence';
import { cancelRun, commandOf, stageDeadline, type RunContext } from './run-context';
import { serverTimeFromGreeting } from './server-clock';
import type { SmtpSession } from './smtp-session';
import { parseReply, replyEvidence, replySummary } from './smtp-reply';
import { timeoutForStage } from './timeouts';
import { tlsOutcome } from './tls-report';

/**
 * Greeting, EHLO, STARTTLS (or implicit TLS) and the EHLO inside TLS, as nodemailer
 * runs them, cut into timed stages. Returns true when the session is ready for AUTH.
 */
export async function runHandshake(ctx: RunContext, session: SmtpSession): Promise<boolean> {
  const { rec } = ctx;
  const implicitTls = ctx.request.security === 'tls';
  let stage = (implicitTls ? 'tls' : 'greeting') as StageId;
  let ehloWithoutStarttls = false;
  let deadline = begin(stage);
  session.start();

  function begin(next: StageId): number {
    stage = next;
    rec.begin(next);
    return stageDeadline(ctx, next);
  }

  for (;;) {
    const event = await session.next(deadline, ctx.signal);
    switch (event.kind) {
      case 'aborted':
        cancelRun(ctx);
        return false;
      case 'timeout':
        failOnTimeout(ctx, stage);
        return false;
      case 'error':
        if (rec.current === null) return false;
        ctx.transcript.error(errorSummary(event.error));
        rec.end('fail', errorSummary(event.error), [...errorEvidence(event.error, commandOf(stage)), ...modeMismatch(ctx, event.error)]);
        return false;
      case 'closed':
        if (rec.current === null) return false;
        ctx.transcript.error('connection closed by the server');
        rec.end('fail', 'the server closed the connection', [
          { kind: 'socket-error', code: 'ECONNRESET', message: 'Connection closed unexpectedly' },
          ...(stage === 'starttls' || stage === 'ehlo-tls' ? [{ kind: 'fact', fact: 'dropped-after-ehlo' } as const] : []),
        ]);
        return false;
      case 'ready':
        if (rec.current !== null) rec.end('pass', 'session ready');
        return true;
      case 'tls-up': {
        if (!judgeTls(ctx, session, event.socket)) return false;
        deadline = begin(implicitTls ? 'greeting' : 'ehlo-tls');
        break;
      }
      case 'reply': {
        const reply = parseReply(event.raw);
        const code = reply?.code ?? 0;
        if (event.step === 'greeting') {
          ctx.serverTime = serverTimeFromGreeting(event.raw);
          if (code !== 220) {
            rec.end('fail', replySummary(event.raw), [replyEvidence('CONNECT', event.raw)]);
            return false;
          }
          rec.end('pass', replySummary(event.raw), [replyEvidence('CONNECT', event.raw)]);
          deadline = begin('ehlo');
        } else if (event.step === 'ehlo') {
          if (code < 200 || code > 299) {
            rec.end('fail', replySummary(event.raw), [replyEvidence('EHLO', event.raw)]);
            return false;
          }
          ctx.caps = parseEhlo(event.raw);
          const moreTls = stage === 'ehlo' && ctx.request.security === 'starttls';
          ehloWithoutStarttls = moreTls && !ctx.caps.starttls;
          rec.end('pass', ehloDetail(ctx, moreTls), [replyEvidence('EHLO', event.raw)]);
          // nodemailer sends STARTTLS even when not offered (requireTLS): the refusal is evidence.
          if (moreTls) deadline = begin('starttls');
        } else if (event.step === 'starttls') {
          const facts: Evidence[] = ehloWithoutStarttls ? [{ kind: 'fact', fact: 'no-starttls', detail: 'STARTTLS was not offered in EHLO' }] : [];
          if (code !== 220) {
            rec.end('fail', replySummary(event.raw), [replyEvidence('STARTTLS', event.raw), ...facts]);
            return false;
          }
          rec.note(replyEvidence('STARTTLS', event.raw), ...facts);
        }
        break;
      }
      default:
        break;
    }
  }
}

function ehloDetail(ctx: RunContext, beforeTls: boolean): string {
  const { caps } = ctx;
  const parts = [`${caps.extensions.length} extensions`];
  if (beforeTls) parts.push(caps.starttls ? 'STARTTLS offered' : 'STARTTLS not offered');
  else parts.push(caps.authAdvertised ? `AUTH ${caps.authMechanisms.join(' ') || '(none listed)'}` : 'no AUTH offered');
  return parts.join(', ');
}

/** Judges the certificate on the live socket and tells nodemailer whether to go on. */
function judgeTls(ctx: RunContext, session: SmtpSession, socket: TLSSocket): boolean {
  const outcome = tlsOutcome(socket, {
    checkedName: ctx.checkedName,
    microsoftHost: ctx.microsoftHost,
    now: ctx.now(),
    serverTime: ctx.serverTime,
    trust: ctx.trust,
  });
  const { report } = outcome;
  ctx.tls = report;
  ctx.transcript.info(`TLS started with cipher ${report.protocol ?? '?'}:${report.cipher ?? '?'}`);
  for (const [depth, cert] of report.chain.entries()) {
    ctx.transcript.info(`depth=${depth} subject=[${cert.subject}] issuer=[${cert.issuer}] notAfter=[${cert.validTo}]`);
  }
  const pinned =
    !!ctx.request.trustFingerprint256 &&
    !!outcome.leafFingerprint256 &&
    normalizeFingerprint(ctx.request.trustFingerprint256) === normalizeFingerprint(outcome.leafFingerprint256);
  const verifyText = report.verified
    ? `certificate verified for ${ctx.checkedName}${report.trustedViaSystemStore ? ' (via the system store)' : ''}`
    : `certificate NOT verified (${report.verifyError ?? 'unknown'}), diagnosis ${report.diagnosis}`;
  ctx.transcript.info(verifyText);

  let status: StageStatus;
  const evidence: Evidence[] = [...outcome.diagnosis.evidence];
  if (report.verified) {
    status = report.diagnosis === 'trusted' ? 'pass' : 'warn';
  } else if (pinned) {
    status = 'warn';
    ctx.transcript.info('certificate trusted by its fingerprint, as requested');
  } else {
    status = 'fail';
  }
  if (!report.verified) evidence.unshift({ kind: 'tls-error', code: report.verifyError ?? 'UNKNOWN', message: verifyText });

  const detail = `${report.protocol ?? ''} ${report.cipher ?? ''}; ${verifyText}${pinned && !report.verified ? '; trusted by fingerprint' : ''}`.trim();
  ctx.rec.end(status, detail, evidence);
  if (status === 'fail') {
    // Nothing is sent over a session we could not verify: not even EHLO, never credentials.
    ctx.transcript.error('stopping: the server certificate could not be trusted');
    session.proceedTls(false);
    return false;
  }
  session.proceedTls(true);
  return true;
}

function normalizeFingerprint(value: string): string {
  return value.replace(/[^0-9a-f]/gi, '').toUpperCase();
}

function failOnTimeout(ctx: RunContext, stage: StageId): void {
  const ms = timeoutForStage(stage, ctx.timeouts);
  const evidence: Evidence[] = [];
  if (stage === 'greeting') {
    evidence.push({ kind: 'fact', fact: 'greeting-timeout', detail: `no greeting within ${ms} ms` });
    // A STARTTLS client on an implicit-TLS port waits for a greeting that never comes.
    if (ctx.request.security !== 'tls' && ctx.request.port === 465) {
      evidence.push({ kind: 'fact', fact: 'tls-mode-mismatch', detail: 'port 465 expects TLS from the first byte' });
    }
  } else {
    evidence.push({ kind: 'fact', fact: 'timeout', detail: `no answer within ${ms} ms` });
  }
  ctx.transcript.error(`timed out waiting in stage ${stage} (${ms} ms)`);
  ctx.rec.end('fail', `no answer within ${ms} ms`, evidence);
}

/** Implicit TLS against a plaintext port fails with "wrong version number" at once. */
function modeMismatch(ctx: RunContext, error: unknown): Evidence[] {
  const code = (error as { originalCode?: string; code?: string; message?: string }) ?? {};
  const text = `${code.originalCode ?? ''} ${code.code ?? ''} ${code.message ?? ''}`;
  return /WRONG_VERSION_NUMBER|wrong version number|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST/i.test(text)
    ? [{ kind: 'fact', fact: 'tls-mode-mismatch', detail: 'the server did not answer in TLS' }]
    : [];
}
