import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDir, olderBuilds } from '../../../electron/cli/compile-cache';

const runtime = `${process.version}-${process.arch}`;

describe('compileCacheDir', () => {
  it('is in the user’s own cache folder, one per Node version and architecture', () => {
    expect(compileCacheDir({}, 'linux', '/home/sam')).toBe(join('/home/sam', '.cache', 'mail-setup', 'compile-cache', runtime));
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/sam' }, 'linux', '/home/sam')).toBe(join('/var/cache/sam', 'mail-setup', 'compile-cache', runtime));
    expect(compileCacheDir({ XDG_CACHE_HOME: '' }, 'linux', '/home/sam')).toBe(join('/home/sam', '.cache', 'mail-setup', 'compile-cache', runtime));
    expect(compileCacheDir({}, 'darwin', '/Users/sam')).toBe(join('/Users/sam', 'Library', 'Caches', 'mail-setup', 'compile-cache', runtime));
    expect(compileCacheDir({ LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local' }, 'win32', 'C:\\Users\\sam')).toBe(join('C:\\Users\\sam\\AppData\\Local', 'mail-setup', 'compile-cache', runtime));
  });

  it('never points at the shared temp folder', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) expect(compileCacheDir({ TMPDIR: '/tmp', TEMP: '/tmp' }, platform, '/home/sam')).not.toMatch(/^\/tmp/);
  });
});

describe('olderBuilds', () => {
  it('names the same chunk’s entries from other builds, and nothing else', () => {
    const present = ['findings-AAAA1111.cjs.v8', 'findings-BQP-q4ic.cjs.v8', 'findings-wiring-CCCC3333.cjs.v8', 'findings-wiring-Q0e-vmkn.cjs.v8', 'i18n-DDDD4444.cjs.v8', 'findings-AAAA1111.cjs.v8.123.tmp'];
    // The hash itself may hold "-" (rolldown hashes are base64url).
    expect(olderBuilds('findings-BQP-q4ic.cjs.v8', present)).toEqual(['findings-AAAA1111.cjs.v8']);
    expect(olderBuilds('findings-EEEE_555.cjs.v8', present)).toEqual(['findings-AAAA1111.cjs.v8', 'findings-BQP-q4ic.cjs.v8']);
    expect(olderBuilds('findings-wiring-EEEE5555.cjs.v8', present)).toEqual(['findings-wiring-CCCC3333.cjs.v8', 'findings-wiring-Q0e-vmkn.cjs.v8']);
    expect(olderBuilds('probe-cli-command-10I01_FO.cjs.v8', ['probe-cli-command-9ZZ_abcd.cjs.v8', 'probe-FFFF6666.cjs.v8'])).toEqual(['probe-cli-command-9ZZ_abcd.cjs.v8']);
    expect(olderBuilds('nohash.cjs.v8', present)).toEqual([]);
  });
});
