/**
 * Budget: "CLI explain cold start under 300 ms." The packaged CLI is one bundled file, so
 * that is what is timed: electron/cli.ts bundled with esbuild, run with plain node.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeChild } from './child-timing';
import { ms, spreadOf, statusOf, type BenchGroup } from './report';
import { summarize } from './stats';

const BUDGET_MS = 300;
const EXPLAIN_TEXT = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';

async function timeRuns(runs: number, command: string, args: string[], root: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await timeChild(command, args, { capMs: 30_000, cwd: root });
    if (run.code !== 0) throw new Error(`${command} ${args.slice(0, 2).join(' ')} exited ${String(run.code)}: ${run.stderr.slice(0, 300)}`);
    times.push(run.ms);
  }
  return times;
}

export async function benchCliColdStart(root: string, runs: number): Promise<BenchGroup> {
  const dir = mkdtempSync(join(tmpdir(), 'mail-setup-bench-'));
  try {
    const bundle = join(dir, 'cli.cjs');
    const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
    const build = await timeChild(
      esbuild,
      ['electron/cli.ts', '--bundle', '--platform=node', '--format=cjs', `--outfile=${bundle}`, '--external:keytar', '--log-level=error'],
      { capMs: 60_000, cwd: root },
    );
    if (build.code !== 0) throw new Error(`esbuild failed: ${build.stderr.slice(0, 500)}`);

    const node = process.execPath;
    const bare = summarize(await timeRuns(runs, node, ['-e', '0'], root));
    const explain = summarize(await timeRuns(runs, node, [bundle, 'explain', EXPLAIN_TEXT], root));
    // Once: the developer path through npm and tsx (transpiles on the fly).
    const [devMs] = await timeRuns(1, 'npm', ['run', '--silent', 'cli', '--', 'explain', EXPLAIN_TEXT], root);
    return {
      title: `6. CLI \`explain\` cold start (wall time of a fresh process, median of ${runs})`,
      rows: [
        { label: 'node -e 0 (bare Node start-up, reference)', value: ms(bare.median), spread: spreadOf(bare) },
        { label: 'node cli.cjs explain "535 5.7.139 …" (esbuild bundle)', value: ms(explain.median), spread: spreadOf(explain), budget: `< ${BUDGET_MS} ms`, status: statusOf(explain.median < BUDGET_MS) },
        { label: 'explain minus bare start-up (info)', value: ms(explain.median - bare.median) },
        { label: 'npm run cli -- explain … (dev path: npm + tsx, once)', value: ms(devMs ?? Number.NaN) },
      ],
      notes: [`Bundle: esbuild electron/cli.ts --bundle --platform=node --format=cjs --external:keytar (${Math.round(build.ms)} ms to build), run by ${node} ${process.version}.`],
      raw: { budgetMs: BUDGET_MS, bareNode: bare, explain, devPathMs: devMs ?? null },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
