import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Comments and docs cite files in this repository or public URLs, never the planning
 * documents that live outside it (a newcomer cannot open them). Issue #15 found 20 such
 * citations; this keeps them from coming back. What those documents said that the code
 * relies on is in docs/ (architecture.md, build-machines.md), shared/facts/ and
 * test/fixtures/.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SELF = relative(ROOT, fileURLToPath(import.meta.url));
const SKIP_DIRS = new Set(['node_modules', 'dist', 'dist-electron', 'artifacts', 'out', 'release', 'test-results', 'playwright-report', 'coverage', '.git']);
const TEXT_EXT = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.sh', '.md', '.json', '.jsonl', '.yml', '.yaml', '.html', '.css', '.txt', '']);

const OUTSIDE_DOCS: readonly RegExp[] = [
  /\bdesign\.md\b/,
  /\bcode-models\b/,
  /\btoolchain-notes\b/,
  /\boauth-notes\b/,
  /\bm365-smtp\.md\b/,
  /\bm365-smtp\s*§/,
  /\bexport-formats\.md\b/,
  /\bexport-formats reference\b/,
  /\banchors\.md\b/,
  /\bshared\/reference\b/,
  /\breference\/[a-z0-9-]+\.md\b/,
  /\/work\/shared\b/,
];

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* files(join(dir, entry.name));
    } else if (entry.isFile() && TEXT_EXT.has(extname(entry.name))) {
      yield join(dir, entry.name);
    }
  }
}

describe('citations', () => {
  it('cite no document outside the repository', () => {
    const found: string[] = [];
    let scanned = 0;
    for (const path of files(ROOT)) {
      const rel = relative(ROOT, path);
      if (rel === SELF || statSync(path).size > 2_000_000) continue;
      scanned++;
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const hit = OUTSIDE_DOCS.find((pattern) => pattern.test(line));
          if (hit) found.push(`${rel}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    // The walk really reached the source, test and script folders.
    expect(scanned).toBeGreaterThan(300);
    expect(found).toEqual([]);
  });

  it('would catch the forms issue #15 found', () => {
    const samples = [
      '// Lint keeps the process boundaries of design.md true',
      ' * (reference m365-smtp.md §4.1). Null when malformed.',
      '# verified in shared/reference/toolchain-notes.md §7',
      ' * Two libsecret traps shape this file (toolchain-notes §5.1, re-verified):',
      '// Microsoft does not offer 465 at all (m365-smtp.md §2)',
      "Copied word for word from the project's export-formats reference",
    ];
    expect(samples.filter((line) => !OUTSIDE_DOCS.some((pattern) => pattern.test(line)))).toEqual([]);
    // In-repo names that look alike stay allowed.
    const allowed = ["import { EXPORT_FORMATS } from './export-formats';", "facts: ['host.m365-smtp']", 'docs/architecture.md'];
    expect(allowed.filter((line) => OUTSIDE_DOCS.some((pattern) => pattern.test(line)))).toEqual([]);
  });
});
