/**
 * `npm run test:electron` where no Electron runtime exists (as on the build machines):
 * one line saying it did not run and why, exit 0, and nothing else — no build, no
 * Playwright, no test reported as passed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../fixtures/temp-dir';

describe('npm run test:electron without an Electron runtime', () => {
  it('prints one line saying it did not run and why, and exits 0', () => {
    const empty = tempDir('no-electron');
    const run = spawnSync(process.execPath, ['scripts/test-electron.mjs'], { env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    // The binary's place inside the folder depends on the platform (electron, electron.exe, Electron.app/…).
    const at = join(empty, 'x').slice(0, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(run.stdout).toMatch(new RegExp(`^test:electron did not run: no Electron runtime at ${at}\\S.* \\(from ELECTRON_OVERRIDE_DIST_PATH\\); no window test was run or counted\\.\\n$`));
    expect(run.stdout).not.toMatch(/passed/);
  });
});
