/**
 * Budget: "No network: verdict under 1 s." Real code paths, with only the operating
 * system's network state simulated: no interface up, and a resolver that behaves as
 * getaddrinfo does offline (fails at once with EAI_AGAIN) or, worst case, never answers.
 */
import { discover } from '../../electron/discover/discover';
import { createNetworkStatus } from '../../electron/discover/network-status';
import { runProbe, type Resolver } from '../../electron/probe';
import { classifyAll } from '../../shared/findings';
import { ms, spreadOf, statusOf, type BenchGroup, type BenchRow } from './report';
import { summarize } from './stats';

const BUDGET_MS = 1000;
const HOST = 'smtp.office365.com';

const failingResolver: Resolver = async (host) => {
  throw Object.assign(new Error(`getaddrinfo EAI_AGAIN ${host}`), { code: 'EAI_AGAIN' });
};
/** Never settles; holds no timer or handle, so it cannot keep the process alive. */
const silentResolver: Resolver = () => new Promise<string[]>(() => undefined);

async function timeDiscoverOffline(resolver: Resolver): Promise<number> {
  const t0 = performance.now();
  const result = await discover(HOST, {
    probeDeps: { resolver, isOnline: () => false, classify: classifyAll },
    networkStatus: createNetworkStatus({ resolver, interfacesUp: () => false }),
  });
  const elapsed = performance.now() - t0;
  if (!result.ok || result.value.network.state !== 'offline') {
    throw new Error(`offline discover: expected state offline, got ${result.ok ? result.value.network.state : result.error.message}`);
  }
  return elapsed;
}

async function timeProbeOffline(resolver: Resolver): Promise<number> {
  const request = { host: HOST, port: 587, security: 'starttls' as const, auth: { method: 'none' as const } };
  const t0 = performance.now();
  const result = await runProbe(request, { resolver, isOnline: () => false, classify: classifyAll }, () => undefined);
  const elapsed = performance.now() - t0;
  if (!result.findings.includes('network.offline')) throw new Error(`offline probe: no network.offline finding (${result.findings.join(', ')})`);
  return elapsed;
}

async function repeat(runs: number, once: () => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return times;
}

export async function benchOffline(runs: number): Promise<BenchGroup> {
  const cases = {
    discoverFailing: await repeat(runs, () => timeDiscoverOffline(failingResolver)),
    discoverSilent: await repeat(runs, () => timeDiscoverOffline(silentResolver)),
    probeFailing: await repeat(runs, () => timeProbeOffline(failingResolver)),
  };
  const row = (label: string, times: number[]): BenchRow => {
    const s = summarize(times);
    return { label, value: ms(s.median), spread: spreadOf(s), budget: `< ${BUDGET_MS} ms`, status: statusOf(s.max < BUDGET_MS) };
  };
  return {
    title: `4. No network: time to the "offline" verdict (median of ${runs})`,
    rows: [
      row('discover, lookup fails at once (EAI_AGAIN)', cases.discoverFailing),
      row('discover, lookup never answers (worst case)', cases.discoverSilent),
      row('single probe, lookup fails at once', cases.probeFailing),
    ],
    notes: ['Status judges the slowest run, not the median. Only the OS network state is simulated (no interface up, resolver answers as offline); everything else is the real discover/probe code.'],
    raw: { budgetMs: BUDGET_MS, ...cases },
  };
}
