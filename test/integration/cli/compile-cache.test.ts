/**
 * The CLI bundle's compile cache (electron/cli/compile-cache.ts) on a real build, run by
 * plain Node as `mail-setup` runs: the first run writes V8 data for the chunks it loaded
 * into the user's cache folder, later runs read it (and leave it as it is), a damaged
 * entry only means that chunk compiles again, and the switches turn it off. Output is
 * the same with and without the cache.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../fixtures/project-copy';
import { tempDir } from '../../fixtures/temp-dir';

const TENANT = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
const RUNTIME = `${process.version}-${process.arch}`;
let project = '';

function explain(cacheHome: string, options: { env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {}) {
  const run = spawnSync(process.execPath, [...(options.nodeArgs ?? []), join(project, 'dist-electron', 'cli.cjs'), 'explain', '--json', TENANT], {
    encoding: 'utf8',
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', XDG_CACHE_HOME: cacheHome, HOME: cacheHome, LOCALAPPDATA: cacheHome, ...options.env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const cacheDir = (home: string) => join(home, 'mail-setup', 'compile-cache', RUNTIME);
const entries = (home: string) => (existsSync(cacheDir(home)) ? readdirSync(cacheDir(home)).sort() : []);

beforeAll(() => {
  project = copyProject('compile-cache');
  const build = spawnSync(process.execPath, [join(project, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], {
    cwd: project,
    env: { ...process.env, MSA_BUILD_ONLY: 'cli' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building cli.cjs failed: ${build.stderr}`);
}, 120_000);

describe('the CLI bundle’s compile cache', () => {
  it('writes an entry per chunk on the first run, reads them on the next, and prints the same', () => {
    const home = tempDir('compile-cache-home');
    const uncached = explain(tempDir('compile-cache-off'), { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect(uncached.code).toBe(0);

    // An entry an earlier build left for the same chunk is replaced, not kept beside.
    mkdirSync(cacheDir(home), { recursive: true, mode: 0o700 });
    writeFileSync(join(cacheDir(home), 'findings-0ld8uild.cjs.v8'), 'from an earlier build');

    const first = explain(home);
    expect(first).toEqual(uncached);
    expect(existsSync(join(cacheDir(home), 'findings-0ld8uild.cjs.v8'))).toBe(false);
    const written = entries(home);
    expect(written).toEqual(expect.arrayContaining([expect.stringMatching(/^explain-command-.+\.cjs\.v8$/), expect.stringMatching(/^findings-.+\.cjs\.v8$/), expect.stringMatching(/^en-.+\.cjs\.v8$/)]));
    // Only this user can read or change what will run as this user.
    expect(statSync(cacheDir(home)).mode & 0o777).toBe(0o700);
    for (const name of written) expect(statSync(join(cacheDir(home), name)).mode & 0o077).toBe(0);
    // Nothing but the entries themselves (no temp files left behind).
    expect(written.every((name) => name.endsWith('.cjs.v8'))).toBe(true);

    // An entry is replaced (a new file renamed over it) only when it was missing or V8
    // rejected it: the same inode after a second run means V8 took the data.
    const inodes = new Map(written.map((name) => [name, statSync(join(cacheDir(home), name)).ino]));
    const second = explain(home);
    expect(second).toEqual(uncached);
    for (const [name, ino] of inodes) expect(statSync(join(cacheDir(home), name)).ino, name).toBe(ino);
  });

  it('treats a damaged entry as no entry: the chunk compiles again and the entry is rewritten', () => {
    const home = tempDir('compile-cache-damaged');
    expect(explain(home).code).toBe(0);
    const findings = entries(home).find((name) => name.startsWith('findings-'));
    expect(findings).toBeDefined();
    const file = join(cacheDir(home), String(findings));
    const garbage = Buffer.from('not V8 code cache data '.repeat(40));
    writeFileSync(file, garbage);

    const run = explain(home);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).findings[0].id).toBe('auth.smtp-auth-disabled-tenant');
    expect(readFileSync(file).equals(garbage)).toBe(false);
  });

  it('stays off with NODE_DISABLE_COMPILE_CACHE=1 and with --enable-source-maps', () => {
    const off = tempDir('compile-cache-disabled');
    expect(explain(off, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } }).code).toBe(0);
    expect(existsSync(join(off, 'mail-setup'))).toBe(false);

    const maps = tempDir('compile-cache-maps');
    expect(explain(maps, { nodeArgs: ['--enable-source-maps'] }).code).toBe(0);
    expect(existsSync(join(maps, 'mail-setup'))).toBe(false);
  });

  it('never fails a command when the cache folder cannot be made', () => {
    const home = tempDir('compile-cache-blocked');
    // A file where the folder would go.
    writeFileSync(join(home, 'mail-setup'), '');
    const run = explain(home);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).findings[0].id).toBe('auth.smtp-auth-disabled-tenant');
  });
});
