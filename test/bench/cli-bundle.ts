/**
 * The CLI as a helpdesk person runs it: the built bundle (dist-electron/cli.cjs, what
 * `mail-setup` and `npm run cli` execute), started by plain `node`. Benchmarks make sure
 * it is current by running `npm run cli`'s own script once, which rebuilds it only when a
 * source changed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { timeChild } from './child-timing';

export interface CliBundle {
  path: string;
  /** Whether that first run had to build it (its stderr says so), and how long it took. */
  built: boolean;
  ensureMs: number;
}

export async function ensureCliBundle(root: string): Promise<CliBundle> {
  const run = await timeChild(process.execPath, [join(root, 'scripts', 'cli.mjs'), '--help'], { capMs: 180_000, cwd: root });
  const path = join(root, 'dist-electron', 'cli.cjs');
  if (run.code !== 0 || !existsSync(path)) throw new Error(`could not build the CLI bundle (exit ${String(run.code)}): ${run.stderr.slice(0, 500)}`);
  return { path, built: /building the CLI bundle/.test(run.stderr), ensureMs: run.ms };
}
