/**
 * Accuracy of "Check an error message" / `explain` on the public error corpus: how often
 * the first answer is the expected finding, per finding id and overall, before (the
 * first-wave classifier, from baseline.json) and now, and on the held-out slice that was
 * collected after the rules were written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnoseText } from '../../shared/findings';
import { accuracy, CORPUS_DIR, loadCorpus, type Accuracy, type CorpusEntry } from '../fixtures/error-corpus/corpus';
import type { BenchGroup, BenchRow } from './report';

const TARGET = 0.95;

const pct = (a: { correct: number; total: number }) => (a.total === 0 ? 'n/a' : `${((100 * a.correct) / a.total).toFixed(1)}%`);

interface Baseline {
  results: Record<string, string>;
  /** Held-out answers of the rules frozen when that slice was collected (before tuning). */
  holdout?: Record<string, string>;
  holdoutCommit?: string;
}

function baselineFile(): Baseline | null {
  const path = join(CORPUS_DIR, 'baseline.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Baseline) : null;
}

export function benchCorpus(): BenchGroup {
  const entries = loadCorpus();
  const file = baselineFile();
  const before = file?.results ?? null;
  const now = (e: CorpusEntry) => diagnoseText(e.text, { context: e.context ?? {} }).primary?.id ?? 'none';
  const t0 = performance.now();
  const after = accuracy(entries, now);
  const msPerText = (performance.now() - t0) / Math.max(1, entries.length);
  const measured = before ? entries.filter((e) => e.id in before) : [];
  const old: Accuracy | null = before ? accuracy(measured, (e) => before[e.id] ?? 'none') : null;
  const holdout = entries.filter((e) => e.slice === 'holdout');
  const frozen = file?.holdout;
  const holdoutBefore = frozen ? accuracy(holdout.filter((e) => e.id in frozen), (e) => frozen[e.id] ?? 'none') : undefined;
  const row = (label: string, now: { correct: number; total: number }, then?: { correct: number; total: number }, budget?: boolean): BenchRow => ({
    label,
    value: `${then ? `${pct(then)} → ` : ''}${pct(now)}`,
    spread: `${now.correct}/${now.total}`,
    ...(budget ? { budget: `≥ ${TARGET * 100}%`, status: now.total && now.correct / now.total >= TARGET ? ('ok' as const) : ('OVER' as const) } : {}),
  });
  const rows: BenchRow[] = [
    row(`overall (${entries.length} texts)`, after, old ?? undefined, true),
    row(`held-out slice (${holdout.length} texts, collected after the rules; before = rules then)`, accuracy(holdout, now), holdoutBefore, true),
    row(`development slice (${entries.length - holdout.length} texts)`, accuracy(entries.filter((e) => e.slice === 'dev'), now)),
  ];
  // Per language of the text (issue #17: staff paste their mail app's dialog in their own language).
  for (const lang of [...new Set(entries.map((e) => e.lang))].sort()) {
    const ofLang = entries.filter((e) => e.lang === lang);
    const seen = before ? ofLang.filter((e) => e.id in before) : [];
    rows.push(row(`language ${lang} (${ofLang.length} texts)`, accuracy(ofLang, now), before && seen.length ? accuracy(seen, (e) => before[e.id] ?? 'none') : undefined));
  }
  for (const [id, a] of [...after.perId].sort(([x], [y]) => x.localeCompare(y))) rows.push(row(id, a, old?.perId.get(id)));
  return {
    title: '8. Error corpus: first answer of "Check an error message" (before → after)',
    rows,
    notes: [
      `Before = the first-wave classifier (${before ? 'baseline.json' : 'no baseline.json: run test/bench/corpus-baseline.ts'}), measured on the ${measured.length} entries it has seen; after = diagnoseText now.`,
      `Held-out before = the rules at ${file?.holdoutCommit ?? '(none)'}, frozen when that slice was collected; the rules were then extended (codes, phrases, structure) and the slice is no longer unseen.`,
      `Texts are real, from public issue threads, forums and vendor pages (test/fixtures/error-corpus/*.jsonl). ${msPerText.toFixed(2)} ms per text.`,
    ],
    raw: { total: after.total, correct: after.correct, misses: after.misses, beforeCorrect: old?.correct ?? null, beforeTotal: old?.total ?? null },
  };
}
