/**
 * Issue 16 item 6: "Discover ≤ 1.2 × one probe across 587/25/465". Three healthy lab
 * servers, each behind its own 50 ms RTT proxy, stand in for smtp.office365.com's 587
 * (STARTTLS), 25 (STARTTLS) and 465 (implicit TLS, which Microsoft does not offer; here it
 * answers, the worst case for time). Discover signs in nowhere, so the one probe it is
 * compared with does not sign in either: 587 with STARTTLS, up to EHLO inside TLS and
 * QUIT. Both run warm in this process, taking turns. Only the network interface check is
 * simulated (always up); name lookups go through the same resolver (→ 127.0.0.1).
 */
import { discover } from '../../electron/discover/discover';
import { createNetworkStatus } from '../../electron/discover/network-status';
import { runProbe, type Resolver } from '../../electron/probe';
import { MICROSOFT_PORTS } from '../../shared/discovery';
import { classifyAll } from '../../shared/findings';
import { startDelayProxy, startLab, type DelayProxy, type Lab } from '../lab';
import { HALF_RTT_MS, RTT_MS } from './healthy-chain';
import { ms, ratioRow, spreadOf, type BenchGroup } from './report';
import { ratio, summarize } from './stats';

const HOST = 'smtp.office365.com';
const BUDGET_RATIO = 1.2;

export async function benchDiscoverVsProbe(runs: number): Promise<BenchGroup> {
  const labs: Lab[] = await Promise.all([startLab('healthy'), startLab('healthy'), startLab('implicit-tls')]);
  const proxies: DelayProxy[] = await Promise.all(labs.map((lab) => startDelayProxy({ targetPort: lab.port, delayMs: HALF_RTT_MS })));
  try {
    const resolver: Resolver = async () => ['127.0.0.1'];
    const probeDeps = { resolver, extraCa: [labs[0]!.caPem], classify: classifyAll };
    const dialled = new Map(MICROSOFT_PORTS.map((spec, i) => [spec.port, proxies[i]!.port]));
    const discoverOnce = async () => {
      const t0 = performance.now();
      const result = await discover(HOST, {
        probeDeps,
        networkStatus: createNetworkStatus({ resolver, interfacesUp: () => true }),
        dialPort: (port) => dialled.get(port) ?? port,
      });
      const elapsed = performance.now() - t0;
      if (!result.ok || !result.value.recommendation.found) throw new Error(`discover found no working port: ${result.ok ? JSON.stringify(result.value.recommendation) : result.error.message}`);
      return elapsed;
    };
    const probeOnce = async () => {
      const t0 = performance.now();
      const result = await runProbe({ host: HOST, port: proxies[0]!.port, security: 'starttls', auth: { method: 'none' } }, probeDeps, () => undefined);
      const elapsed = performance.now() - t0;
      if (result.verdict === 'fail') throw new Error(`the single probe failed: ${result.findings.join(', ')}`);
      return elapsed;
    };
    // Warm-up: modules, the trust store and the lab's first TLS handshakes are not what is compared.
    await probeOnce();
    await discoverOnce();
    const discoverMs: number[] = [];
    const probeMs: number[] = [];
    for (let round = 0; round < runs; round++) {
      probeMs.push(await probeOnce());
      discoverMs.push(await discoverOnce());
    }
    const d = summarize(discoverMs);
    const p = summarize(probeMs);
    const discoverVsProbe = ratio(d.median, p.median);
    return {
      title: `10. Discover across 587/25/465 vs one probe (${RTT_MS} ms RTT each, no sign-in, warm, medians of ${runs})`,
      rows: [
        { label: 'one probe: 587 STARTTLS, no sign-in', value: ms(p.median), spread: spreadOf(p) },
        { label: 'discover: 587 + 25 STARTTLS and 465 TLS in parallel, plus network check and clock', value: ms(d.median), spread: spreadOf(d) },
        ratioRow('discover / one probe', discoverVsProbe, BUDGET_RATIO),
      ],
      notes: ['Address input (and so the domain DNS checks) is not used: with --host or a host name discover checks the host only; group 3 covers refused and dropped ports.'],
      raw: { discoverMs, probeMs, discoverVsProbe, budgetRatio: BUDGET_RATIO },
    };
  } finally {
    await Promise.all(proxies.map((proxy) => proxy.close()));
    await Promise.all(labs.map((lab) => lab.close()));
  }
}
