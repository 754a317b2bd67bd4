/**
 * The conversation up to sign-in: greeting, EHLO, STARTTLS (or implicit TLS first) and
 * the EHLO inside TLS, as nodemailer runs them, cut into timed stages. It returns what
 * the rest of the run needs: whether the session is ready, the server's offer, the TLS report.
 */
import { stageDetail } from '../../shared/stage-details';
import { commandOf, timeoutForStage } from '../../shared/stages';
import type { Evidence, StageId, TlsReport } from '../../shared/types';
import { stageDeadline, type Run } from './recorder';
import { CLOSED_UNEXPECTEDLY, type SmtpSession } from './session';
import { errorEvidence, errorSummary, NO_CAPABILITIES, parseEhlo, parseReply, replyEvidence, replySummary, serverTimeFromGreeting, type Capabilities } from './smtp-replies';
import { judgeTls } from './tls-check';

export interface Handshake {
  /** True when the session is ready for AUTH. */
  ready: boolean;
  /** The offer of the last EHLO that was answered. */
  caps: Capabilities;
  tls: TlsReport | null;
  /** The server's 220 greeting, as received (it names the server software). */
  greeting: string | null;
}

export async function runHandshake(run: Run, session: SmtpSession): Promise<Handshake> {
  const { rec, request, transcript } = run;
  const implicitTls = request.security === 'tls';
  const seen: Handshake = { ready: false, caps: { ...NO_CAPABILITIES }, tls: null, greeting: null };
  let serverTime: Date | null = null;
  let ehloWithoutStarttls = false;
  // Widened on purpose: begin() moves it on from inside a closure.
  let stage = (implicitTls ? 'tls' : 'greeting') as StageId;
  let deadline = begin(stage);
  session.start();

  function begin(next: StageId): number {
    stage = next;
    rec.begin(next);
    return stageDeadline(run, next);
  }
  const fail = (raw: string, evidence: Evidence[]) => {
    rec.end('fail', stageDetail('reply', { reply: replySummary(raw) }), evidence);
    return seen;
  };

  for (;;) {
    const event = await session.next(deadline, run.signal);
    switch (event.kind) {
      case 'aborted':
        rec.cancel();
        return seen;
      case 'timeout':
        failOnTimeout(run, stage);
        return seen;
      case 'error':
        if (rec.current === null) return seen;
        transcript.error(errorSummary(event.error));
        rec.end('fail', stageDetail('error', { message: errorSummary(event.error) }), [...errorEvidence(event.error, commandOf(stage)), ...modeMismatch(event.error)]);
        return seen;
      case 'closed': {
        if (rec.current === null) return seen;
        transcript.error('connection closed by the server');
        const dropped: Evidence[] = stage === 'starttls' || stage === 'ehlo-tls' ? [{ kind: 'fact', fact: 'dropped-after-ehlo' }] : [];
        rec.end('fail', stageDetail('closed'), [CLOSED_UNEXPECTEDLY, ...dropped]);
        return seen;
      }
      case 'ready':
        if (rec.current !== null) rec.end('pass', stageDetail('ready'));
        return { ...seen, ready: true };
      case 'tls-up': {
        const judged = judgeTls(run, event.socket, serverTime);
        seen.tls = judged.report;
        session.proceedTls(judged.go);
        if (!judged.go) return seen;
        deadline = begin(implicitTls ? 'greeting' : 'ehlo-tls');
        break;
      }
      case 'reply': {
        const code = parseReply(event.raw)?.code ?? 0;
        if (event.step === 'greeting') {
          serverTime = serverTimeFromGreeting(event.raw);
          seen.greeting = event.raw;
          const evidence = [replyEvidence('CONNECT', event.raw)];
          if (code !== 220) return fail(event.raw, evidence);
          rec.end('pass', stageDetail('reply', { reply: replySummary(event.raw) }), evidence);
          deadline = begin('ehlo');
        } else if (event.step === 'ehlo') {
          const evidence = [replyEvidence('EHLO', event.raw)];
          if (code < 200 || code > 299) return fail(event.raw, evidence);
          seen.caps = parseEhlo(event.raw);
          const beforeTls = stage === 'ehlo' && request.security === 'starttls';
          ehloWithoutStarttls = beforeTls && !seen.caps.starttls;
          rec.end('pass', ehloDetail(seen.caps, beforeTls), evidence);
          // nodemailer sends STARTTLS even when not offered (requireTLS): the refusal is evidence.
          if (beforeTls) deadline = begin('starttls');
        } else if (event.step === 'starttls') {
          const facts: Evidence[] = ehloWithoutStarttls ? [{ kind: 'fact', fact: 'no-starttls', detail: 'STARTTLS was not offered in EHLO' }] : [];
          const evidence = [replyEvidence('STARTTLS', event.raw), ...facts];
          if (code !== 220) return fail(event.raw, evidence);
          rec.note(...evidence);
        }
        break;
      }
      default:
        break;
    }
  }
}

function ehloDetail(caps: Capabilities, beforeTls: boolean) {
  const count = caps.extensions.length;
  if (beforeTls) return stageDetail(caps.starttls ? 'ehlo.starttls-offered' : 'ehlo.starttls-not-offered', { count });
  if (!caps.authAdvertised) return stageDetail('ehlo.no-auth', { count });
  const mechanisms = caps.authMechanisms.join(' ');
  return mechanisms ? stageDetail('ehlo.auth-offered', { count, mechanisms }) : stageDetail('ehlo.auth-none-listed', { count });
}

function failOnTimeout(run: Run, stage: StageId): void {
  const ms = timeoutForStage(stage, run.timeouts);
  const evidence: Evidence[] = [];
  if (stage === 'greeting') {
    evidence.push({ kind: 'fact', fact: 'greeting-timeout', detail: `no greeting within ${ms} ms`, params: { ms } });
    // A STARTTLS client on an implicit-TLS port waits for a greeting that never comes.
    if (run.request.security !== 'tls' && run.request.port === 465) {
      evidence.push({ kind: 'fact', fact: 'tls-mode-mismatch', detail: 'port 465 expects TLS from the first byte' });
    }
  } else {
    evidence.push({ kind: 'fact', fact: 'timeout', detail: `no answer within ${ms} ms`, params: { ms, command: commandOf(stage) } });
  }
  run.transcript.error(`timed out waiting in stage ${stage} (${ms} ms)`);
  run.rec.end('fail', stageDetail('timeout', { ms }), evidence);
}

/** Implicit TLS against a plaintext port fails with "wrong version number" at once. */
function modeMismatch(error: unknown): Evidence[] {
  const e = (error ?? {}) as { originalCode?: string; code?: string; message?: string };
  const text = `${e.originalCode ?? ''} ${e.code ?? ''} ${e.message ?? ''}`;
  return /WRONG_VERSION_NUMBER|wrong version number|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST/i.test(text)
    ? [{ kind: 'fact', fact: 'tls-mode-mismatch', detail: 'the server did not answer in TLS' }]
    : [];
}
