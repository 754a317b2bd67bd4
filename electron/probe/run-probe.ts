/**
 * One probe, top to bottom: check the request, set the run up, then the rooms in wire
 * order (connect → handshake → sign-in → send → quit), then the result. Each room
 * records its own stages; this file only decides which room comes next.
 */
import { randomUUID } from 'node:crypto';
import { isIP, type Socket } from 'node:net';
import { isMicrosoftHost } from '../../shared/presets';
import { planStages, resolveTimeouts } from '../../shared/stages';
import type { ProbeEvent, ProbeRequest, ProbeResult, ProbeVerdict, StageResult } from '../../shared/types';
import { parseProbeRequest } from '../../shared/validation';
import { hasNetworkInterface, openConnection, systemResolver, type Resolver } from './connect';
import { runHandshake, type Handshake } from './handshake';
import { knockingWitness, siblingPortsFor, type HostWitness } from './host-witness';
import { StageRecorder, Transcript, type Classify, type Run } from './recorder';
import { redactRequest, Redactor, requestSecrets } from './redaction';
import { prepareTestMessage, runQuit, runSend } from './send';
import { SmtpSession } from './session';
import { runSignIn } from './sign-in';
import { NO_CAPABILITIES } from './smtp-replies';
import { buildTrustStore, type TrustStore } from './tls-trust';

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
  /** Findings classifier; without it, findings stay empty (electron/findings-wiring.ts plugs in the catalogue). */
  classify?: Classify;
  /**
   * The result's findings, the answer first (a public --json field). Default: failing stages'
   * findings, then warnings'; electron/findings-wiring.ts plugs in the catalogue's diagnosis.
   */
  orderFindings?: (result: ProbeResult) => string[];
  /** SNI name and certificate name to check, for a host given as an IP (tests, IT). */
  tlsServername?: string;
  /** Run id to use (the runs service passes the one the page chose). */
  runId?: string;
  /** Whether any non-loopback network interface is up. */
  isOnline?: () => boolean;
  /**
   * Ports of the same address knocked on while the chosen port is silent, to tell a
   * dropped port from a host that is down. Default: 443, then one other submission port
   * (host-witness.ts). Tests point it at lab ports; [] knocks on nothing.
   */
  siblingPorts?: readonly number[];
  /** Where the connect stage hears about the host instead (discover shares one across its probes). */
  hostWitness?: HostWitness;
  /**
   * Tests only: the port the socket dials for the request's port. Lab servers listen on
   * random ports, so an E2E journey that never types a port (587 comes from the preset)
   * still reaches them; everything the run records keeps the request's port.
   */
  dialPort?: (port: number) => number;
}

/** A request that fails the shared probe request rule (shared/validation.ts). */
export class ProbeRequestError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'ProbeRequestError';
  }
}

/**
 * Streams stage events as they happen and resolves with the result. Never rejects for a
 * server or network problem (those are the result); rejects with ProbeRequestError only
 * for a request that fails validation.
 */
export async function runProbe(input: ProbeRequest, deps: ProbeDeps, onEvent: (event: ProbeEvent) => void, signal?: AbortSignal): Promise<ProbeResult> {
  const parsed = parseProbeRequest(input);
  if (!parsed.ok) throw new ProbeRequestError(parsed.message, parsed.field);
  // From here on hosts and addresses are in their wire form (punycode), as the rule gave them.
  const request = parsed.request as ProbeRequest;
  const now = deps.now ?? (() => new Date());
  const startedAt = now();
  const t0 = performance.now();
  const elapsedMs = () => Math.round(performance.now() - t0);
  const runId = deps.runId ?? randomUUID();
  const redactor = new Redactor(requestSecrets(request.auth));
  const emit = (event: ProbeEvent) => onEvent(redactor.scrubDeep(event));
  const checkedName = deps.tlsServername ?? request.host;
  const microsoftHost = isMicrosoftHost(checkedName);
  const transcript = new Transcript(elapsedMs, redactor);
  const trust = buildTrustStore({
    env: deps.env ?? process.env,
    ...(deps.extraCa ? { extraCa: deps.extraCa } : {}),
    ...(deps.systemCertificates ? { systemCertificates: deps.systemCertificates } : {}),
  });
  for (const note of trust.notes) transcript.info(note);
  const { auth, presetId } = request;
  const context = { host: request.host, port: request.port, security: request.security, ...(presetId ? { presetId } : {}), authMethod: auth.method, microsoftHost, now: startedAt };
  const rec = new StageRecorder({ runId, plan: planStages(request.security), elapsedMs, emit, redactor, transcript, context, ...(deps.classify ? { classify: deps.classify } : {}) });
  const run: Run = {
    request,
    timeouts: resolveTimeouts(request.timeouts),
    now,
    ...(signal ? { signal } : {}),
    checkedName,
    ...(deps.tlsServername ? { servername: deps.tlsServername } : {}),
    microsoftHost,
    trust,
    rec,
    transcript,
  };

  let session: SmtpSession | null = null;
  let handshake: Handshake = { ready: false, caps: { ...NO_CAPABILITIES }, tls: null, greeting: null };
  try {
    const socket = await openConnection(run, {
      resolver: deps.resolver ?? systemResolver,
      isOnline: deps.isOnline ?? hasNetworkInterface,
      witness: deps.hostWitness ?? knockingWitness(deps.siblingPorts ?? siblingPortsFor(request.port)),
      // The trust store is built while the SYN is in flight, not before it (tls-trust.ts).
      ...(request.security === 'none' ? {} : { whileConnecting: () => prepareTrust(trust) }),
      ...(deps.dialPort ? { dialPort: deps.dialPort } : {}),
    });
    if (socket) {
      session = openSession(run, socket);
      handshake = await runHandshake(run, session);
      const signingIn = handshake.ready && !rec.cancelled ? runSignIn(run, session, handshake.caps, handshake.greeting) : null;
      // Built while the AUTH replies are on their way, not after them.
      const testMessage = signingIn ? prepareTestMessage(run) : null;
      const signedIn = signingIn !== null && (await signingIn);
      if (signedIn && !rec.cancelled) await runSend(run, session, handshake.caps, testMessage);
      if (handshake.ready && !rec.cancelled) await runQuit(run, session);
    }
  } finally {
    if (session) await session.dispose();
  }
  rec.finish();

  const stages = rec.stages();
  const { caps } = handshake;
  const result: ProbeResult = redactor.scrubDeep({
    runId,
    request: redactRequest(request),
    startedAt: startedAt.toISOString(),
    durationMs: elapsedMs(),
    verdict: verdictOf(stages, rec.cancelled),
    stages,
    tls: handshake.tls,
    capabilities: { extensions: caps.extensions, authMechanisms: caps.authMechanisms, size: caps.size },
    transcript: transcript.lines(),
    findings: mergeFindings(stages),
  });
  if (deps.orderFindings) result.findings = deps.orderFindings(result);
  emit({ runId, type: 'done', result });
  return result;
}

function openSession(run: Run, socket: Socket): SmtpSession {
  const { request, transcript } = run;
  // SNI must be a name: the override, or the host unless it is an IP literal.
  const servername = run.servername ?? (isIP(request.host) ? undefined : request.host);
  return new SmtpSession({
    socket,
    host: request.host,
    ...(servername ? { servername } : {}),
    implicitTls: request.security === 'tls',
    plain: request.security === 'none',
    clientName: request.clientName ?? addressLiteral(socket),
    secureContext: run.trust.secureContext,
    onLine: (direction, text, secure) => (direction === 'client' ? transcript.client(text, secure) : transcript.server(text, secure)),
  });
}

function prepareTrust(trust: TrustStore): void {
  try {
    trust.secureContext();
  } catch {
    // The handshake asks again and reports the error as the TLS stage's evidence.
  }
}

/** A neutral EHLO name (RFC 5321 address literal) that reveals no machine name. */
function addressLiteral(socket: Socket): string {
  const local = socket.localAddress ?? '127.0.0.1';
  return isIP(local) === 6 ? `[IPv6:${local}]` : `[${local}]`;
}

export function verdictOf(stages: readonly StageResult[], cancelled: boolean): ProbeVerdict {
  if (cancelled) return 'cancelled';
  if (stages.some((stage) => stage.status === 'fail')) return 'fail';
  if (stages.some((stage) => stage.status === 'warn')) return 'warn';
  return 'pass';
}

/** All finding ids, failing stages first, then warnings, each in stage order, without repeats. */
export function mergeFindings(stages: readonly StageResult[]): string[] {
  const rank = { fail: 0, warn: 1, pass: 2, skipped: 3 } as const;
  const ordered = [...stages].sort((a, b) => rank[a.status] - rank[b.status]);
  return [...new Set(ordered.flatMap((stage) => stage.findings))];
}
