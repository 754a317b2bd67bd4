/** The benchmark's output shape and its plain-text table. */
import type { Summary } from './stats';

export type BudgetStatus = 'ok' | 'OVER' | 'n/a';

export interface BenchRow {
  label: string;
  /** Main figure as printed (a median, a size, a capped time like "> 8000 ms"). */
  value: string;
  /** Spread over the runs, e.g. "431–460 (n=15)"; empty for single numbers. */
  spread?: string;
  /** The budget this row is judged against, e.g. "≤ 1.10"; empty for information rows. */
  budget?: string;
  status?: BudgetStatus;
}

export interface BenchGroup {
  title: string;
  rows: BenchRow[];
  /** Footnotes: how it was measured, what is simulated, what could not be measured. */
  notes: string[];
  /** Raw numbers for artifacts/bench/bench.json. */
  raw: Record<string, unknown>;
}

export function ms(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a';
}

export function spreadOf(summary: Summary): string {
  return `${Math.round(summary.min)}–${Math.round(summary.max)} (n=${summary.n})`;
}

export function statusOf(pass: boolean | null): BudgetStatus {
  return pass === null ? 'n/a' : pass ? 'ok' : 'OVER';
}

/** A budget row for a ratio: "≤ limit", judged honestly (NaN → n/a). */
export function ratioRow(label: string, value: number, limit: number): BenchRow {
  return {
    label,
    value: Number.isFinite(value) ? value.toFixed(3) : 'n/a',
    budget: `≤ ${limit.toFixed(2)}`,
    status: statusOf(Number.isFinite(value) ? value <= limit : null),
  };
}

const HEADERS = ['measurement', 'value', 'spread (min–max)', 'budget', 'status'] as const;

export function formatGroup(group: BenchGroup): string {
  const cells = group.rows.map((row) => [row.label, row.value, row.spread ?? '', row.budget ?? '', row.status ?? '']);
  const widths = HEADERS.map((header, col) => Math.max(header.length, ...cells.map((line) => (line[col] ?? '').length)));
  const line = (values: readonly string[]) =>
    values
      .map((value, col) => value.padEnd(widths[col] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const notes = group.notes.map((note, i) => `  [${i + 1}] ${note}`);
  return [group.title, '='.repeat(group.title.length), line(HEADERS), rule, ...cells.map(line), ...(notes.length > 0 ? ['', ...notes] : []), ''].join('\n');
}

export function overBudget(groups: readonly BenchGroup[]): string[] {
  return groups.flatMap((group) => group.rows.filter((row) => row.status === 'OVER').map((row) => `${group.title}: ${row.label}`));
}
