import type { DiscoverOptions, DiscoverResult, DiscoverTarget, DomainCheck, NetworkStatus, PortProbe, PortSpec } from '../../shared/discovery';
import { parseDiscoverInput, portsToTry } from '../../shared/discovery';
import { isMicrosoftHost } from '../../shared/presets';
import { err, ok, type Result } from '../../shared/result';
import type { ProbeResult, Security } from '../../shared/types';
import type { ProbeDeps } from '../probe/run-probe';
import { systemResolver } from '../probe/connect';
import { sharedWitness } from '../probe/host-witness';
import { chooseTarget } from './choose-target';
import { checkClock, clockEvidence } from './clock-check';
import { checkDomain, systemDnsLookups, type DnsLookups } from './domain-checks';
import { createNetworkStatus, type NetworkStatusCheck } from './network-status';
import { probePorts } from './probe-ports';
import { recommend } from './recommend';
import { unrelatedCertificates } from './unrelated-certificates';

/** Everything discover touches outside itself; each has a real default. */
export interface DiscoverDeps {
  /** Passed to every probe: resolver, extra CA roots, env, classifier, clock… */
  probeDeps?: ProbeDeps;
  /** A fresh set of DNS record lookups per domain check. Default: node:dns Resolver. */
  createDns?: () => DnsLookups;
  /** Default: interfaces + a short lookup of the target host with probeDeps.resolver. */
  networkStatus?: NetworkStatusCheck;
  /** Wall clock. Default: probeDeps.now, else the system clock. */
  now?: () => Date;
  /** Tests only: the port actually dialled for a matrix port (lab servers listen on random ports). */
  dialPort?: (port: number, security: Security) => number;
}

/**
 * Finds what works from here: the network first (offline is a verdict in well under a
 * second), then every port of the target host in parallel and, for an address, the
 * domain's DNS records at the same time; then the clock and a recommendation.
 * Never throws for network or server trouble; refuses only input it cannot use.
 */
export async function discover(input: string, deps: DiscoverDeps = {}, options: DiscoverOptions = {}, signal?: AbortSignal): Promise<Result<DiscoverResult>> {
  const parsed = parseDiscoverInput(input);
  if (!parsed.ok) return err('INVALID_INPUT', parsed.error.message, 'input');
  const now = deps.now ?? deps.probeDeps?.now ?? (() => new Date());
  const startedAt = now();
  const t0 = performance.now();
  const probeDeps: ProbeDeps = { ...deps.probeDeps, ...(options.tlsServername ? { tlsServername: options.tlsServername } : {}) };
  let target = chooseTarget(parsed.value, input, null, options.tlsServername);
  const specs = options.ports ?? portsToTry(options.tlsServername ?? target.host);

  const networkStatus = deps.networkStatus ?? createNetworkStatus({ resolver: probeDeps.resolver ?? systemResolver });
  const network = await networkStatus(target.host, signal);
  if (network.state !== 'online' || signal?.aborted) {
    return ok(finish({ target, network, rows: specs.map((spec) => notTried(spec, network)), probes: [], domain: null }));
  }

  const wantDomain = parsed.value.kind === 'address' && options.checkDomain !== false;
  // The matrix's probes are each other's evidence for a silent port: what one port's
  // connect saw (connected, refused) tells the others the host is up, and 443 is knocked
  // on once for the whole matrix rather than by every silent probe (host-witness.ts).
  const witness = sharedWitness((probeDeps.siblingPorts ?? [HTTPS_PORT]).filter((port) => !specs.some((spec) => spec.port === port)));
  const [domain, ports] = await Promise.all([
    wantDomain ? checkDomain(parsed.value.kind === 'address' ? parsed.value.domain : '', (deps.createDns ?? systemDnsLookups)(), signal) : null,
    probePorts(specs, {
      host: target.host,
      presetId: target.presetId,
      microsoftHost: isMicrosoftHost(options.tlsServername ?? target.host),
      ...(options.timeouts ? { timeouts: options.timeouts } : {}),
      probeDeps: { ...probeDeps, hostWitness: witness },
      ...(deps.dialPort ? { dialPort: deps.dialPort } : {}),
      ...(signal ? { signal } : {}),
    }).finally(() => witness.close()),
  ]);
  target = chooseTarget(parsed.value, input, domain, options.tlsServername);
  return ok(finish({ target, network: captiveFromTls(network, target, ports.probes), rows: ports.rows, probes: ports.probes, domain }));

  function finish(parts: { target: DiscoverTarget; network: NetworkStatus; rows: PortProbe[]; probes: ProbeResult[]; domain: DomainCheck | null }): DiscoverResult {
    const cancelled = signal?.aborted ?? false;
    const clock = parts.probes.length > 0 ? checkClock(clockEvidence(parts.probes, now())) : null;
    const recommendation = recommend(parts.rows, {
      host: parts.target.host,
      presetId: parts.target.presetId,
      network: parts.network.state,
      clock,
      cancelled,
    });
    return {
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(performance.now() - t0),
      cancelled,
      target: parts.target,
      network: parts.network,
      ports: parts.rows,
      recommendation,
      domain: parts.domain,
      clock,
      findings: overallFindings(parts.network, parts.rows, clock?.findingId ?? null),
      probes: parts.probes,
    };
  }
}

const HTTPS_PORT = 443;

/**
 * A Microsoft host whose every certificate is for some unrelated name: the network
 * answers in Microsoft's place, as a captive portal does.
 */
function captiveFromTls(network: NetworkStatus, target: DiscoverTarget, probes: readonly ProbeResult[]): NetworkStatus {
  if (!target.microsoft || !unrelatedCertificates(probes)) return network;
  return { ...network, state: 'captive-portal', detail: 'every certificate presented was for a host unrelated to Microsoft' };
}

const NETWORK_FINDING: Partial<Record<NetworkStatus['state'], string>> = {
  offline: 'network.offline',
  // No catalogue id for a captive portal yet: its visible effect is that names resolve wrongly.
  'dns-failure': 'network.dns-failure',
  'captive-portal': 'network.dns-failure',
};

function overallFindings(network: NetworkStatus, rows: readonly PortProbe[], clockFinding: string | null): string[] {
  const networkFinding = NETWORK_FINDING[network.state];
  const fromRows = rows.filter((row) => !row.expected).flatMap((row) => row.findings);
  return [...new Set([...(networkFinding ? [networkFinding] : []), ...(clockFinding ? [clockFinding] : []), ...fromRows])];
}

/** A row for a port that was not probed because the network already gave the answer. */
function notTried(spec: PortSpec, network: NetworkStatus): PortProbe {
  const reachability = network.state === 'offline' ? 'offline' : network.state === 'dns-failure' ? 'unresolved' : 'not-tried';
  return {
    port: spec.port,
    security: spec.security,
    tried: [],
    reachability,
    tls: 'not-reached',
    tlsProtocol: null,
    tlsDiagnosis: null,
    authMechanisms: [],
    usable: false,
    expected: false,
    findings: [],
    detail: `not tried: ${network.detail}`,
    durationMs: 0,
    runIds: [],
  };
}
