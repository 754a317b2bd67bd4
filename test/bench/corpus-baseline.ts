/**
 * Writes test/fixtures/error-corpus/baseline.json: what the classifier of the first wave
 * (commit BASELINE_COMMIT, before the client and device rules) answers for each corpus
 * entry, so `npm run bench` can print accuracy before and after. Run it again after
 * adding corpus entries: `npx tsx test/bench/corpus-baseline.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_DIR, loadCorpus } from '../fixtures/error-corpus/corpus';

export const BASELINE_COMMIT = 'c6d9fdf';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'msa-corpus-baseline-'));
  try {
    const archive = execFileSync('git', ['archive', BASELINE_COMMIT, 'shared'], { cwd: join(CORPUS_DIR, '..', '..', '..'), maxBuffer: 64 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    const old = (await import(pathToFileURL(join(dir, 'shared', 'findings', 'classify.ts')).href)) as {
      classify: (input: unknown, context?: unknown) => { id: string }[];
    };
    const results: Record<string, string> = {};
    for (const entry of loadCorpus()) results[entry.id] = old.classify({ kind: 'text', text: entry.text }, entry.context ?? {})[0]?.id ?? 'none';
    writeFileSync(join(CORPUS_DIR, 'baseline.json'), `${JSON.stringify({ commit: BASELINE_COMMIT, results }, null, 1)}\n`);
    process.stdout.write(`baseline: ${Object.keys(results).length} entries answered by ${BASELINE_COMMIT}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
