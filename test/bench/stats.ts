/** Summaries of repeated timings: medians resist the odd slow run (GC, a busy neighbour). */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    median: round1(median(values)),
    min: round1(Math.min(...values)),
    max: round1(Math.max(...values)),
  };
}

/** a / b to three decimals (NaN when b is 0 or either is missing). */
export function ratio(a: number, b: number): number {
  return b > 0 && Number.isFinite(a) ? Number((a / b).toFixed(3)) : Number.NaN;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Times one async action in milliseconds (performance.now: monotonic, sub-millisecond). */
export async function timeIt<T>(action: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await action();
  return { ms: performance.now() - t0, value };
}
