/**
 * Budget: "Discover across 3 ports: about the time of the slowest single probe, not their
 * sum" (docs/architecture.md, "Performance budgets"). Three lab ports: a healthy STARTTLS server behind a 50 ms RTT proxy
 * (so its handshake costs what it would over the internet), a refused port, and a
 * silently dropped port with a 1 s connect timeout. Each is discovered alone, one after
 * the other, then all three in one discover. The lead's bench runner prints the numbers.
 */
import { discover, type DiscoverDeps } from '../../electron/discover/discover';
import type { DiscoverOptions, PortSpec } from '../../shared/discovery';
import { startDelayProxy, startLab } from '../lab';

const TIMEOUTS = { connect: 1000, greeting: 1500 };
const HALF_RTT_MS = 25;

export async function benchDiscover(): Promise<{ parallelMs: number; sumOfSinglesMs: number; ratio: number; slowestSingleMs: number }> {
  const [healthy, refused, blocked] = await Promise.all([startLab('healthy'), startLab('connection-refused'), startLab('port-blocked')]);
  const proxy = await startDelayProxy({ targetPort: healthy.port, delayMs: HALF_RTT_MS });
  try {
    const deps: DiscoverDeps = { probeDeps: { resolver: async () => ['127.0.0.1'], extraCa: [healthy.caPem] } };
    const specs: PortSpec[] = [proxy.port, refused.port, blocked.port].map((port) => ({ port, security: 'starttls' }));
    const timed = async (ports: PortSpec[]): Promise<number> => {
      const options: DiscoverOptions = { ports, timeouts: TIMEOUTS };
      const t0 = performance.now();
      const result = await discover('smtp.office365.com', deps, options);
      const ms = performance.now() - t0;
      if (!result.ok) throw new Error(result.error.message);
      return ms;
    };

    // Warm-up: the first run builds the TLS trust store and loads modules.
    await timed(specs.slice(0, 1));

    const singles: number[] = [];
    for (const spec of specs) singles.push(await timed([spec]));
    const sumOfSinglesMs = singles.reduce((a, b) => a + b, 0);
    const parallelMs = await timed(specs);
    return {
      parallelMs: Math.round(parallelMs),
      sumOfSinglesMs: Math.round(sumOfSinglesMs),
      ratio: Number((parallelMs / sumOfSinglesMs).toFixed(3)),
      slowestSingleMs: Math.round(Math.max(...singles)),
    };
  } finally {
    await proxy.close();
    await Promise.all([healthy, refused, blocked].map((lab) => lab.close()));
  }
}
