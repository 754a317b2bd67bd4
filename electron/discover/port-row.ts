import type { PortProbe, PortSpec, Reachability, TlsState } from '../../shared/discovery';
import type { Evidence, ProbeFact, ProbeResult, StageId, StageResult, TlsReport } from '../../shared/types';
import { stageDetailText } from '../../shared/stage-details';

/** What one probe showed, before it becomes a matrix row. */
export interface PortObservation {
  reachability: Reachability;
  tls: TlsState;
  /** The probe saw the other TLS mode on this port (worth one retry in that mode). */
  modeMismatch: boolean;
  /** Greeted and the last EHLO answered. */
  ehloDone: boolean;
}

const TLS_FINDING: Partial<Record<TlsReport['diagnosis'], string>> = {
  intercepted: 'tls.intercepted',
  'untrusted-root': 'tls.certificate-untrusted',
  'self-signed': 'tls.certificate-untrusted',
  'hostname-mismatch': 'tls.hostname-mismatch',
  expired: 'tls.certificate-expired',
  'not-yet-valid': 'tls.certificate-expired',
  'clock-skew': 'tls.clock-skew',
};

/** Reads how far the probe got from its stages; pure. */
export function observe(result: ProbeResult): PortObservation {
  const stage = (id: StageId) => result.stages.find((s) => s.id === id);
  const facts = new Set(result.stages.flatMap((s) => s.evidence).flatMap((e) => (e.kind === 'fact' ? [e.fact] : [])));
  const modeMismatch = facts.has('tls-mode-mismatch');
  const security = result.request.security;
  const finalEhlo = stage(security === 'starttls' ? 'ehlo-tls' : 'ehlo');
  const ehloDone = passed(stage('greeting')) && passed(finalEhlo);
  const tls = tlsState(result, facts, modeMismatch);

  if (result.verdict === 'cancelled' && !passed(stage('connect'))) return { reachability: 'cancelled', tls, modeMismatch, ehloDone };
  const resolve = stage('resolve');
  if (resolve?.status === 'fail') {
    return { reachability: facts.has('offline') ? 'offline' : 'unresolved', tls, modeMismatch, ehloDone };
  }
  const connect = stage('connect');
  if (connect?.status === 'fail') return { reachability: connectFailure(connect, facts), tls, modeMismatch, ehloDone };
  if (!passed(connect)) return { reachability: 'not-tried', tls, modeMismatch, ehloDone };

  // Connected; a server that never greets (or never answers TLS) is not a mail server here.
  const first = stage(security === 'tls' ? 'tls' : 'greeting');
  if (first?.status === 'fail' && !modeMismatch && !result.tls) {
    if (hasCode(first, 'ECONNRESET')) return { reachability: 'reset', tls, modeMismatch, ehloDone };
    if (facts.has('greeting-timeout') || facts.has('timeout')) return { reachability: 'no-greeting', tls, modeMismatch, ehloDone };
  }
  return { reachability: 'reachable', tls, modeMismatch, ehloDone };
}

function tlsState(result: ProbeResult, facts: Set<ProbeFact>, modeMismatch: boolean): TlsState {
  if (result.tls) return result.tls.verified ? 'verified' : 'unverified';
  if (modeMismatch) return 'mode-mismatch';
  if (facts.has('no-starttls')) return 'not-offered';
  if (result.request.security === 'none') return 'none';
  return 'not-reached';
}

function connectFailure(connect: StageResult, facts: Set<ProbeFact>): Reachability {
  if (facts.has('offline')) return 'offline';
  if (facts.has('timeout') || hasCode(connect, 'ETIMEDOUT')) return 'blocked';
  if (hasCode(connect, 'ECONNREFUSED')) return 'refused';
  if (hasCode(connect, 'ECONNRESET')) return 'reset';
  if (hasCode(connect, 'ENETUNREACH') || hasCode(connect, 'EHOSTUNREACH')) return 'blocked';
  return 'error';
}

function hasCode(stage: StageResult, code: string): boolean {
  return stage.evidence.some((e: Evidence) => (e.kind === 'socket-error' || e.kind === 'tls-error') && e.code === code);
}

function passed(stage: StageResult | undefined): boolean {
  return stage?.status === 'pass' || stage?.status === 'warn';
}

/**
 * One matrix row from the probe(s) of a port: the last result decides, earlier ones
 * (a retry in the other TLS mode) are listed in `tried`. The row's own finding comes
 * first; the classifier's findings (when one was injected into the probe) follow.
 */
export function portRow(spec: PortSpec, results: readonly ProbeResult[], microsoftHost: boolean): PortProbe {
  const last = results[results.length - 1];
  if (!last) throw new Error('portRow needs at least one probe result');
  const seen = observe(last);
  const usable = seen.reachability === 'reachable' && seen.ehloDone && (seen.tls === 'verified' || seen.tls === 'none');
  // Microsoft does not offer 465 at all (fact port.465-unsupported, shared/facts/service.ts): a failure there is the expected answer.
  const expected = !usable && microsoftHost && spec.port === 465;
  const own = expected ? 'tls.port-465-unsupported' : usable ? null : rowFinding(spec.port, seen, last.tls);
  const findings = [...new Set([...(own ? [own] : []), ...(expected ? [] : results.flatMap((r) => r.findings))])];
  return {
    port: spec.port,
    security: last.request.security,
    tried: results.map((r) => r.request.security),
    reachability: seen.reachability,
    tls: seen.tls,
    tlsProtocol: last.tls?.protocol ?? null,
    tlsDiagnosis: last.tls?.diagnosis ?? null,
    authMechanisms: seen.ehloDone ? [...last.capabilities.authMechanisms] : [],
    usable,
    expected,
    findings,
    detail: rowDetail(last),
    durationMs: results.reduce((sum, r) => sum + r.durationMs, 0),
    runIds: results.map((r) => r.runId),
  };
}

function rowFinding(port: number, seen: PortObservation, tls: TlsReport | null): string | null {
  switch (seen.reachability) {
    case 'blocked':
      return port === 25 ? 'network.port-25-blocked' : 'network.port-blocked';
    case 'refused':
      return 'network.connection-refused';
    case 'reset':
      return 'network.connection-reset';
    case 'no-greeting':
      return 'network.greeting-timeout';
    case 'unresolved':
      return 'network.dns-failure';
    case 'offline':
      return 'network.offline';
    default:
      break;
  }
  if (seen.tls === 'mode-mismatch') return 'tls.mode-mismatch';
  if (seen.tls === 'not-offered') return 'tls.starttls-unavailable';
  if (seen.tls === 'unverified') return (tls && TLS_FINDING[tls.diagnosis]) ?? 'tls.certificate-untrusted';
  return seen.reachability === 'reachable' ? 'unknown' : null;
}

/** The first failing stage's detail, or the last stage that ran. */
function rowDetail(result: ProbeResult): string {
  const failed = result.stages.find((s) => s.status === 'fail');
  if (failed) return `${failed.id}: ${stageDetailText(failed.detail)}`;
  const ran = result.stages.filter((s) => s.status !== 'skipped');
  const last = ran[ran.length - 1];
  return last ? `${last.id}: ${stageDetailText(last.detail)}` : result.verdict;
}
