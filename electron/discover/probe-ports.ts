import type { PortProbe, PortSpec } from '../../shared/discovery';
import type { PresetId, ProbeRequest, ProbeResult, ProbeTimeouts, Security } from '../../shared/types';
import { runProbe, type ProbeDeps } from '../probe/run-probe';
import { resolveTimeouts } from '../../shared/stages';
import { observe, portRow } from './port-row';

export interface PortProbeContext {
  host: string;
  presetId?: PresetId;
  microsoftHost: boolean;
  timeouts?: Partial<ProbeTimeouts>;
  probeDeps: ProbeDeps;
  /** The port actually dialled for a port in the matrix; tests map 587/25/465 to lab ports. */
  dialPort?: (port: number, security: Security) => number;
  signal?: AbortSignal;
}

/** An implicit-TLS server answers a ClientHello at once; waiting longer on a retry adds nothing. */
const RETRY_TLS_TIMEOUT_MS = 2000;

/**
 * Probes every port at the same time, without credentials (auth 'none'), so the whole
 * matrix takes about as long as the slowest port. Returns rows in the order given and
 * the probe results behind them.
 */
export async function probePorts(specs: readonly PortSpec[], ctx: PortProbeContext): Promise<{ rows: PortProbe[]; probes: ProbeResult[] }> {
  const perPort = await Promise.all(specs.map((spec) => probeOnePort(spec, ctx)));
  return {
    rows: perPort.map((results, index) => portRow(specs[index] as PortSpec, results, ctx.microsoftHost)),
    probes: perPort.flat(),
  };
}

/**
 * One port, and once more in the other TLS mode when the first try shows the port
 * speaks it (Thunderbird's guesser tries both modes too): "wrong version number" from a
 * TLS hello means plaintext SMTP, and a missing greeting may mean implicit TLS.
 */
async function probeOnePort(spec: PortSpec, ctx: PortProbeContext): Promise<ProbeResult[]> {
  const first = await probeOnce(spec.port, spec.security, ctx);
  if (ctx.signal?.aborted || spec.security === 'none') return [first];
  const seen = observe(first);
  let retry: Security | null = null;
  if (spec.security === 'tls' && seen.modeMismatch) retry = 'starttls';
  else if (spec.security === 'starttls' && seen.reachability === 'no-greeting') retry = 'tls';
  if (!retry) return [first];
  const timeouts = retry === 'tls' ? { ...ctx.timeouts, tls: Math.min(RETRY_TLS_TIMEOUT_MS, resolveTimeouts(ctx.timeouts).tls) } : ctx.timeouts;
  const second = await probeOnce(spec.port, retry, { ...ctx, ...(timeouts ? { timeouts } : {}) });
  // Keep the retry only when it got further; otherwise the first answer explains more.
  return observe(second).ehloDone ? [first, second] : [first];
}

async function probeOnce(port: number, security: Security, ctx: PortProbeContext): Promise<ProbeResult> {
  const request: ProbeRequest = {
    host: ctx.host,
    port: ctx.dialPort ? ctx.dialPort(port, security) : port,
    security,
    auth: { method: 'none' },
    ...(ctx.presetId ? { presetId: ctx.presetId } : {}),
    ...(ctx.timeouts ? { timeouts: ctx.timeouts } : {}),
  };
  // Each port is its own run; a run id in the shared deps would make them collide.
  const { runId: _shared, ...deps } = ctx.probeDeps;
  const result = await runProbe(request, deps, () => {}, ctx.signal);
  // The matrix speaks of the port the person asked about, not the one a test dialled.
  return { ...result, request: { ...result.request, port } };
}
