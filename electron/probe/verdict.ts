import type { ProbeVerdict, StageResult } from '../../shared/types';

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
