/**
 * The sign-in stage. It always really signs in when credentials are given: no AUTH in
 * EHLO is recorded as a fact and the attempt still goes out, because the server's answer
 * is the evidence (nodemailer's verify() would silently skip it). Credentials never go
 * out in plain, and only a final 235 counts as signed in (RFC 4954 §6).
 */
import { stageDetail } from '../../shared/stage-details';
import type { Evidence, ProbeRequest } from '../../shared/types';
import { stageDeadline, type Run } from './recorder';
import { endInterrupted, waitFor, type SaslMechanism, type SmtpSession } from './session';
import { errorEvidence, errorSummary, parseReply, replyEvidence, replySummary, type Capabilities } from './smtp-replies';

export interface MechanismChoice {
  mechanism: SaslMechanism;
  /** Facts worth classifying even if the login then works (or fails for another reason). */
  evidence: Evidence[];
}

/**
 * Picks the mechanism a careful client would: XOAUTH2 for a token; LOGIN when offered
 * (Microsoft offers LOGIN and XOAUTH2, never PLAIN), otherwise PLAIN. The login is
 * attempted even when the server did not offer what we need; the missing offer is a fact.
 */
export function chooseMechanism(auth: Exclude<ProbeRequest['auth'], { method: 'none' }>, caps: Capabilities): MechanismChoice {
  const offered = new Set(caps.authMechanisms);
  const evidence: Evidence[] = [];
  if (!caps.authAdvertised) {
    evidence.push({ kind: 'fact', fact: 'no-auth-after-tls', detail: 'the server did not offer AUTH in its EHLO reply' });
  }
  const mechanism: SaslMechanism = auth.method === 'oauth2' ? 'XOAUTH2' : offered.has('LOGIN') ? 'LOGIN' : 'PLAIN';
  if (caps.authAdvertised && !offered.has(mechanism)) {
    const list = [...offered].join(' ');
    evidence.push({
      kind: 'fact',
      fact: 'mechanism-unsupported',
      detail: `${mechanism} not offered; the server offers ${list || 'no known mechanism'}`,
      params: { mechanism, offered: list },
    });
  }
  return { mechanism, evidence };
}

/** How Exchange (Online and on-premises) introduces itself in its 220 greeting (shared/facts/service.ts: smtp.exchange-banner). */
const EXCHANGE_BANNER = /^220[ -]\S+ Microsoft ESMTP MAIL Service\b/;

/**
 * LOGIN with the user name in the AUTH command saves a round trip, and Exchange's own
 * specification says a client SHOULD send it so (shared/facts/service.ts:
 * smtp.login-initial-response). Other servers get the classic dialogue: the LOGIN draft
 * does not define an initial response, and some servers refuse one.
 */
export function sendsUserInAuthCommand(mechanism: SaslMechanism, greeting: string | null): boolean {
  return mechanism === 'LOGIN' && greeting !== null && EXCHANGE_BANNER.test(greeting);
}

/** Returns true when the run may go on to the test message (signed in, or nothing to sign in with). */
export async function runSignIn(run: Run, session: SmtpSession, caps: Capabilities, greeting: string | null = null): Promise<boolean> {
  const { auth } = run.request;
  const { rec, transcript } = run;
  if (auth.method === 'none') {
    rec.skip('auth', 'no-credentials');
    return true;
  }
  rec.begin('auth');
  if (!session.secure) {
    const detail = 'credentials are never sent over an unencrypted connection';
    transcript.error(detail);
    rec.end('fail', stageDetail('auth.not-encrypted'), [{ kind: 'fact', fact: 'plain-connection', detail }]);
    return false;
  }
  const choice = chooseMechanism(auth, caps);
  const { mechanism } = choice;
  const command = `AUTH ${mechanism}`;
  session.login(mechanism, auth.user, auth.method === 'password' ? auth.password : auth.accessToken, sendsUserInAuthCommand(mechanism, greeting));
  const event = await waitFor(run, session, stageDeadline(run, 'auth'), (e) => e.kind === 'auth-done');
  if (event.kind !== 'auth-done') return endInterrupted(run, event, command);

  if (event.error) {
    const evidence: Evidence[] = [...choice.evidence, ...errorEvidence(event.error, command)];
    // After a failed XOAUTH2 exchange nodemailer's error may not carry the final reply.
    if (!evidence.some((e) => e.kind === 'reply') && event.reply && /^[45]\d\d/.test(event.reply)) evidence.push(replyEvidence(command, event.reply));
    const reply = evidence.find((e) => e.kind === 'reply');
    const detail =
      reply?.kind === 'reply'
        ? stageDetail('auth.rejected', { mechanism, reply: `${reply.code} ${reply.enhanced ?? ''} ${reply.text}`.replace(/\s+/g, ' ') })
        : stageDetail('error', { message: errorSummary(event.error) });
    rec.end('fail', detail, evidence);
    return false;
  }
  const raw = event.reply ?? '';
  const evidence = [...choice.evidence, replyEvidence(command, raw)];
  // nodemailer takes any 2xx for success; "250 OK" or "2" is a server that did not say yes.
  if (parseReply(raw)?.code !== 235) {
    const reply = replySummary(raw);
    transcript.error(`sign-in ended with "${reply}", not 235: not signed in`);
    rec.end('fail', stageDetail('auth.unexpected-reply', { mechanism, reply }), [
      ...evidence,
      { kind: 'fact', fact: 'auth-unexpected-reply', detail: reply, params: { reply, mechanism } },
    ]);
    return false;
  }
  // Signing in where AUTH was not advertised worked, but the offer was still missing.
  rec.end(choice.evidence.length > 0 ? 'warn' : 'pass', stageDetail('auth.accepted', { mechanism, reply: replySummary(raw) }), evidence);
  return true;
}
