/** Group 7 (no budget): resident memory over a loop of healthy probes, in this process. */
import { startHealthyChain } from './healthy-chain';
import { ourProbe } from './healthy-clients';
import type { BenchGroup } from './report';

const MB = 1024 * 1024;

export async function benchMemory(runs: number): Promise<BenchGroup> {
  const chain = await startHealthyChain();
  try {
    await ourProbe(chain)(); // warm-up: module loading and the trust store are not the loop's cost
    const before = process.memoryUsage().rss;
    let peak = before;
    // Sampled on every streamed probe event: many points per run, no timer of our own.
    const probe = ourProbe(chain, () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    });
    for (let i = 0; i < runs; i++) await probe();
    const after = process.memoryUsage().rss;
    peak = Math.max(peak, after);
    const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
    return {
      title: `7. Memory over ${runs} healthy probes (no budget)`,
      rows: [
        { label: 'RSS before the loop', value: mb(before) },
        { label: 'RSS after the loop', value: mb(after) },
        { label: 'growth over the loop', value: mb(after - before) },
        { label: 'peak RSS, sampled on every probe event', value: mb(peak) },
        { label: 'process maxRSS so far (info)', value: mb(process.resourceUsage().maxRSS * 1024) },
      ],
      notes: ['RSS of the whole benchmark process (the lab server, proxy and earlier groups live in it too): an upper bound for the probe.'],
      raw: { runs, rssBeforeBytes: before, rssAfterBytes: after, rssPeakSampledBytes: peak, maxRssKb: process.resourceUsage().maxRSS },
    };
  } finally {
    await chain.close();
  }
}
