/** Group 3: wraps benchDiscover() (discover-bench.ts) in the report's shape. */
import { benchDiscover } from './discover-bench';
import { ms, ratioRow, type BenchGroup } from './report';
import { ratio } from './stats';

const BUDGET_RATIO = 1.2;

export async function benchDiscoverGroup(): Promise<BenchGroup> {
  const result = await benchDiscover();
  const parallelVsSlowest = ratio(result.parallelMs, result.slowestSingleMs);
  return {
    title: '3. Discover across 3 ports (healthy behind 50 ms RTT, refused, silently dropped with a 1 s connect timeout)',
    rows: [
      { label: 'each port alone, one after the other (sum)', value: ms(result.sumOfSinglesMs) },
      { label: 'slowest single port alone', value: ms(result.slowestSingleMs) },
      { label: 'all three in one discover (parallel)', value: ms(result.parallelMs) },
      { label: 'parallel / sum (info)', value: result.ratio.toFixed(3) },
      ratioRow('parallel / slowest single', parallelVsSlowest, BUDGET_RATIO),
    ],
    notes: ['One run each (discover-bench.ts warms up once first); budget "about the slowest single probe" read as ≤ 1.2 ×.'],
    raw: { ...result, parallelVsSlowest, budgetRatio: BUDGET_RATIO },
  };
}
