/**
 * Writes test/fixtures/error-corpus/baseline.json: what the classifier of the first wave
 * (commit BASELINE_COMMIT, before the client and device rules) answers for each corpus
 * entry, and what the rules of HOLDOUT_COMMIT (frozen when the held-out slice was
 * collected, before any rule was changed for it) answer for the held-out entries, so
 * `npm run bench` can print accuracy before and after. Run it again after adding corpus
 * entries: `npx tsx test/bench/corpus-baseline.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_DIR, loadCorpus } from '../fixtures/error-corpus/corpus';

export const BASELINE_COMMIT = 'c6d9fdf';
export const HOLDOUT_COMMIT = '721181e';

function extract(commit: string, dir: string): void {
  const archive = execFileSync('git', ['archive', commit, 'shared'], { cwd: join(CORPUS_DIR, '..', '..', '..'), maxBuffer: 64 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'msa-corpus-baseline-'));
  const frozenDir = mkdtempSync(join(tmpdir(), 'msa-corpus-holdout-'));
  try {
    extract(BASELINE_COMMIT, dir);
    extract(HOLDOUT_COMMIT, frozenDir);
    const old = (await import(pathToFileURL(join(dir, 'shared', 'findings', 'classify.ts')).href)) as {
      classify: (input: unknown, context?: unknown) => { id: string }[];
    };
    const frozen = (await import(pathToFileURL(join(frozenDir, 'shared', 'findings', 'diagnose.ts')).href)) as {
      diagnoseText: (text: string, options: { context: unknown }) => { primary?: { id: string } };
    };
    const results: Record<string, string> = {};
    const holdout: Record<string, string> = {};
    for (const entry of loadCorpus()) {
      results[entry.id] = old.classify({ kind: 'text', text: entry.text }, entry.context ?? {})[0]?.id ?? 'none';
      if (entry.slice === 'holdout') holdout[entry.id] = frozen.diagnoseText(entry.text, { context: entry.context ?? {} }).primary?.id ?? 'none';
    }
    const file = { commit: BASELINE_COMMIT, results, holdoutCommit: HOLDOUT_COMMIT, holdout };
    writeFileSync(join(CORPUS_DIR, 'baseline.json'), `${JSON.stringify(file, null, 1)}\n`);
    process.stdout.write(`baseline: ${Object.keys(results).length} entries answered by ${BASELINE_COMMIT}, ${Object.keys(holdout).length} held-out by ${HOLDOUT_COMMIT}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(frozenDir, { recursive: true, force: true });
  }
}

void main();
