/**
 * Budget: "Renderer JS under 200 KB gzip." Reuses dist/renderer when it is newer than
 * every source it is built from; otherwise builds it with Vite first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { timeChild } from './child-timing';
import { statusOf, type BenchGroup } from './report';

const BUDGET_BYTES = 200 * 1024;
const OUT_DIR = 'dist/renderer';
const SOURCES = ['renderer', 'shared', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

async function ensureBuilt(root: string): Promise<{ built: boolean; buildMs: number | null }> {
  const output = join(root, OUT_DIR, 'index.html');
  const sourceTime = Math.max(...SOURCES.map((source) => newestMtime(join(root, source))));
  if (existsSync(output) && statSync(output).mtimeMs > sourceTime) return { built: false, buildMs: null };
  const run = await timeChild('npx', ['vite', 'build', '--logLevel', 'error'], { capMs: 180_000, cwd: root });
  if (run.code !== 0) throw new Error(`vite build failed (exit ${String(run.code)}): ${run.stderr.slice(0, 500)}`);
  return { built: true, buildMs: run.ms };
}

export async function benchRendererSize(root: string): Promise<BenchGroup> {
  const build = await ensureBuilt(root);
  const assets = join(root, OUT_DIR, 'assets');
  const files = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(assets, name));
      return { name, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    });
  if (files.length === 0) throw new Error(`no .js files in ${assets}`);
  // Initial JS: what index.html loads before the first screen (the entry and its modulepreloads).
  // The other chunks (other locales, screens opened later, the pseudo-locale) load on demand.
  const html = readFileSync(join(root, OUT_DIR, 'index.html'), 'utf8');
  const initialNames = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  const initial = files.filter((file) => initialNames.has(file.name));
  const later = files.filter((file) => !initialNames.has(file.name));
  const gzipBytes = initial.reduce((sum, file) => sum + file.gzipBytes, 0);
  const rawBytes = initial.reduce((sum, file) => sum + file.rawBytes, 0);
  const laterGzip = later.reduce((sum, file) => sum + file.gzipBytes, 0);
  const largestLater = later.reduce((max, file) => Math.max(max, file.gzipBytes), 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return {
    title: '5. Renderer JavaScript size',
    rows: [
      { label: `initial JS: ${initial.length} file(s) index.html loads, raw`, value: kb(rawBytes) },
      { label: 'initial JS, gzip (node:zlib, default level)', value: kb(gzipBytes), budget: `< ${kb(BUDGET_BYTES)}`, status: statusOf(gzipBytes < BUDGET_BYTES) },
      { label: `loaded on demand: ${later.length} chunk(s), gzip (largest ${kb(largestLater)})`, value: kb(laterGzip) },
    ],
    notes: [build.built ? `Built now with \`npx vite build\` (${Math.round(build.buildMs ?? 0)} ms).` : `Reused ${OUT_DIR}: newer than renderer/, shared/ and the build config.`],
    raw: { budgetBytes: BUDGET_BYTES, files, rawBytes, gzipBytes, ...build },
  };
}
