import { randomUUID } from 'node:crypto';
import { isIP, type Socket } from 'node:net';
import { isMicrosoftHost } from '../../shared/presets';
import type { ProbeEvent, ProbeRequest, ProbeResult } from '../../shared/types';
import { runAuth } from './auth-stage';
import { NO_CAPABILITIES } from './ehlo-capabilities';
import { runHandshake } from './handshake';
import { redactRequest } from './redact-request';
import { Redactor, requestSecrets } from './redaction';
import { hasNetworkInterface, openConnection } from './open-connection';
import { systemResolver, type Resolver } from './resolve-host';
import type { RunContext } from './run-context';
import { runQuit, runSend } from './send-stages';
import { SmtpSession } from './smtp-session';
import { StageRecorder, type Classify } from './stage-recorder';
import { planStages } from './stages';
import { resolveTimeouts } from './timeouts';
import { Transcript } from './transcript';
import { buildTrustStore } from './trust';
import { checkProbeRequest } from './validate-request';
import { mergeFindings, verdictOf } from './verdict';

/** What runProbe needs from the outside world; every field has a real default. */
export interface ProbeDeps {
  /** Host name → addresses. Default: the OS resolver (dns.lookup). Tests map names to 127.0.0.1. */
  resolver?: Resolver;
  /** Wall clock for certificate validity and timestamps. */
  now?: () => Date;
  /** Extra trusted roots (PEM), added to Node's, the OS store and NODE_EXTRA_CA_CERTS. */
  extraCa?: readonly string[];
  /** Where NODE_EXTRA_CA_CERTS is read from. Default: process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The OS certificate store. Default: tls.getCACertificates('system') where the runtime has it. */
  systemCertificates?: () => readonly string[];
  /** Findings classifier; without it, findings stay empty. */
  classify?: Classify;
  /** SNI name and certificate name to check, for a host given as an IP (tests, IT). */
  tlsServername?: string;
  /** Run id to use (the probe service makes one per run). */
  runId?: string;
  /** Whether any non-loopback network interface is up. */
  isOnline?: () => boolean;
}

/**
 * Runs one probe: resolve → connect → greeting → ehlo → starttls|tls → ehlo-tls → auth
 * → mail-from → rcpt-to → data → quit, streaming stage events as they happen. Never
 * rejects for a server or network problem (those are the result); throws
 * ProbeRequestError only for a request that fails validation.
 */
export async function runProbe(request: ProbeRequest, deps: ProbeDeps, onEvent: (event: ProbeEvent) => void, signal?: AbortSignal): Promise<ProbeResult> {
  const problem = checkProbeRequest(request);
  if (problem) throw problem;
  const now = deps.now ?? (() => new Date());
  const startedAt = now();
  const t0 = performance.now();
  const elapsed = () => Math.round(performance.now() - t0);
  const runId = deps.runId ?? randomUUID();
  const redactor = new Redactor(requestSecrets(request.auth));
  const emit = (event: ProbeEvent) => onEvent(redactor.scrubDeep(event));
  const plan = planStages(request);
  const checkedName = deps.tlsServername ?? request.host;
  const microsoftHost = isMicrosoftHost(checkedName);
  const transcript = new Transcript(elapsed, redactor);
  const rec = new StageRecorder(
    runId,
    plan,
    elapsed,
    emit,
    redactor,
    {
      host: request.host,
      port: request.port,
      security: request.security,
      ...(request.presetId ? { presetId: request.presetId } : {}),
      authMethod: request.auth.method,
      microsoftHost,
      now: startedAt,
    },
    deps.classify,
  );
  const trust = buildTrustStore({
    env: deps.env ?? process.env,
    ...(deps.extraCa ? { extraCa: deps.extraCa } : {}),
    ...(deps.systemCertificates ? { systemCertificates: deps.systemCertificates } : {}),
  });
  for (const note of trust.notes) transcript.info(note);
  const ctx: RunContext = {
    request,
    plan,
    timeouts: resolveTimeouts(request.timeouts),
    rec,
    transcript,
    ...(signal ? { signal } : {}),
    now,
    checkedName,
    ...(deps.tlsServername ? { servername: deps.tlsServername } : {}),
    microsoftHost,
    trust,
    tls: null,
    caps: { ...NO_CAPABILITIES },
    serverTime: null,
    cancelled: false,
  };

  let session: SmtpSession | null = null;
  try {
    const socket = await openConnection(ctx, deps.resolver ?? systemResolver, deps.isOnline ?? hasNetworkInterface);
    if (socket) {
      session = new SmtpSession({
        socket,
        host: request.host,
        ...(sniName(ctx) ? { servername: sniName(ctx) } : {}),
        implicitTls: request.security === 'tls',
        plain: request.security === 'none',
        clientName: request.clientName ?? addressLiteral(socket),
        secureContext: trust.secureContext,
        onLine: (direction, text, secure) => (direction === 'client' ? transcript.client(text, secure) : transcript.server(text, secure)),
      });
      const ready = await runHandshake(ctx, session);
      const signedIn = ready && !ctx.cancelled && (await runAuth(ctx, session));
      if (signedIn && !ctx.cancelled) await runSend(ctx, session);
      if (ready && !ctx.cancelled) await runQuit(ctx, session);
    }
  } finally {
    if (session) await session.dispose();
  }
  rec.finish(ctx.cancelled ? 'cancelled' : 'earlier-failure');

  const stages = rec.stages();
  const result: ProbeResult = redactor.scrubDeep({
    runId,
    request: redactRequest(request),
    startedAt: startedAt.toISOString(),
    durationMs: elapsed(),
    verdict: verdictOf(stages, ctx.cancelled),
    stages,
    tls: ctx.tls,
    capabilities: { extensions: ctx.caps.extensions, authMechanisms: ctx.caps.authMechanisms, size: ctx.caps.size },
    transcript: transcript.lines(),
    findings: mergeFindings(stages),
  });
  emit({ runId, type: 'done', result });
  return result;
}

/** SNI must be a name: the override, or the host unless it is an IP literal. */
function sniName(ctx: RunContext): string | undefined {
  if (ctx.servername) return ctx.servername;
  return isIP(ctx.request.host) ? undefined : ctx.request.host;
}

/** A neutral EHLO name (RFC 5321 address literal) that reveals no machine name. */
function addressLiteral(socket: Socket): string {
  const local = socket.localAddress ?? '127.0.0.1';
  return isIP(local) === 6 ? `[IPv6:${local}]` : `[${local}]`;
}
